import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import DeclineCoachKit

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a reply or an email draft against the guide.",
        discussion: """
        Each FILE is one reply or one draft; '-' reads standard input. Without FILE, standard input is read.

        Examples:
          decline-coach lint --channel email --reason accepted-offer draft.txt
          echo "Thanks, but no thanks." | decline-coach lint --turn counteroffer
          decline-coach lint --format json --level warning reply.txt

        Turn kinds (what the recruiter just did): \(TurnKind.allCases.map(\.rawValue).joined(separator: ", ")).
        Reasons: \(Reason.allCases.map(\.rawValue).joined(separator: ", ")).
        Exit status: 0 no error-level finding, 1 an error-level finding, 2 bad usage or unreadable input.
        """)

    @Argument(help: "Files to check ('-' for standard input).")
    var files: [String] = []

    @Option(help: "How the message is delivered: phone or email (default: email when the text starts with a Subject: line, else phone).")
    var channel: Channel?

    @Option(help: "What the reply answers (see below); decides which parts are expected.")
    var turn: TurnKind = .decline

    @Option(help: "Your true reason, so a different stated reason is flagged.")
    var reason: Reason?

    @Option(help: "How far the process has gone: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var stage: Stage?

    @Flag(help: "You have no genuine interest in this company later: leaving the door open is not expected.")
    var noFutureInterest = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Lowest level to report: suggestion, warning or error.")
    var level: Level = .suggestion

    @Flag(help: "Also list the phrases the linter recognised, by cue (useful when writing scenarios).")
    var explain = false

    func run() throws {
        // compile the phrase table while the input is read and validated
        DispatchQueue.global().async { _ = Cue.lexicon }
        let sources = files.isEmpty ? ["-"] : files
        if sources.contains("-"), isatty(0) == 1 {
            printError("reading the reply from the terminal: type or paste it, then press Ctrl-D (or give a file)")
        }
        func context(for bytes: [UInt8]) -> LintContext {
            LintContext(channel: channel ?? LintCommand.inferredChannel(bytes), turn: turn, reason: reason, stage: stage,
                        futureInterest: !noFutureInterest)
        }
        let linter = Linter()
        let style = Style.forStdout()
        var results: [(String, LintResult, [UInt8])] = []
        var unreadable = false
        for source in sources {
            do {
                let bytes = try InputReader.read(source)
                do { try SourceText.validate(bytes, source: source) } catch { throw UsageFailure(description: "input \(error.description)") }
                let context = context(for: bytes)
                var result = linter.lint(bytes: bytes, context: context)
                if explain {
                    // beside JSON the explanation goes to stderr, so the output stays one JSON document
                    let text = LintReport.explanation(bytes: bytes, context: context)
                    if format == .json { printError(text) } else { print(text) }
                }
                result.findings.removeAll { $0.level < level }
                results.append((source, result, bytes))
            } catch let failure as UsageFailure {
                printError(failure.description)
                unreadable = true
            }
        }
        switch format {
        case .json:
            print(LintReport.json(results.map { ($0.0, $0.1) }).text)
        case .text:
            for (index, (source, result, bytes)) in results.enumerated() {
                if index > 0 { print("") }
                print(LintReport.text(source: source, result: result, bytes: bytes, style: style))
            }
        }
        if unreadable { throw ExitCode(2) }
        if results.contains(where: { $0.1.hasErrors }) { throw ExitCode(1) }
    }

    /// A draft whose first non-blank line is a `Subject:` line is an email.
    static func inferredChannel(_ bytes: [UInt8]) -> Channel {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let first = text.split(whereSeparator: \.isNewline).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let line = first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return line.hasPrefix("subject:") || line.hasPrefix("\u{FEFF}subject:") ? .email : .phone
    }
}

/// Renders lint results for people (text) and for programs (JSON, SPEC §3).
enum LintReport {
    static func json(_ results: [(String, LintResult)]) -> JSON {
        .object([
            ("version", .int(1)),
            ("results", .array(results.map { source, r in
                .object([
                    ("source", .string(source)),
                    ("channel", .string(r.context.channel.rawValue)),
                    ("turn", .string(r.context.turn.rawValue)),
                    ("checked", .array(r.checked.map { .string($0) })),
                    ("findings", .array(r.findings.map { TranscriptEvent.findingJSON($0, excerpt: false) })),
                    ("score", .int(r.score)),
                ])
            })),
        ])
    }

    static func text(source: String, result: LintResult, bytes: [UInt8], style: Style) -> String {
        var out: [String] = []
        let name = source == "-" ? "standard input" : source
        out.append(style.bold(sanitizeForTerminal(name)) + style.dim(" (\(result.context.channel.rawValue), \(result.context.turn.rawValue))") + "  score \(scoreText(result.score, style))")
        // lines end as the linter counts them: "\n", "\r\n" or a lone "\r"; split only when a
        // finding has no byte range to mark by (a finding the linter made always has one)
        let lines = result.findings.allSatisfy({ $0.byteRange != nil || $0.line == nil }) ? [] :
            String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
                .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        /// The finding's own stretch of its line (a few hundred bytes around it), with the column in
        /// that stretch: marking a whole 1 MB line for each finding would be quadratic.
        func window(_ f: Finding) -> (text: String, column: Int, endColumn: Int)? {
            guard let range = f.byteRange, range.upperBound <= bytes.count else { return nil }
            var from = range.lowerBound
            while from > 0, range.lowerBound - from < 160, bytes[from - 1] != 10, bytes[from - 1] != 13 { from -= 1 }
            while from < range.lowerBound, bytes[from] & 0xC0 == 0x80 { from += 1 } // a whole character
            var to = range.upperBound
            while to < bytes.count, to - range.upperBound < 160, bytes[to] != 10, bytes[to] != 13 { to += 1 }
            while to < bytes.count, to > range.upperBound, bytes[to] & 0xC0 == 0x80 { to -= 1 }
            func characters(_ r: Range<Int>) -> Int { bytes[r].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
            let column = 1 + characters(from..<range.lowerBound)
            let end = f.endLine == f.line ? column + characters(range) : Int.max
            return (String(decoding: bytes[from..<to], as: UTF8.self), column, end)
        }
        for level in [Level.error, .warning, .suggestion] {
            let group = result.findings.filter { $0.level == level }
            guard !group.isEmpty else { continue }
            out.append("")
            out.append(style.level(level) + style.dim(" (\(group.count))"))
            for f in group {
                let at = f.line.map { "\($0):\(f.column ?? 1) " } ?? ""
                out.append("  \(style.bold(f.rule))  \(style.dim(at))\(f.message)")
                if let line = f.line, let w = window(f) {
                    out.append(contentsOf: marked(w.text, line: line, column: w.column, endLine: w.endColumn == Int.max ? line + 1 : line,
                                                 endColumn: w.endColumn, style: style))
                } else if let line = f.line, let column = f.column, line >= 1, line - 1 < lines.count {
                    out.append(contentsOf: marked(String(lines[line - 1]), line: line, column: column,
                                                 endLine: f.endLine ?? line, endColumn: f.endColumn ?? column, style: style))
                }
                out.append("    " + style.green("hint:") + " " + f.hint)
                out.append("    " + style.dim("Guide › " + f.section))
            }
        }
        let passed = result.checked.filter { result.passed($0) }
        out.append("")
        if result.findings.isEmpty { out.append(style.green("✓ No findings.")) }
        if !passed.isEmpty { out.append(style.green("✓ ") + style.dim("passed: " + passed.joined(separator: ", "))) }
        return out.joined(separator: "\n")
    }

    /// Every recognised phrase with its cue, the data file it comes from and flags (negated, sarcastic sentence).
    static func explanation(bytes: [UInt8], context: LintContext) -> String {
        let draft = Draft(analysis: TextAnalysis(bytes: bytes, lexicon: Cue.lexicon, cueCount: Cue.count), context: context)
        var out = ["Recognised phrases:"]
        for hit in draft.analysis.hits {
            guard let cue = Cue(rawValue: hit.cue) else { continue }
            var notes: [String] = []
            if draft.analysis.isNegated(hit) { notes.append("negated") }
            if draft.sarcasticSentences.contains(draft.analysis.sentence(of: hit)) { notes.append("sarcastic") }
            let text = sanitizeForTerminal(draft.analysis.text(from: hit.first, to: hit.last))
            notes.append("Language/" + cue.file)
            out.append("  \(String(describing: cue).padding(toLength: 18, withPad: " ", startingAt: 0)) s\(draft.analysis.sentence(of: hit)) \"\(text)\" (" + notes.joined(separator: ", ") + ")")
        }
        // what each clause was read as: who its judgement falls on, and what it does
        for clause in draft.reading.clauses where clause.judged != nil || !clause.acts.isEmpty {
            let first = draft.tokens[clause.tokens.lowerBound], last = draft.tokens[clause.tokens.upperBound - 1]
            var parts: [String] = []
            if let j = clause.judged {
                parts.append("judges \(clause.about.label): \"\(sanitizeForTerminal(draft.analysis.text(of: j)))\" \(clause.valence)")
            }
            let acts: [(ClauseActs, String)] = [(.question, "asks"), (.condition, "sets a condition"), (.apology, "apologises"),
                                                (.sympathy, "sympathises"), (.thanks, "thanks")]
            parts += acts.filter { clause.acts.contains($0.0) }.map(\.1)
            let text = sanitizeForTerminal(draft.text(Int(first.start)..<Int(last.end)))
            out.append("  clause s\(clause.sentence) \"\(text)\": " + parts.joined(separator: ", "))
        }
        if !draft.statedReasons.isEmpty {
            out.append("Stated reasons: " + draft.statedReasons.map { $0.reason.rawValue }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }

    static func scoreText(_ score: Int, _ style: Style) -> String {
        let s = "\(score)/100"
        return score >= 85 ? style.green(s) : score >= 60 ? style.yellow(s) : style.red(s)
    }

    /// The source line with the offending words underlined by carets.
    static func marked(_ raw: String, line: Int, column: Int, endLine: Int, endColumn: Int, style: Style) -> [String] {
        let text = sanitizeForTerminal(raw.replacingOccurrences(of: "\t", with: " "))
        let scalars = Array(text.unicodeScalars)
        let start = max(0, min(column - 1, scalars.count))
        var end = endLine > line ? scalars.count : max(start + 1, min(endColumn - 1, scalars.count))
        let clipped = end - start > 60
        if clipped { end = start + 60 }
        // keep long lines readable: show a window around the mark
        let lo = max(0, start - 40), hi = min(scalars.count, max(end + 20, lo + 100))
        let prefix = lo > 0 ? "…" : "", suffix = hi < scalars.count || clipped ? "…" : ""
        let before = String(String.UnicodeScalarView(scalars[lo..<start]))
        let inside = String(String.UnicodeScalarView(scalars[start..<min(end, hi)]))
        let after = String(String.UnicodeScalarView(scalars[min(end, hi)..<hi]))
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        return [
            "    " + style.dim(gutter + " | ") + prefix + before + style.red(style.underline(inside)) + after + suffix,
            "    " + style.dim(pad + " | ") + String(repeating: " ", count: prefix.count + before.count) + style.red(String(repeating: "^", count: max(1, inside.count))),
        ]
    }
}
