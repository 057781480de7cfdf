import ArgumentParser
import DeclineCoachKit

@main
struct DeclineCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline-coach",
        abstract: "Rehearse declining a job interview, and check what you say against a career guide.",
        discussion: """
            Start with no arguments: a menu of scenarios to rehearse in the terminal.

            Examples:
              decline-coach                                   pick a scenario and practise
              decline-coach practice pay-gap-call --mode call
              echo "Not interested." | decline-coach lint -
              decline-coach lint --channel email --reason accepted-offer draft.txt
              decline-coach review last --format html > session.html
              decline-coach rules over-apology
            """,
        version: DeclineCoachKit.version,
        subcommands: [
            PracticeCommand.self, DrillCommand.self, LintCommand.self, RulesCommand.self, GuideCommand.self, ScenariosCommand.self,
            CheckCommand.self, GraphCommand.self,
            TranscriptsCommand.self, ReviewCommand.self, ReplayCommand.self, ProgressCommand.self, ScriptCommand.self,
        ],
        defaultSubcommand: PracticeCommand.self
    )
}
