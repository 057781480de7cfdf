import ArgumentParser
import DeclineCoachKit

struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Show the guide's advice, by section.",
        discussion: """
            Examples:
              decline-coach guide                    list the sections
              decline-coach guide pushback           one section, by id
              decline-coach guide "what to avoid"    or by part of its heading
            """)

    @Argument(help: "A section id or part of its heading.")
    var section: String?

    func run() throws {
        let style = TextStyle.forStdout()
        guard let query = section else {
            print(style.bold("The guide, by section") + style.dim("  (decline-coach guide <id> for one)"))
            for s in Guide.sections { print("  \(s.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(s.heading)") }
            return
        }
        guard let s = Guide.section(matching: query) else {
            throw UsageFailure(description: "no guide section matches '\(query)' (decline-coach guide lists them)")
        }
        print(style.bold(s.citation))
        print(s.summary)
        print("")
        for line in s.advice { print("  • " + line) }
        let rules = Linter.descriptions.filter { $0.sections.contains(s.id) }
        if !rules.isEmpty {
            print("")
            print(style.dim("Rules drawn from this section: " + rules.map(\.id).joined(separator: ", ")))
        }
    }
}
