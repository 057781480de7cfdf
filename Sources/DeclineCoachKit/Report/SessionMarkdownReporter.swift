/// `review --format markdown`: the session as a Markdown page, every text from the transcript escaped.
public enum SessionMarkdownReporter: Reporter {
    public static let format = ReportFormat.markdown

    public static func report(_ session: SessionReport, style: TextStyle) -> String {
        let e = Markup.markdown
        let r = session.record, speaker = session.speaker, card = session.card
        var out = ["# \(e(r.title))", "", "*\(e(r.scenario)) · \(e(r.modeLabel)) · \(SessionReport.dateText(r.started))*", ""]
        if let briefing = r.briefing { out += ["**The situation.** \(e(briefing))", ""] }
        for (key, value) in r.facts { out.append("- \(SessionReport.factLabel(key)): \(e(value))") }
        if !r.facts.isEmpty { out.append("") }
        for t in r.turns {
            out.append("## Turn \(t.turn): \(t.kind?.rawValue ?? "")")
            out.append("")
            out.append("> **\(e(speaker)):** \(e(t.recruiterLine))")
            out.append("")
            for a in t.attempts {
                let label = t.attempts.count > 1 ? "Attempt \(a.attempt) — " : ""
                out.append("**\(label)You:** \(a.skipped ? "*(silence)*" : e(a.text))")
                out.append("")
                out.append("Score **\(a.score.map(String.init) ?? "–")/100**")
                for f in a.findings {
                    let words = f.excerpt.map { " — “\(e($0))”" } ?? ""
                    out.append("- **\(e(f.level.rawValue))** `\(f.rule.filter { $0.isLetter || $0 == "-" })`: \(e(f.message))\(words)  ")
                    out.append("  *\(e(f.hint))* (Guide › \(e(f.section)))")
                }
                if a.findings.isEmpty { out.append("- Nothing to fix.") }
                out.append("")
            }
            for note in t.notes { out += ["> *Your note:* \(e(note))", ""] }
        }
        if let closing = r.closingLine { out.append("> **\(e(speaker)):** \(e(closing))"); out.append("") }
        out.append("## Scorecard")
        out.append("")
        out.append("- Ending: **\(card.ending?.rawValue ?? "not reached")**")
        out.append("- Score: **\(card.score)/100** over \(card.turns) turn\(card.turns == 1 ? "" : "s")")
        if !card.wentWell.isEmpty {
            out.append("- Went well: " + card.wentWell.prefix(3).map { $0.title.lowercased() }.joined(separator: ", "))
        }
        for p in card.practiseNext {
            let rule = p.description
            out.append(
                "- Practise next: **\(rule.title)** (\(p.times)×): \(rule.hint) (Guide › \(rule.guideSections.first?.heading ?? ""))")
        }
        for p in r.problems { out.append("- Note: \(e(p))") }
        return out.joined(separator: "\n")
    }
}
