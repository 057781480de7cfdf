import Foundation
import Testing

@testable import DeclineCoachKit

/// Properties that must hold for any text, checked on every labelled reply in the repository
/// (and variants of them), not on hand-picked examples.
@Suite("Properties over every labelled reply")
struct PropertyTests {
    static let corpus: [(text: String, context: LintContext)] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "corpus")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }.sorted()) ?? []
        var items: [(String, LintContext)] = []
        for file in files {
            let text = (try? String(contentsOf: dir.appending(path: file), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let reply = object["text"] as? String
                else { continue }
                let context = LintContext(
                    channel: Channel(rawValue: object["channel"] as? String ?? "") ?? .phone,
                    turn: TurnKind(rawValue: object["turn"] as? String ?? "") ?? .decline,
                    reason: (object["reason"] as? String).flatMap(Reason.init(rawValue:)),
                    stage: (object["stage"] as? String).flatMap(Stage.init(rawValue:)))
                items.append((reply, context))
            }
        }
        return items
    }()

    /// Lines as editors count them: "\n", "\r\n" and "\r" end a line, nothing else does.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1, k = 0
        while k < bytes.count {
            if bytes[k] == 10 { lines += 1 } else if bytes[k] == 13 { lines += 1; if k + 1 < bytes.count, bytes[k + 1] == 10 { k += 1 } }
            k += 1
        }
        return lines
    }

    @Test func everyFindingLiesInsideItsText() throws {
        #expect(PropertyTests.corpus.count > 3000, "the labelled sets are read")
        let linter = Linter()
        var checked = 0
        for (text, context) in PropertyTests.corpus {
            // as written, after multibyte text (columns shift), and with Windows and old Mac line ends
            for variant in [
                text, "Ünïcødé — ✓ " + text, text.replacingOccurrences(of: "\n", with: "\r\n"),
                text.replacingOccurrences(of: "\n", with: "\r"),
            ] {
                let bytes = Array(variant.utf8)
                let result = linter.lint(bytes: bytes, context: context)
                let lines = PropertyTests.lineCount(bytes)
                #expect((0...100).contains(result.score))
                for f in result.findings {
                    checked += 1
                    #expect(result.checked.contains(f.rule), "\(f.rule) reported but not checked")
                    if let range = f.byteRange {
                        #expect(
                            range.lowerBound >= 0 && range.upperBound <= bytes.count && !range.isEmpty,
                            "\(f.rule): \(range) in \(bytes.count) bytes: \(variant.prefix(80))")
                    }
                    guard let line = f.line, let column = f.column, let endLine = f.endLine, let endColumn = f.endColumn else { continue }
                    #expect(
                        line >= 1 && column >= 1 && endLine <= lines && (endLine, endColumn) >= (line, column),
                        "\(f.rule): \(line):\(column)-\(endLine):\(endColumn) in \(lines) lines: \(variant.prefix(80))")
                }
            }
        }
        #expect(checked > 1000, "findings were checked")
    }

    /// What a session saved is what the session saw: every reply (multi-line, quotes, backslashes,
    /// control characters, line separators, emoji) comes back with the same verdict, and the review
    /// and scorecard from the file are those of the live session.
    @Test func aTranscriptWrittenAndReadBackGivesTheSameReview() throws {
        let (scenario, _) = ScenarioLoader.load(path: RehearsalTests.fixtures.appending(path: "heard-call.yaml").path)
        let call = try #require(scenario)
        let awkward = [
            "He said \"no\" \\ then left.\u{2028}Odd line.", "tab\there\r\nand CR\rend", "emoji 👋🏽 and \u{1B}[2J escape",
            "{\"type\": \"header\"}", "",
        ]
        let replies =
            PropertyTests.corpus.filter { $0.context.channel == .phone }.enumerated()
            .filter { $0.offset % 37 == 0 }.map(\.element.text) + awkward
        var index = 0
        while index < replies.count {
            let dir = FileManager.default.temporaryDirectory.appending(path: "roundtrip-\(UUID().uuidString)").path
            let writer = try TranscriptWriter(directory: dir, scenario: call.id)
            var live = Rehearsal(scenario: call, seed: UInt64(index))
            var verdicts: [(turn: Int, text: String, result: LintResult)] = []
            var lastReply = ""
            for e in live.begin(at: Date(timeIntervalSince1970: 1_800_000_000)) { writer.append(e) }
            while !live.isFinished, index < replies.count {
                let text = replies[index]
                index += 1
                for e in (text.isEmpty ? live.skip() : live.answer(text)) {
                    writer.append(e)
                    if case .reply(_, _, _, let said, _, _) = e { lastReply = said }
                    if case .verdict(let turn, _, _, let result) = e { verdicts.append((turn, lastReply, result)) }
                }
            }
            for e in live.finish() { writer.append(e) }
            #expect(writer.failure == nil)
            let record = try TranscriptReader.read(path: writer.path)
            #expect(record.problems.isEmpty, "\(record.problems)")
            let attempts = record.turns.flatMap { turn in turn.attempts.map { (turn.turn, $0) } }
            try #require(attempts.count == verdicts.count)
            for ((turn, saved), seen) in zip(attempts, verdicts) {
                #expect(turn == seen.turn)
                #expect(saved.text == seen.text)
                #expect(saved.score == seen.result.score)
                #expect(saved.checked == seen.result.checked)
                #expect(saved.findings.map(\.rule) == seen.result.findings.map(\.rule))
                #expect(saved.findings.map(\.message) == seen.result.findings.map(\.message))
                #expect(
                    saved.findings.map { [$0.line, $0.column, $0.endLine, $0.endColumn] }
                        == seen.result.findings.map { [$0.line, $0.column, $0.endLine, $0.endColumn] })
            }
            #expect(record.scorecard(scenario: call) == live.scorecard)
            // and reading it again renders the same pages
            let again = try TranscriptReader.read(path: writer.path)
            let card = record.scorecard(scenario: call)
            for format in SessionReport.formats {
                #expect(
                    SessionReport(record: again, speaker: "Dana", card: card).report(as: format)
                        == SessionReport(record: record, speaker: "Dana", card: card).report(as: format))
            }
        }
    }
}
