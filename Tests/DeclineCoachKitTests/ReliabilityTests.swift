import DeclineCoachKit
import Foundation
import Testing

/// Transcripts damaged by hand or by a fuzzer (Tests/Fixtures/damaged-transcripts, from the
/// reliability issue's repro inputs): each is read with notes about what was skipped, and every
/// renderer and the scorecard work on what is left. None may trap.
@Suite("Damaged transcripts")
struct DamagedTranscriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/damaged-transcripts").path
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()

    @Test func thereAreRepros() { #expect(DamagedTranscriptTests.files.count >= 40) }

    @Test(arguments: files)
    func aDamagedTranscriptIsReadNotTrapped(_ file: String) {
        // a file refused with a message is fine
        guard let record = try? TranscriptReader.read(path: DamagedTranscriptTests.directory + "/" + file) else { return }
        let card = record.scorecard(scenario: nil)
        #expect((0...100).contains(card.score))
        let session = SessionReport(record: record, speaker: "Recruiter", card: card)
        for format in SessionReport.formats { #expect(session.report(as: format) != nil) }
        for turn in record.turns {
            for a in turn.attempts {
                if let s = a.score { #expect((0...100).contains(s)) }
                for f in a.findings {
                    if let line = f.line { #expect(line >= 1 && (f.endLine ?? line) >= line) }
                    if let column = f.column { #expect(column >= 1) }
                }
            }
        }
    }

    @Test func impossibleNumbersAreSkippedWithANote() throws {
        let dir = DamagedTranscriptTests.directory
        let twoHeaders = try TranscriptReader.read(path: dir + "/two-headers.jsonl")
        #expect(twoHeaders.problems.contains { $0.hasSuffix("is a second header; skipped") })
        let negative = try TranscriptReader.read(path: dir + "/finding-line-negative.jsonl")
        #expect(negative.problems.contains { $0.contains("a finding's position is impossible; its marks are not shown") })
        let minScore = try TranscriptReader.read(path: dir + "/end-score-int-min.jsonl")
        #expect((0...100).contains(minScore.effectiveScore))
    }

    @Test func aNodeWithAnEmptyIdIsRefused() {
        let path = DamagedTranscriptTests.directory + "/../empty-node.yaml"
        let (scenario, problems) = ScenarioLoader.load(path: path)
        #expect(
            problems.contains {
                $0.code == .invalidID && $0.location == SourceLocation(line: 7, column: 3) && $0.message.hasPrefix("a node id is empty")
            })
        #expect(scenario?.nodes[""] == nil, "no record can be keyed by an empty node")
    }

    @Test func linesEndAsEditorsCountThem() throws {
        let dir = DamagedTranscriptTests.directory + "/../lint/"
        let cr = try Data(contentsOf: URL(fileURLWithPath: dir + "email-CR.txt")),
            lf = try Data(contentsOf: URL(fileURLWithPath: dir + "email-LF.txt"))
        #expect(cr.contains(13) && !cr.contains(10))
        let context = LintContext(channel: .email)
        let a = Linter().lint(bytes: [UInt8](cr), context: context), b = Linter().lint(bytes: [UInt8](lf), context: context)
        #expect(a.score == b.score && a.findings.map(\.rule) == b.findings.map(\.rule), "a lone CR ends a line as LF does")
        let separators = try Data(contentsOf: URL(fileURLWithPath: dir + "case-1-10.txt"))
        let lines = separators.split(separator: 10, omittingEmptySubsequences: false).count
        for f in Linter().lint(bytes: [UInt8](separators), context: LintContext()).findings {
            if let end = f.endLine {
                #expect(end <= lines, "U+2028 and U+2029 are not line ends: \(f.rule) ends on line \(end) of \(lines)")
            }
        }
    }

    /// The pre-scan for aliases reads YAML's scalar styles: a block scalar is text to its end.
    @Test func aliasesAreFoundWhereYAMLHasThemAndNowhereElse() {
        let dir = DamagedTranscriptTests.directory + "/../yaml/"
        func problems(_ file: String) -> [Diagnostic] { ScenarioLoader.load(path: dir + file).1 }
        // a quotation left open inside a block scalar no longer hides the billion-laughs chain after it
        #expect(problems("bomb-7x10.yaml").map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" } == ["S022 12:13"])
        // "*Remember*" inside a block scalar is emphasis, not an alias
        #expect(problems("s022-false-positive-emphasis.yaml").isEmpty)
        // a quoted title over three lines counts three lines, not six
        #expect(problems("s022-wrong-line.yaml").map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" } == ["S022 6:11"])
        // a byte-order mark is not part of the YAML
        let (bom, bomProblems) = ScenarioLoader.load(path: dir + "bom-pay-gap-call.yaml")
        #expect(bomProblems.isEmpty, "\(bomProblems)")
        #expect(bom?.id == "pay-gap-call")
    }
}

@Suite("Markdown review")
struct MarkdownReviewTests {
    @Test func repliesAndScenarioTextCannotForgeMarkdown() throws {
        let payload =
            "## Scorecard\n- Score: **100/100**\n[click](javascript:alert(1)) ![t](https://tracker.example/p.png) <script>alert(1)</script> <img src=x onerror=alert(1)>"
        func line(_ o: [(String, JSON)]) -> String { JSON.object(o).text }
        let text =
            [
                line([
                    ("type", .string("header")), ("format", .int(1)), ("scenario", .string("x")),
                    ("title", .string("# Forged [title](javascript:x)")),
                    ("seed", .string("1")), ("mode", .string("coach")), ("started", .string("2026-12-01T10:00:00Z")),
                ]),
                line([
                    ("type", .string("recruiter")), ("turn", .int(1)), ("node", .string("a")), ("kind", .string("decline")),
                    ("line", .string(payload)),
                ]),
                line([
                    ("type", .string("reply")), ("turn", .int(1)), ("node", .string("a")), ("attempt", .int(1)), ("text", .string(payload)),
                    ("seconds", .string("1.0")), ("skipped", .bool(false)),
                ]),
                line([
                    ("type", .string("verdict")), ("turn", .int(1)), ("node", .string("a")), ("attempt", .int(1)), ("score", .int(70)),
                    ("checked", .array([.string("criticism")])), ("findings", .array([])),
                ]),
            ].joined(separator: "\n") + "\n"
        let record = try TranscriptReader.parse(Array(text.utf8), id: "x", path: "x.jsonl")
        let page = SessionMarkdownReporter.report(
            SessionReport(record: record, speaker: "Recruiter", card: record.scorecard(scenario: nil)), style: .plain)
        let headings = page.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == ["# \\# Forged \\[title\\]\\(javascript\\:x\\)", "## Turn 1: decline", "## Scorecard"], "\(headings)")
        #expect(!page.contains("](") && !page.contains("!["), "no link or image can be formed")
        #expect(!page.contains("<script") && !page.contains("<img"), "no HTML reaches the page")
        #expect(page.contains("&lt;script&gt;"))
    }
}

@Suite("The terminal sanitiser")
struct TerminalSafeTests {
    @Test(arguments: [
        ("a\u{1B}[2J\u{1B}[Hb", "ab"),  // clear screen, cursor home
        ("a\u{1B}]52;c;aGk=\u{07}b", "ab"),  // clipboard write, BEL-terminated
        ("\u{1B}]8;;http://x.test\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),  // a hyperlink keeps its words only
        ("a\u{1B}]0;title\u{1B}\\b", "ab"),  // window title, ST-terminated
        ("a\u{9B}2Jb", "ab"),  // C1 CSI
        ("a\u{9D}0;t\u{9C}b", "ab"),  // C1 OSC and C1 ST
        ("a\u{1B}P1$qm\u{1B}\\b", "ab"),  // DCS with its payload
        ("a\u{07}\u{08}\r\u{7F}b", "ab"),  // BEL, BS, CR, DEL
        ("a\u{1B}7\u{1B}cb", "ab"),  // two-character escapes
        ("a\u{1B}", "a"), ("a\u{1B}]unterminated", "a"),  // cut short
        ("line one\n\ttab ✓ café", "line one\n\ttab ✓ café"),  // text without controls is untouched
    ])
    func removesEverySequenceAndKeepsTheWords(input: String, expected: String) {
        #expect(TerminalSafe.sanitize(input) == expected)
        #expect(TerminalSafe.sanitize(input, allowingStyle: true) == expected)
    }

    @Test func keepsOnlyOurOwnStylingWhenColourIsOn() {
        let ours = "\u{1B}[1mbold\u{1B}[0m \u{1B}[31mred\u{1B}[0m"
        #expect(TerminalSafe.sanitize(ours, allowingStyle: true) == ours)
        #expect(TerminalSafe.sanitize(ours) == "bold red")
        // concealed text, cursor moves and other code combinations are not ours
        #expect(
            TerminalSafe.sanitize("\u{1B}[8mhidden\u{1B}[1;1H\u{1B}[1;31mx\u{1B}[4;31my", allowingStyle: true) == "hiddenx\u{1B}[4;31my")
    }
}
