import Foundation
import Testing

/// The history commands on damaged or foreign transcripts (the reliability issue's repro inputs),
/// through the real binary: a note for what was skipped, never a trap, never an escape sequence.
@Suite("History commands on damaged transcripts, through the real binary", .serialized)
struct DamagedTranscriptCommandTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/damaged-transcripts").path

    @Test func everyHistoryCommandSurvivesEveryDamagedTranscript() throws {
        let home = try temporaryHome()
        try FileManager.default.createDirectory(atPath: home + "/transcripts", withIntermediateDirectories: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: DamagedTranscriptCommandTests.directory).filter {
            $0.hasSuffix(".jsonl")
        }
        for file in files {
            try FileManager.default.copyItem(
                atPath: DamagedTranscriptCommandTests.directory + "/" + file, toPath: home + "/transcripts/" + file)
        }
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        for arguments in [["transcripts"], ["progress"], ["script", "last"]] {
            let out = try Binary.run(arguments, environment: env)
            #expect(out.status <= 2, "\(arguments): \(out.stderr)")
            #expect(EscapeSequenceTests.controls(out.stdout + out.stderr) == "\"\"", "\(arguments) leaked a control sequence")
        }
        for file in files {
            for arguments in [["review", home + "/transcripts/" + file], ["replay", home + "/transcripts/" + file]] {
                let out = try Binary.run(arguments, environment: env)
                #expect(out.status <= 2, "\(arguments): \(out.stderr.prefix(300))")
                #expect(EscapeSequenceTests.controls(out.stdout + out.stderr) == "\"\"", "\(arguments) leaked a control sequence")
            }
        }
        let two = try Binary.run(["review", home + "/transcripts/two-headers.jsonl"], environment: env)
        #expect(two.stdout.contains("is a second header; skipped"))
    }

    @Test func unreadableInputAndUnwritableOutputAreErrors() throws {
        // standard input a directory: exit 2 with one line saying so
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["lint", "-"]
        process.standardInput = FileHandle(forReadingAtPath: "/tmp")
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                == "decline-coach: standard input is a directory, not text\n")
        // standard output a full disk: not a silent success
        let full = Process()
        full.executableURL = Binary.url
        full.arguments = ["rules"]
        full.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let fullErrors = Pipe()
        full.standardError = fullErrors
        try full.run()
        full.waitUntilExit()
        #expect(full.terminationStatus == 1)
        #expect(
            String(decoding: fullErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).hasPrefix(
                "decline-coach: cannot write the output: "))
    }
}
