/// `review --format html`: one self-contained page to send a coach or print, each finding's words
/// highlighted and numbered beside its verdict.
public enum SessionHTMLReporter: Reporter {
    public static let format = ReportFormat.html

    public static func report(_ session: SessionReport, style: TextStyle) -> String {
        let r = session.record, speaker = session.speaker, scorecard = session.card
        var body = ""
        for t in r.turns {
            body += "<section class=\"turn\"><h2><span class=\"n\">Turn \(t.turn)</span> \(Markup.html(t.kind?.rawValue ?? ""))</h2>"
            body += "<p class=\"them\"><b>\(Markup.html(speaker))</b> \(Markup.html(t.recruiterLine))</p>"
            for a in t.attempts {
                let score = a.score ?? 0
                let tone = score >= 85 ? "good" : score >= 60 ? "fair" : "poor"
                // findings that mark words are numbered, so two in one reply can be told apart
                var numbers = [Int](repeating: 0, count: a.findings.count), next = 0
                for i in a.findings.indices where a.findings[i].column != nil { next += 1; numbers[i] = next }
                body += "<div class=\"attempt\"><div class=\"you\"><b class=\"who\">You</b>"
                if t.attempts.count > 1 { body += "<span class=\"tag\">attempt \(a.attempt)</span> " }
                body += a.skipped ? "<i>(silence)</i>" : highlighted(a.text, a.findings, numbers: numbers)
                body += "</div><div class=\"verdict\"><span class=\"score \(tone)\">\(a.score.map(String.init) ?? "–")</span><ul>"
                if a.findings.isEmpty { body += "<li class=\"ok\">Nothing to fix.</li>" }
                for (i, f) in a.findings.enumerated() {
                    let number = numbers[i] > 0 ? "<sup class=\"ref\">\(numbers[i])</sup> " : ""
                    body +=
                        "<li class=\"\(f.level.rawValue)\">\(number)<span class=\"lvl\">\(f.level.rawValue)</span> <b>\(Markup.html(f.rule))</b><br>\(Markup.html(f.message))<span class=\"hint\">\(Markup.html(f.hint))</span><span class=\"sec\">Guide › \(Markup.html(f.section))</span></li>"
                }
                let passed = a.checked.filter { id in
                    !a.findings.contains { $0.rule == id } && Linter.rule(id: id)?.description.family == .expected
                }
                if !passed.isEmpty { body += "<li class=\"ok\">✓ " + passed.map(Markup.html).joined(separator: " · ") + "</li>" }
                body += "</ul></div></div>"
            }
            for note in t.notes { body += "<aside class=\"note\"><b>Your note</b> \(Markup.html(note))</aside>" }
            body += "</section>"
        }
        if let closing = r.closingLine { body += "<p class=\"them closing\"><b>\(Markup.html(speaker))</b> \(Markup.html(closing))</p>" }
        let total = scorecard.score
        var card =
            "<section class=\"card\"><h2>Scorecard</h2><p class=\"big\"><span class=\"score \(tone(ending: scorecard.ending, score: total))\">\(total)</span> "
        card +=
            "Ending: <b>\(Markup.html(scorecard.ending?.rawValue ?? "not reached"))</b> · \(scorecard.turns) turn\(scorecard.turns == 1 ? "" : "s")</p>"
        if !scorecard.wentWell.isEmpty {
            card +=
                "<p>Went well: " + scorecard.wentWell.prefix(3).map { Markup.html($0.title.lowercased()) }.joined(separator: ", ") + "</p>"
        }
        card += "<ol>"
        for p in scorecard.practiseNext {
            let rule = p.description
            card +=
                "<li><b>\(Markup.html(rule.title))</b> (\(p.times)×): \(Markup.html(rule.hint)) <span class=\"sec\">Guide › \(Markup.html(rule.guideSections.first?.heading ?? ""))</span></li>"
        }
        card += "</ol>" + r.problems.map { "<p class=\"note\">\(Markup.html($0))</p>" }.joined() + "</section>"
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.html(r.title)) — decline-coach review</title>
            <style>
            :root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --error:#c2410c; --warning:#b45309; --suggestion:#2563eb; --ok:#15803d; }
            * { box-sizing: border-box; }
            body { font: 16px/1.55 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #f7f8fa; margin: 0; }
            main { max-width: 820px; margin: 0 auto; padding: 32px 24px 64px; }
            header h1 { font-size: 26px; margin: 0 0 4px; } header p { color: var(--muted); margin: 0 0 24px; }
            .turn, .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; margin: 0 0 16px; break-inside: avoid; }
            h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 10px; }
            h2 .n { color: var(--ink); margin-right: 6px; }
            .them { background: #eef2f7; border-radius: 8px; padding: 10px 14px; margin: 0 0 12px; }
            .them b { display: block; font-size: 13px; color: var(--muted); }
            .attempt { display: grid; grid-template-columns: 1fr 260px; gap: 16px; padding: 10px 0; border-top: 1px dashed var(--line); }
            .you { white-space: normal; }
            .tag { font-size: 12px; background: var(--line); border-radius: 4px; padding: 1px 6px; }
            mark { background: none; border-bottom: 3px solid; padding: 0 1px; }
            mark.error { border-color: var(--error); background: #fff1eb; } mark.warning { border-color: var(--warning); background: #fffbeb; } mark.suggestion { border-color: var(--suggestion); }
            .verdict ul { list-style: none; padding: 0; margin: 6px 0 0; font-size: 14px; }
            .verdict li { margin: 0 0 8px; padding-left: 10px; border-left: 3px solid var(--line); }
            li.error { border-color: var(--error); } li.warning { border-color: var(--warning); } li.suggestion { border-color: var(--suggestion); } li.ok { border-color: var(--ok); color: var(--ok); }
            .hint { display: block; font-style: italic; margin-top: 2px; } .sec { display: block; color: var(--muted); font-size: 12px; }
            .lvl { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
            li.error .lvl { color: var(--error); } li.warning .lvl { color: var(--warning); } li.suggestion .lvl { color: var(--suggestion); }
            .score { display: inline-block; min-width: 44px; text-align: center; font-weight: 700; border-radius: 999px; padding: 2px 10px; color: #fff; }
            .score.good { background: var(--ok); } .score.fair { background: var(--warning); } .score.poor { background: var(--error); }
            .big { font-size: 18px; } p.note { color: var(--muted); font-size: 13px; }
            .situation { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--suggestion); border-radius: 10px; padding: 14px 22px; margin: 0 0 16px; }
            .situation dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 0; font-size: 14px; }
            .situation dt { color: var(--muted); } .situation dd { margin: 0; }
            .who { display: block; font-size: 13px; color: var(--muted); }
            mark sup, sup.ref { font-size: 10px; font-weight: 700; color: var(--muted); margin-left: 1px; }
            aside.note { margin: 8px 0 0; padding: 8px 12px; background: #fefce8; border-radius: 6px; font-size: 14px; }
            aside.note b { display: block; font-size: 12px; color: var(--muted); }
            footer { color: var(--muted); font-size: 12px; text-align: center; }
            @media (max-width: 640px) { .attempt { grid-template-columns: 1fr; } }
            @media print { body { background: #fff; } .turn, .card { border-color: #ccc; } main { padding: 0; } }
            </style></head>
            <body><main>
            <header><h1>\(Markup.html(r.title))</h1><p>\(Markup.html(r.scenario)) · \(Markup.html(r.modeLabel)) · \(Markup.html(SessionReport.dateText(r.started)))</p></header>
            \(situation(r))
            \(body)
            \(card)
            <footer>Reviewed with decline-coach · advice drawn from the guide “How to Decline an Interview”</footer>
            </main></body></html>
            """
    }

    /// The badge's colour follows how the conversation ended, not only the number.
    static func tone(ending: Ending?, score: Int) -> String {
        switch ending {
        case .graceful?: "good"
        case .awkward?: "fair"
        case .burnedBridge?: "poor"
        case nil: score >= 85 ? "good" : score >= 60 ? "fair" : "poor"
        }
    }

    /// The reply with each finding's words highlighted and numbered: `numbers[i]` is finding i's
    /// number in the legend beside the reply (0 when it marks no words).
    static func highlighted(_ text: String, _ findings: [Finding], numbers: [Int]) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        for (index, line) in lines.enumerated() {
            let marks = findings.indices.filter { findings[$0].line == index + 1 && findings[$0].column != nil }
                .sorted { (findings[$0].column ?? 0) < (findings[$1].column ?? 0) }
            let scalars = Array(line.unicodeScalars)
            func text(_ r: Range<Int>) -> String { Markup.html(String(String.UnicodeScalarView(scalars[r]))) }
            // marked runs in order; a finding whose words lie inside an earlier mark shares its number
            // ("1,2"), so every numbered legend entry points somewhere in the reply
            var runs: [(range: Range<Int>, finding: Int, numbers: [Int])] = []
            var pos = 0
            for i in marks {
                let f = findings[i]
                let start = max(pos, (f.column ?? 1) - 1),
                    end = min(scalars.count, f.endLine == f.line ? (f.endColumn ?? 1) - 1 : scalars.count)
                guard start < end, start <= scalars.count else {
                    if !runs.isEmpty, numbers[i] > 0 { runs[runs.count - 1].numbers.append(numbers[i]) }
                    continue
                }
                runs.append((start..<end, i, [numbers[i]]))
                pos = end
            }
            var html = ""
            pos = 0
            for run in runs {
                let f = findings[run.finding]
                html += text(pos..<run.range.lowerBound)
                html +=
                    "<mark class=\"\(f.level.rawValue)\" title=\"\(Markup.html(f.rule))\">" + text(run.range)
                    + "<sup>\(run.numbers.map(String.init).joined(separator: ","))</sup></mark>"
                pos = run.range.upperBound
            }
            if pos < scalars.count { html += text(pos..<scalars.count) }
            out.append(html)
        }
        return out.joined(separator: "<br>")
    }

    /// The briefing and the facts, so a coach reads the replies against the situation.
    static func situation(_ r: TranscriptRecord) -> String {
        guard r.briefing != nil || !r.facts.isEmpty else { return "" }
        var html = "<section class=\"situation\"><h2>The situation</h2>"
        if let briefing = r.briefing { html += "<p>\(Markup.html(briefing))</p>" }
        if !r.facts.isEmpty {
            html +=
                "<dl>"
                + r.facts.map { "<dt>\(Markup.html(SessionReport.factLabel($0.key)))</dt><dd>\(Markup.html($0.value))</dd>" }.joined()
                + "</dl>"
        }
        return html + "</section>"
    }
}
