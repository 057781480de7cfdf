import Foundation
import Testing

@testable import DeclineCoachKit

@Suite("Reading transcripts")
struct TranscriptTests {
    func write(_ lines: [String], trailingNewline: Bool = true) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tr-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/transcripts", withIntermediateDirectories: true)
        let path = dir + "/transcripts/20261128-120000-tiny.jsonl"
        try (lines.joined(separator: "\n") + (trailingNewline ? "\n" : "")).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let header =
        #"{"type": "header", "format": 1, "tool": "decline-coach 0.1.0", "scenario": "tiny", "title": "A tiny call", "digest": "0", "seed": "1", "mode": "coach", "started": "2026-11-28T12:00:00Z"}"#
    let recruiter = #"{"type": "recruiter", "turn": 1, "node": "opening", "kind": "decline", "line": "Priya here."}"#
    let reply = #"{"type": "reply", "turn": 1, "node": "opening", "attempt": 1, "text": "Hmm.", "seconds": "2.0", "skipped": false}"#
    let verdict =
        #"{"type": "verdict", "turn": 1, "node": "opening", "attempt": 1, "score": 40, "checked": ["clear-decision"], "findings": [{"rule": "clear-decision", "level": "error", "message": "m", "hint": "h", "section": "What to Include in Your Decline", "line": null, "column": null, "endLine": null, "endColumn": null}]}"#

    @Test func aTruncatedLastLineIsReportedAndSkipped() throws {
        let path = try write([header, recruiter, reply, #"{"type": "verdict", "turn": 1, "no"#], trailingNewline: false)
        let r = try TranscriptReader.read(path: path)
        #expect(r.turns.count == 1)
        #expect(r.turns[0].attempts.first?.text == "Hmm.")
        #expect(r.problems.count == 1)
        #expect(r.problems[0].contains("cut off"))
        #expect(!r.finished)
    }

    @Test func aCorruptLineInTheMiddleIsSkipped() throws {
        let path = try write([header, recruiter, "garbage ]]", reply, verdict])
        let r = try TranscriptReader.read(path: path)
        #expect(r.turns[0].final?.score == 40)
        #expect(r.problems == ["line 3 is not a transcript event; skipped"])
    }

    @Test func anUnknownFormatVersionIsRefused() throws {
        let path = try write([header.replacingOccurrences(of: #""format": 1"#, with: #""format": 9"#), recruiter])
        #expect(throws: TranscriptError.self) { try TranscriptReader.read(path: path) }
    }

    @Test func aForeignFileInTheDirectoryIsSkippedNotFatal() throws {
        let path = try write([header, recruiter, reply, verdict])
        let home = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().path
        try "not a transcript at all".write(toFile: home + "/transcripts/notes.jsonl", atomically: true, encoding: .utf8)
        let (records, skipped) = TranscriptReader.all(in: home)
        #expect(records.count == 1)
        #expect(skipped.count == 1)
    }

    @Test func progressDrawsASparklineAndCountsMovesFaced() {
        #expect(Progress.sparkline([0, 50, 100]) == "▁▄█")
    }
}
