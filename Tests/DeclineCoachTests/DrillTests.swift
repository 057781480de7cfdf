import Foundation
import Testing

/// `drill` through the real binary, on a fixed clock: a scripted history, then the cards it makes due.
@Suite("decline-coach drill: spaced practice on a fixed clock")
struct DrillTests {
    let library = ["DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]

    func run(_ arguments: [String], at day: String, home: String, stdin: String? = nil) throws -> Binary.Output {
        try Binary.run(
            arguments, stdin: stdin,
            environment: library.merging(["DECLINE_COACH_HOME": home, "DECLINE_COACH_NOW": day + "T09:00:00Z"]) { $1 })
    }

    @Test func theCardsDueAfterAScriptedHistoryArePlayedAndMoveBoxes() throws {
        let home = try temporaryHome()
        // day 1: a strong opening (box 2, back in two days) and a curt goodbye (box 1, back tomorrow)
        let first = try run(
            ["practice", "first-call-walkthrough", "--replies", "-", "--seed", "1"], at: "2026-03-01", home: home,
            stdin: [goodOpening, "ok bye"].joined(separator: "\n"))
        #expect(first.status == 0, "\(first.stderr)")

        let status = try run(["drill", "--status"], at: "2026-03-02", home: home)
        #expect(status.status == 0, "\(status.stderr)")
        let lines = status.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  box 1 (every day)       1 card"))
        #expect(lines.contains("  box 2 (every 2 days)    1 card"))
        let due = try #require(lines.firstIndex(of: "Due now (1): decline-coach drill"))
        #expect(lines[due + 1].hasPrefix("  2026-03-02  box 1   65/100  first-call-walkthrough · when they wrapped up"), "\(status.stdout)")
        #expect(lines[due + 2] == "Coming up:")
        #expect(lines[due + 3].hasPrefix("  2026-03-03  box 2  100/100  first-call-walkthrough · when you gave your decision"))

        // day 2: only the goodbye is due; answering it well moves it up
        let drill = try run(["drill", "--replies", "-"], at: "2026-03-02", home: home, stdin: goodClose)
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(drill.stdout.contains("Spaced practice: 1 of 1 due card"))
        #expect(drill.stdout.contains("── Card 1 of 1 · box 1 · last time 65/100"))
        #expect(
            drill.stdout.contains(
                "How the conversation got there last time:\n  Tom Ellery (recruiter): “Tom at Brightline Studios. Calling about Friday?”\n  you: "
                    + goodOpening))
        #expect(drill.stdout.contains("you › " + goodClose))
        #expect(drill.stdout.contains("→ 100/100: up to box 2, back on 2026-03-04."))
        #expect(!drill.stdout.contains("Card 2"))

        let after = try run(["drill"], at: "2026-03-02", home: home)
        #expect(
            after.stdout == "Nothing is due today. The next card comes back on 2026-03-03: decline-coach drill --status shows them all.\n")

        // the schedule is lost: it is rebuilt from the three saved sessions, with the same boxes
        try FileManager.default.removeItem(atPath: home + "/drill.json")
        let rebuilt = try run(["drill", "--status"], at: "2026-03-04", home: home)
        #expect(
            rebuilt.stdout.hasPrefix("The schedule (drill.json) was missing or unreadable: rebuilt it from 2 saved sessions.\n"),
            "\(rebuilt.stdout)")
        #expect(
            rebuilt.stdout.contains(
                "Due now (2): decline-coach drill\n  2026-03-03  box 2  100/100  first-call-walkthrough · when you gave your decision"))
        #expect(rebuilt.stdout.contains("\n  2026-03-04  box 2  100/100  first-call-walkthrough · when they wrapped up"))
    }

    @Test func withoutAnyHistoryItSaysHowToStart() throws {
        let home = try temporaryHome()
        let status = try run(["drill", "--status"], at: "2026-03-02", home: home)
        #expect(status.stdout == "No cards yet: every move you answer in a session becomes one. Start with: decline-coach practice\n")
        let drill = try run(["drill"], at: "2026-03-02", home: home)
        #expect(drill.status != 0)
        #expect(drill.stderr.contains("no cards yet: practise a scenario first"))
    }
}
