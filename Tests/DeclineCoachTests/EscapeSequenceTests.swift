import Foundation
import Testing

/// Scenario and transcript text reaches the terminal by many paths (the reliability issue counted
/// 24); every one of them must go through the one sanitiser. The fixtures put every kind of control
/// sequence (CSI, OSC 52, OSC 8, window titles, C1, DCS, BEL, BS, CR) into every string field.
@Suite("No control sequence from a scenario or transcript reaches the terminal", .serialized)
struct EscapeSequenceTests {
    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/escape-library").path

    /// The control characters in `text` (none are expected: colour is off, so not even ours).
    static func controls(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter {
                    ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                })
        ).debugDescription
    }

    @Test func everyCommandPrintsScenarioAndTranscriptTextWithoutControlSequences() throws {
        let home = try temporaryHome()
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": EscapeSequenceTests.library]
        let replies = try Binary.temporaryFile(
            Array("Hi Dana \u{1B}]52;c;aGk=\u{07}thanks, I have accepted another offer, so I am withdrawing.\n".utf8))
        let library = EscapeSequenceTests.library
        var runs: [[String]] = [
            ["check", library], ["check", library + "/broken.yaml"], ["check", "--coverage", library],
            ["scenarios"], ["scenarios", "--format", "json"],
            ["graph", "evil-call"], ["graph", "evil-call", "--format", "dot"],
            ["practice", "evil-call", "--replies", replies.path],
            ["practice", "evil-scenario", "--replies", replies.path],
            ["practice", "evil-title", "--replies", replies.path, "--format", "json"],
            ["practice", "nope\u{1B}[2J"],
        ]
        for run in runs {
            let out = try Binary.run(run, environment: env)
            #expect(EscapeSequenceTests.controls(out.stdout + out.stderr) == "\"\"", "\(run.debugDescription)")
        }
        // the sessions above are now transcripts whose text carries the same payloads
        runs =
            [["transcripts"], ["progress"], ["replay", "last"], ["script", "last"]]
            + ["text", "markdown", "html", "json"].map { ["review", "last", "--format", $0] }
        for run in runs {
            let out = try Binary.run(run, environment: env)
            #expect(out.status == 0, "\(run): \(out.stderr)")
            #expect(EscapeSequenceTests.controls(out.stdout + out.stderr) == "\"\"", "\(run)")
        }
        let weak = try Binary.run(["practice", "--weak"], stdin: ":quit\n", environment: env)
        #expect(EscapeSequenceTests.controls(weak.stdout + weak.stderr) == "\"\"")
        // the words around the sequences survive: only the sequences go
        let shown = try Binary.run(["scenarios"], environment: env).stdout
        #expect(shown.contains("Title |||link||||||"))
    }
}
