import Foundation
import Testing

/// Exact output of each format of each command on fixed inputs, compared whole with the files in
/// Tests/Snapshots. A change in what a user sees fails here until the snapshot is updated on purpose:
///
///     make snapshots      (UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests)
///
/// and the updated files are reviewed in the diff like code.
@Suite("Exact output of every format, against Tests/Snapshots", .serialized)
struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"

    /// Compares `actual` with the snapshot `name`, or writes it when updating.
    func expectSnapshot(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = SnapshotTests.directory.appendingPathComponent(name)
        if SnapshotTests.updating {
            try FileManager.default.createDirectory(at: SnapshotTests.directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name): run `make snapshots` and review the new file", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false),
                e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = line < a.count ? Array(a[line]) : Array("(end of output)"),
                wanted = line < e.count ? Array(e[line]) : Array("(end of snapshot)")
            // one-line JSON documents are long: show the first differing column and a window around it
            let column = zip(got, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, wanted.count)
            func window(_ text: [Character]) -> String {
                let start = max(0, column - 60), end = min(text.count, column + 100)
                return (start > 0 ? "…" : "") + String(text[start..<end]) + (end < text.count ? "…" : "")
            }
            Issue.record(
                "\(name) differs at line \(line + 1), column \(column + 1):\n  got:    \(window(got))\n  wanted: \(window(wanted))\n(make snapshots updates it)",
                sourceLocation: sourceLocation)
        }
    }

    static let reply = "Hi Colette, so sorry, I feel terrible, but I think I might withdraw. Honestly the salary is insulting."
    static let email = """
        Subject: Interview

        Dear [Hiring Manager],

        Thanks for the invitation. I have decided to withdraw my application, unless you could raise the salary.

        Sam
        """

    @Test func lintTextAndJSON() throws {
        let text = try Binary.run(["lint", "--turn", "decline", "-"], stdin: SnapshotTests.reply)
        try expectSnapshot(text.stdout, "lint-phone.txt")
        let json = try Binary.run(["lint", "--turn", "decline", "--format", "json", "-"], stdin: SnapshotTests.reply)
        try expectSnapshot(json.stdout, "lint-phone.json")
        let email = try Binary.run(["lint", "--channel", "email", "-"], stdin: SnapshotTests.email)
        try expectSnapshot(email.stdout, "lint-email.txt")
        let explain = try Binary.run(["lint", "--turn", "frustration", "--explain", "-"], stdin: "Right, lovely, thanks for that.")
        try expectSnapshot(explain.stdout, "lint-explain.txt")
    }

    /// A session from fixed replies, then its review in every format.
    @Test func practiceAndReviewInEveryFormat() throws {
        let home = try temporaryHome()
        let env = [
            "DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library,
            "DECLINE_COACH_NOW": "2026-12-01T09:30:00Z",
        ]
        let replies = [
            "Hi Colette, thanks for picking up. Now that I've seen the salary band, it's below what I need, so I'm withdrawing before the panel. I hope you find a great candidate.",
            "Thanks. What's the most you could do, realistically?",
            "I understand that's frustrating. The band doesn't meet what I need, so I'm withdrawing. I hope you find a great candidate.",
            "Thank you, Colette, I'd be glad to hear about senior roles in the future. Good luck with the panel.",
        ].joined(separator: "\n")
        // the home directory is new each run: the snapshots say $HOME
        func fixed(_ s: String) -> String { s.replacingOccurrences(of: home, with: "$HOME") }
        let practice = try Binary.run(["practice", "pay-gap-call", "--replies", "-", "--seed", "1"], stdin: replies, environment: env)
        #expect(practice.status == 0, "\(practice.stderr)")
        try expectSnapshot(fixed(practice.stdout), "practice-coach.txt")
        let events = try Binary.run(
            ["practice", "pay-gap-call", "--replies", "-", "--seed", "1", "--no-save", "--format", "json", "--difficulty", "tough"],
            stdin: replies, environment: env)
        // the JSON header names the scenario file by its absolute path; the snapshot does not
        // and how long each reply took varies with the machine's load
        let steady = fixed(events.stdout).replacingOccurrences(of: ScenarioCommandTests.library, with: "$SCENARIOS")
            .replacingOccurrences(of: #""seconds": "[0-9.]+""#, with: #""seconds": "0.0""#, options: .regularExpression)
        try expectSnapshot(steady, "practice-events.jsonl")
        for (format, name) in [("text", "review.txt"), ("markdown", "review.md"), ("html", "review.html"), ("json", "review.json")] {
            let review = try Binary.run(["review", "last", "--format", format], environment: env)
            #expect(review.status == 0, "\(format): \(review.stderr)")
            try expectSnapshot(fixed(review.stdout), name)
        }
        for (format, name) in [("text", "transcripts.txt"), ("json", "transcripts.json")] {
            try expectSnapshot(fixed(try Binary.run(["transcripts", "--format", format], environment: env).stdout), name)
        }
        for (format, name) in [("text", "script.txt"), ("markdown", "script.md"), ("html", "script.html")] {
            try expectSnapshot(fixed(try Binary.run(["script", "last", "--format", format], environment: env).stdout), name)
        }
    }

    @Test func scenariosAndRules() throws {
        let env = ["DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        try expectSnapshot(try Binary.run(["scenarios"], environment: env).stdout, "scenarios.txt")
        try expectSnapshot(try Binary.run(["scenarios", "--format", "json"], environment: env).stdout, "scenarios.json")
        try expectSnapshot(try Binary.run(["rules"]).stdout, "rules.txt")
        try expectSnapshot(try Binary.run(["rules", "--format", "json"]).stdout, "rules.json")
        try expectSnapshot(try Binary.run(["rules", "hostile"]).stdout, "rule-hostile.txt")
        for (format, name) in [("mermaid", "graph.mmd"), ("dot", "graph.dot")] {
            try expectSnapshot(try Binary.run(["graph", "pay-gap-call", "--format", format], environment: env).stdout, name)
        }
    }
}
