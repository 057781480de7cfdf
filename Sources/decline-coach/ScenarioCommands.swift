import ArgumentParser
import DeclineCoachKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files and run their samples and examples.",
        discussion: """
            Reports each problem as file:line:column: error[CODE]: message. Every branch's `sample:` must take
            that branch and every example must reach its ending, so a scenario is tested like code.

            Examples:
              decline-coach check                      the shipped library
              decline-coach check my-scenario.yaml
              decline-coach check --coverage scenarios/

            Warnings (a recruiter line that calls the user by a literal name, or takes for granted what
            nothing on its path guarantees was said) are shown but do not fail the check.

            Exit status: 0 no problems (warnings allowed), 1 problems found, 2 a path that does not exist.
            """)

    @Argument(help: "Scenario files or directories (default: the scenario library).")
    var paths: [String] = []

    @Flag(help: "Also list branches that no sample or example proves.")
    var coverage = false

    func run() throws {
        let targets = paths.isEmpty ? ScenarioLibrary.defaultDirectories() : paths
        for path in targets where !FileManager.default.fileExists(atPath: path) {
            throw UsageFailure(description: "no such file or directory (\(path))")
        }
        let library = ScenarioLibrary.load(targets, validate: true)
        let problems = library.diagnostics.sorted {
            ($0.file, $0.location.line, $0.location.column) < ($1.file, $1.location.line, $1.location.column)
        }
        for d in problems { print(sanitizeForTerminal(d.description)) }
        var uncovered = 0, toughScenarios = 0, toughMoves = 0, toughUnproven = 0
        if coverage {
            for scenario in library.scenarios {
                for gap in ScenarioChecker.unproven(scenario) {
                    uncovered += 1
                    print(
                        "\(scenario.path):\(gap.location.line):\(gap.location.column): note: branch \(gap.branch + 1) of node '\(gap.node)' is proved by no sample or example"
                    )
                }
                let moves = ScenarioChecker.toughMoves(scenario)
                if !moves.isEmpty { toughScenarios += 1; toughMoves += moves.count }
                for move in moves where !move.proven {
                    toughUnproven += 1
                    print(
                        "\(scenario.path):\(move.location.line):\(move.location.column): note: node '\(move.node)' is a move only a tough recruiter makes, and no tough sample or example (difficulty: tough) reaches it"
                    )
                }
            }
        }
        let branches = library.scenarios.reduce(0) { $0 + $1.nodes.values.reduce(0) { $0 + $1.branches.count } }
        let examples = library.scenarios.reduce(0) { $0 + $1.examples.count }
        var summary =
            "checked \(library.files.count) file\(library.files.count == 1 ? "" : "s"), \(library.scenarios.count) scenarios, \(branches) branches, \(examples) examples: "
        let errors = problems.filter { !$0.code.isWarning }.count, warnings = problems.count - errors
        summary +=
            problems.isEmpty
            ? "no problems"
            : [
                errors > 0 ? "\(errors) problem\(errors == 1 ? "" : "s")" : nil,
                warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil,
            ]
            .compactMap { $0 }.joined(separator: ", ")
        if coverage {
            summary += ", \(uncovered) unproven branch\(uncovered == 1 ? "" : "es")"
            summary +=
                "; tough paths in \(toughScenarios) scenario\(toughScenarios == 1 ? "" : "s") (\(toughMoves) move\(toughMoves == 1 ? "" : "s") a gentle recruiter never makes, \(toughUnproven) unproven)"
        }
        print(summary)
        if errors > 0 { throw ExitCode(1) }
    }
}

struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the scenario library.",
        discussion: """
            Examples:
              decline-coach scenarios
              decline-coach scenarios --format json
            """)

    @OptionGroup var output: FormatOptions<TextOrJSON>

    @Option(help: "A scenario file or directory (default: the scenario library).")
    var library: String?

    func run() throws {
        let loaded = ScenarioLibrary.load(library.map { [$0] } ?? ScenarioLibrary.defaultDirectories())
        let style = TextStyle.forStdout()
        switch output.format {
        case .json:
            print(
                JSON.object([
                    ("version", .int(1)),
                    (
                        "scenarios",
                        .array(
                            loaded.scenarios.map { s in
                                .object([
                                    ("id", .string(s.id)), ("title", .string(s.title)), ("channel", .string(s.channel.rawValue)),
                                    ("stage", s.stage.map { .string($0.rawValue) } ?? .null),
                                    ("kinds", .array(s.kinds.map { .string($0.rawValue) })),
                                    ("nodes", .int(s.nodes.count)), ("endings", .array(s.endings.map { .string($0.rawValue) })),
                                    ("reason", s.facts.reason.map { .string($0.rawValue) } ?? .null),
                                ])
                            })
                    ),
                ]).text)
        default:
            if loaded.scenarios.isEmpty {
                throw UsageFailure(
                    description: "no scenarios found (\(library ?? ScenarioLibrary.defaultDirectories().joined(separator: ", ")))")
            }
            let width = loaded.scenarios.map(\.id.count).max() ?? 10
            for s in loaded.scenarios {
                let where_ = "\(s.channel.rawValue)\(s.stage.map { ", " + $0.rawValue } ?? "")"
                print("\(style.bold(s.id.padding(toLength: width, withPad: " ", startingAt: 0)))  \(sanitizeForTerminal(s.title))")
                print(
                    "\(String(repeating: " ", count: width))  "
                        + style.dim("\(where_) · \(s.nodes.count) nodes · practises \(s.kinds.map(\.rawValue).joined(separator: ", "))"))
            }
            if !loaded.diagnostics.isEmpty {
                printError("\(loaded.diagnostics.count) problem(s) in the library; run 'decline-coach check' for details")
            }
        }
    }
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's branches as a Mermaid or Graphviz DOT diagram.",
        discussion: """
            Examples:
              decline-coach graph offer-accepted-call
              decline-coach graph offer-accepted-call --format dot | dot -Tsvg > graph.svg
            """)

    @Argument(help: "A scenario id from the library, or a scenario file.")
    var scenario: String

    @OptionGroup var output: FormatOptions<GraphFormats>

    func run() throws {
        let s = try loadScenario(scenario)
        print(output.format == .mermaid ? ScenarioGraph.mermaid(s) : ScenarioGraph.dot(s))
    }
}

/// A scenario by library id or by file path; one-line errors otherwise.
func loadScenario(_ reference: String) throws -> Scenario {
    if reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/") {
        let (scenario, problems) = ScenarioLoader.load(path: reference)
        if let first = problems.first {
            throw UsageFailure(description: "\(first.message) (\(first.file):\(first.location.line):\(first.location.column))")
        }
        guard let scenario else { throw UsageFailure(description: "cannot read the scenario (\(reference))") }
        return scenario
    }
    let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
    if let s = library.scenario(reference) { return s }
    let hint = suggestion(for: reference, among: library.scenarios.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
    throw UsageFailure(description: "no scenario '\(reference)'\(hint) (decline-coach scenarios lists them)")
}
