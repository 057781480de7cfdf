import ArgumentParser
import DeclineCoachKit
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

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

    @OptionGroup var output: FormatOptions<LintReport>

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
            LintContext(
                channel: channel ?? LintCommand.inferredChannel(bytes), turn: turn, reason: reason, stage: stage,
                futureInterest: !noFutureInterest)
        }
        let linter = Linter()
        let style = TextStyle.forStdout()
        var results: [(String, LintResult, [UInt8])] = []
        var unreadable = false
        for source in sources {
            do {
                let bytes = try InputReader.read(source)
                do { try SourceText.validate(bytes, source: source) } catch {
                    throw UsageFailure(description: "input \(error.description)")
                }
                let context = context(for: bytes)
                var result = linter.lint(bytes: bytes, context: context)
                if explain {
                    // beside JSON the explanation goes to stderr, so the output stays one JSON document
                    let text = LintExplanation.text(bytes: bytes, context: context)
                    if output.format == .json { printError(text) } else { print(text) }
                }
                result.findings.removeAll { $0.level < level }
                results.append((source, result, bytes))
            } catch let failure as UsageFailure {
                printError(failure.description)
                unreadable = true
            }
        }
        let report = LintReport(results.map { LintReport.Entry(source: $0.0, result: $0.1, bytes: $0.2) })
        if output.format == .json || !report.entries.isEmpty {
            print(report.report(as: output.format, style: output.format == .text ? style : .plain) ?? "")
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

/// `lint --explain`: what the linter read in a text, for people writing scenarios and cue files.
enum LintExplanation {
    /// Every recognised phrase with its cue, the data file it comes from and flags (negated, sarcastic sentence).
    static func text(bytes: [UInt8], context: LintContext) -> String {
        let draft = Draft(analysis: TextAnalysis(bytes: bytes, lexicon: Cue.lexicon, cueCount: Cue.count), context: context)
        var out = ["Recognised phrases:"]
        for hit in draft.analysis.hits {
            guard let cue = Cue(rawValue: hit.cue) else { continue }
            var notes: [String] = []
            if draft.analysis.isNegated(hit) { notes.append("negated") }
            if draft.sarcasticSentences.contains(draft.analysis.sentence(of: hit)) { notes.append("sarcastic") }
            let text = sanitizeForTerminal(draft.analysis.text(from: hit.first, to: hit.last))
            notes.append("Language/" + cue.file)
            out.append(
                "  \(String(describing: cue).padding(toLength: 18, withPad: " ", startingAt: 0)) s\(draft.analysis.sentence(of: hit)) \"\(text)\" ("
                    + notes.joined(separator: ", ") + ")")
        }
        // what each clause was read as: who its judgement falls on, and what it does
        for clause in draft.reading.clauses where clause.judged != nil || !clause.acts.isEmpty {
            let first = draft.tokens[clause.tokens.lowerBound], last = draft.tokens[clause.tokens.upperBound - 1]
            var parts: [String] = []
            if let j = clause.judged {
                parts.append("judges \(clause.about.label): \"\(sanitizeForTerminal(draft.analysis.text(of: j)))\" \(clause.valence)")
            }
            let acts: [(ClauseActs, String)] = [
                (.question, "asks"), (.condition, "sets a condition"), (.apology, "apologises"),
                (.sympathy, "sympathises"), (.thanks, "thanks"),
            ]
            parts += acts.filter { clause.acts.contains($0.0) }.map(\.1)
            let text = sanitizeForTerminal(draft.text(Int(first.start)..<Int(last.end)))
            out.append("  clause s\(clause.sentence) \"\(text)\": " + parts.joined(separator: ", "))
        }
        if !draft.statedReasons.isEmpty {
            out.append("Stated reasons: " + draft.statedReasons.map { $0.reason.rawValue }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}
