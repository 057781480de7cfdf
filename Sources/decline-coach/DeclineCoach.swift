import ArgumentParser
import DeclineCoachKit

@main
struct DeclineCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline-coach",
        abstract: "Rehearse declining a job interview, and check what you say against a career guide.",
        discussion: """
        Examples:
          echo "Not interested." | decline-coach lint -
          decline-coach lint --channel email --reason accepted-offer draft.txt
          decline-coach lint --turn counteroffer - <<< "Thanks, but I've committed elsewhere."
          decline-coach rules over-apology
          decline-coach guide "what to avoid"
        """,
        version: DeclineCoachKit.version,
        subcommands: [PracticeCommand.self, LintCommand.self, RulesCommand.self, GuideCommand.self, ScenariosCommand.self, CheckCommand.self, GraphCommand.self,
                      TranscriptsCommand.self, ReviewCommand.self, ReplayCommand.self, ProgressCommand.self],
        defaultSubcommand: PracticeCommand.self
    )
}
