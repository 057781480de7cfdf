import Foundation
import Testing

/// `practice --voice`: espeak-ng speaks the recruiter (scripts/setup.sh installs it).
@Suite("decline-coach practice --voice, through the real binary")
struct VoiceTests {
    let library = ["DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]

    /// Seconds of sound in a PCM WAV file, from its header.
    func duration(_ path: String) throws -> Double {
        let b = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(
            b.count > 44 && Array(b[0..<4]) == Array("RIFF".utf8) && Array(b[8..<12]) == Array("WAVE".utf8), "\(path) is not a WAV file")
        func u32(_ k: Int) -> Int { Int(b[k]) | Int(b[k + 1]) << 8 | Int(b[k + 2]) << 16 | Int(b[k + 3]) << 24 }
        let byteRate = u32(28)
        // the data chunk follows the fmt chunk
        var k = 12
        while k + 8 <= b.count, Array(b[k..<k + 4]) != Array("data".utf8) { k += 8 + u32(k + 4) }
        return Double(min(u32(k + 4), b.count - k - 8)) / Double(byteRate)
    }

    @Test func eachRecruiterLineIsWrittenAsAWavWhoseLengthFollowsTheLine() throws {
        let home = try temporaryHome()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("voice-\(UUID().uuidString)").path
        let run = try Binary.run(
            ["practice", "first-call-walkthrough", "--voice", "--voice-out", out, "--replies", "-", "--seed", "1"],
            stdin: [goodOpening, goodClose].joined(separator: "\n"),
            environment: library.merging(["DECLINE_COACH_HOME": home]) { $1 })
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix("voice: no sound device found; the recruiter's lines are shown as text (and written to \(out))\n")
                || !run.stdout.contains("voice:"))
        let lines = try transcriptLines(in: home).filter { $0["type"] as? String == "recruiter" }.compactMap { $0["line"] as? String }
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["001-opening.wav", "002-thanks.wav", "003-graceful.wav"])
        #expect(lines.count == files.count)
        let seconds = try files.map { try duration(out + "/" + $0) }
        for (line, s) in zip(lines, seconds) {
            // espeak-ng at 150-180 words a minute: a few hundredths of a second per character
            #expect(s > Double(line.count) * 0.03 && s < Double(line.count) * 0.15, "\(s) s for \(line.count) characters: \(line)")
        }
        for i in lines.indices {
            for j in lines.indices where Double(lines[i].count) > 1.3 * Double(lines[j].count) {
                #expect(seconds[i] > seconds[j], "a longer line (\(lines[i].count) characters) is not longer to hear")
            }
        }
    }

    @Test func onACallTheLineIsHeardNotShownUntilAskedFor() throws {
        // a sound server that is not there: espeak-ng is asked to play, and the words stay hidden
        let run = try Binary.run(
            ["practice", "first-call-walkthrough", "--voice", "--mode", "call", "--replies", "-", "--no-save", "--seed", "1"],
            stdin: [":show", goodOpening, goodClose].joined(separator: "\n"),
            environment: library.merging(["PULSE_SERVER": "unix:/nonexistent/socket"]) { $1 })
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "\nTom Ellery (recruiter): (speaking: :repeat to hear it again, :show for the words)\nyou › :show\nTom Ellery (recruiter): “"
            ))
        let shown = run.stdout.components(separatedBy: "“").count - 1
        #expect(shown == 1, "only the line asked for with :show is shown as words:\n\(run.stdout)")
    }

    @Test func anEmailScenarioSaysThereIsNothingToHear() throws {
        let run = try Binary.run(
            ["practice", "accepted-offer-email", "--voice", "--replies", "-", "--no-save"], stdin: "",
            environment: library)
        #expect(run.stdout.hasPrefix("voice: an email scenario has no recruiter to hear; going on as text\n"))
    }
}
