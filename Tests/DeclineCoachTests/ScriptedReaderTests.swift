import DeclineCoachKit
import Foundation
import Testing

@testable import decline_coach

/// The third line reader: plays a fixed list of inputs, including the ones a
/// pipe cannot carry (Ctrl-C, a timeout), and records what it was asked.
final class ScriptedReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var timeouts: [Int?] = []
    private(set) var remembered: [String] = []

    init(_ inputs: [LineInput]) { self.inputs = inputs }

    func read(prompt: String, timeout: Int?) -> LineInput {
        prompts.append(prompt)
        timeouts.append(timeout)
        return inputs.isEmpty ? .end : inputs.removeFirst()
    }

    func remember(_ line: String) { remembered.append(line) }
}

@Suite("The coach driven by a scripted reader")
struct ScriptedReaderTests {
    func scenario(_ id: String) throws -> Scenario {
        let (scenario, problems) = ScenarioLoader.load(path: ScenarioCommandTests.library + "/\(id).yaml")
        #expect(problems.isEmpty, "\(problems)")
        return try #require(scenario)
    }

    func play(_ id: String, _ inputs: [LineInput], mode: RehearsalMode = .coach, timed: Int? = nil)
        throws -> (screen: String, run: CoachRun, reader: ScriptedReader)
    {
        let reader = ScriptedReader(inputs)
        var lines: [String] = []
        let rehearsal = Rehearsal(scenario: try scenario(id), seed: 1, mode: mode)
        let run = CoachRun(
            rehearsal: rehearsal, timed: timed, reader: reader, writer: nil,
            style: TextStyle(enabled: false), json: false, echoReplies: false, output: { lines.append($0) })
        run.run()
        return (lines.joined(separator: "\n"), run, reader)
    }

    @Test func silenceUntilTheTimerRunsOutIsGhosting() throws {
        let (screen, run, reader) = try play("first-call-walkthrough", [.timedOut], mode: .call, timed: 20)
        #expect(reader.timeouts.first == 20)
        #expect(screen.contains("(no reply in 20 seconds: that counts as ghosting)"))
        let first = try #require(run.rehearsal.session.turns.first)
        #expect(first.skipped)
        #expect(first.result.failed("ghosting"))
        #expect(screen.contains("── Scorecard ──"))
    }

    @Test func ctrlCDropsTheHalfTypedLineAndAsksAgain() throws {
        let (screen, run, reader) = try play("first-call-walkthrough", [.interrupted, .line(goodOpening), .end])
        #expect(reader.prompts.prefix(2) == ["you › ", "you › "])
        #expect(run.rehearsal.session.turns.map(\.reply) == [goodOpening])
        #expect(screen.contains("Turn score"))
        #expect(screen.contains("Ending:  not reached (the session ended early)"))
    }

    @Test func ctrlCInsideAnEmailClearsItAndKeepsTheBlockOpen() throws {
        let email = [
            "Subject: Claims Analytics Manager – withdrawing", "", "Dear Harriet,", "",
            "Thank you for the invitation. My employer has offered me a team lead role and I'm staying, so I'm withdrawing my application.",
            "", "I wish you every success with the search.", "", "Kind regards,", "Sam",
        ]
        let inputs: [LineInput] =
            [.line("\"\"\""), .line("Dear [Name], this draft went wrong"), .interrupted]
            + email.map { .line($0) } + [.line("\"\"\""), .end]
        let (screen, run, reader) = try play("invitation-email-decline", inputs)
        #expect(screen.contains("(cleared; keep typing, or \"\"\" to finish)"))
        #expect(reader.prompts.dropFirst().allSatisfy { $0 == "    … " || $0 == "you › " })
        let reply = try #require(run.rehearsal.session.turns.first?.reply)
        #expect(reply == email.joined(separator: "\n"))
        #expect(!(run.rehearsal.session.turns.first?.result.failed("placeholder") ?? true))
    }

    @Test func commandsGoToHistoryAndAnUnknownOneSuggestsTheNearest() throws {
        let (screen, _, reader) = try play("first-call-walkthrough", [.line(":hnit"), .line(":hint"), .end])
        #expect(screen.contains("Unknown command :hnit. Did you mean :hint?"))
        #expect(screen.contains("hint: "))
        #expect(reader.remembered == [":hnit", ":hint"])
    }
}
