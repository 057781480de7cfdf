import ArgumentParser
import DeclineCoachKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the linter's rules, or show one with its examples.",
        discussion: """
            Examples:
              decline-coach rules
              decline-coach rules wavering
              decline-coach rules --format json
            """)

    @Argument(help: "A rule id, e.g. over-apology.")
    var id: String?

    @OptionGroup var output: FormatOptions<TextOrJSON>

    func run() throws {
        var selected = Linter.descriptions
        if let id {
            guard let rule = Linter.rule(id: id) else {
                let guess = suggestion(for: id, among: Linter.descriptions.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                throw UsageFailure(description: "unknown rule '\(id)'\(guess) (decline-coach rules lists them)")
            }
            selected = [rule.description]
        }
        let style = TextStyle.forStdout()
        switch output.format {
        case .json:
            print(JSON.object([("version", .int(1)), ("rules", .array(selected.map(json)))]).text)
        default:
            if id == nil {
                for family in [RuleFamily.alwaysOn, .expected] {
                    print(
                        style.bold(
                            family == .alwaysOn
                                ? "Always on (looks for something wrong)" : "Expected (reported when missing where the turn calls for it)"))
                    for d in selected where d.family == family {
                        print(
                            "  \(d.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(style.level(d.level) + String(repeating: " ", count: max(0, 10 - d.level.rawValue.count))) \(d.title)"
                        )
                    }
                    print("")
                }
                print(style.dim("Show one rule with its examples: decline-coach rules <id>"))
            } else {
                print(detail(selected[0], style))
            }
        }
    }

    func json(_ d: RuleDescription) -> JSON {
        .object([
            ("id", .string(d.id)), ("title", .string(d.title)), ("level", .string(d.level.rawValue)),
            ("family", .string(d.family.rawValue)), ("sections", .array(d.guideSections.map { .string($0.heading) })),
            ("rationale", .string(d.rationale)), ("message", .string(d.message)), ("hint", .string(d.hint)),
            ("triggering", .array(d.triggering.map(exampleJSON))), ("nonTriggering", .array(d.nonTriggering.map(exampleJSON))),
        ])
    }

    func exampleJSON(_ e: RuleExample) -> JSON {
        .object([
            ("text", .string(e.plainText)), ("channel", .string(e.context.channel.rawValue)), ("turn", .string(e.context.turn.rawValue)),
            ("reason", e.context.reason.map { .string($0.rawValue) } ?? .null),
            ("stage", e.context.stage.map { .string($0.rawValue) } ?? .null),
            ("futureInterest", .bool(e.context.futureInterest)),
        ])
    }

    func detail(_ d: RuleDescription, _ style: TextStyle) -> String {
        var out = [style.bold(d.id) + "  " + style.level(d.level) + style.dim("  (\(d.family.rawValue))"), d.title, ""]
        out.append(d.rationale)
        out.append("")
        out.append(style.green("hint: ") + d.hint)
        out.append(style.dim(d.guideSections.map(\.citation).joined(separator: "\n")))
        func show(_ e: RuleExample, _ mark: String) {
            var text = e.text.replacingOccurrences(of: "\n", with: " ⏎ ")
            text = text.replacingOccurrences(of: "«", with: style.enabled ? "\u{1B}[4;31m" : "[").replacingOccurrences(
                of: "»", with: style.enabled ? "\u{1B}[0m" : "]")
            out.append("  \(mark) \(text)" + style.dim("  (\(e.context.channel.rawValue), \(e.context.turn.rawValue))"))
        }
        out.append("")
        out.append(style.bold("Triggers on:"))
        d.triggering.forEach { show($0, style.red("✗")) }
        out.append("")
        out.append(style.bold("Does not trigger on:"))
        d.nonTriggering.forEach { show($0, style.green("✓")) }
        return out.joined(separator: "\n")
    }
}
