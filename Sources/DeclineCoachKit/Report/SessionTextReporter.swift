/// `review` in the terminal: each turn, what you said with the words each finding marks, then the scorecard.
public enum SessionTextReporter: Reporter {
    public static let format = ReportFormat.text

    public static func report(_ session: SessionReport, style: TextStyle) -> String {
        // everything read from a transcript is untrusted text: it goes through the sanitiser
        let s = { (text: String) in TerminalSafe.sanitize(text) }
        let r = session.record, card = session.card, who = s(session.speaker)
        var out = [style.bold(s(r.title)) + style.dim(s("  \(r.scenario) · \(r.modeLabel) · \(r.id)"))]
        if let briefing = r.briefing { out.append(s(briefing)) }
        for t in r.turns {
            out.append("")
            out.append(style.dim("Turn \(t.turn) (\(t.kind?.rawValue ?? ""))"))
            out.append(style.bold(who) + ": “" + s(t.recruiterLine) + "”")
            for a in t.attempts {
                let label = t.attempts.count > 1 ? "attempt \(a.attempt): " : ""
                let lines = a.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                out.append("you › " + style.dim(label) + (a.skipped ? "(silence)" : s(lines.first ?? "")))
                for l in lines.dropFirst() { out.append("      " + s(l)) }
                for f in a.findings {
                    out.append("  " + style.level(f.level) + " " + style.bold(s(f.rule)) + ": " + s(f.message))
                    out += MarkedLine.lines(for: f, in: a.text, style: style)
                    out.append("    " + style.green("hint: ") + s(f.hint) + style.dim("  (Guide › \(s(f.section)))"))
                }
                out.append("  score " + style.score(a.score ?? 0))
            }
            for note in t.notes { out.append(style.yellow("  your note: ") + s(note)) }
        }
        if let closing = r.closingLine {
            out.append("")
            out.append(style.bold(who) + ": “" + s(closing) + "”")
        }
        out.append("")
        out.append(style.bold("── Scorecard ──"))
        out.append(
            "Ending:  "
                + (card.ending.map { "\($0.rawValue): you \($0.summary)" }
                    ?? (r.finished ? "not reached (ended early)" : "not reached (interrupted)")))
        out.append("Score:   \(style.score(card.score)) over \(card.turns) turn\(card.turns == 1 ? "" : "s")")
        if !card.wentWell.isEmpty {
            out.append("Went well: " + card.wentWell.prefix(3).map { $0.title.lowercased() }.joined(separator: ", "))
        }
        if !card.practiseNext.isEmpty { out.append("Practise next:") }
        for (index, item) in card.practiseNext.enumerated() {
            let rule = item.description
            out.append(
                "  \(index + 1). \(style.bold(rule.title)) (\(item.times)×): \(rule.hint)"
                    + style.dim("  (Guide › \(rule.guideSections.first?.heading ?? ""))"))
        }
        for p in r.problems { out.append(style.yellow("note: ") + s(p)) }
        return out.joined(separator: "\n")
    }
}
