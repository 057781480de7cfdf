import Foundation

/// How the user has done over time on one scenario.
public struct ScenarioProgress: Sendable {
    public var scenario: String
    public var title: String
    /// Scores of finished and unfinished sessions, oldest first.
    public var scores: [Int]
    public var best: Int { scores.max() ?? 0 }
    public var last: Int { scores.last ?? 0 }
    /// Recruiter moves (nodes that take a reply) met at least once, out of all of them.
    public var faced: Int
    public var moves: Int
    public var sparkline: String { Progress.sparkline(scores) }
}

public enum Progress {
    /// ▁▂▃▄▅▆▇█ for scores 0–100.
    public static func sparkline(_ scores: [Int]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        return String(scores.map { bars[min(7, max(0, $0 * 8 / 101))] })
    }

    public static func perScenario(_ records: [TranscriptRecord], library: ScenarioLibrary) -> [ScenarioProgress] {
        var byScenario: [String: [TranscriptRecord]] = [:]
        for r in records { byScenario[r.scenario, default: []].append(r) }
        return byScenario.keys.sorted().map { id in
            let sessions = byScenario[id]!.sorted { $0.started < $1.started }
            let scenario = library.scenario(id)
            let moves = scenario.map { s in s.order.filter { !(s.nodes[$0]!.isEnding) } } ?? []
            let met = Set(sessions.flatMap { $0.turns.map(\.node) })
            return ScenarioProgress(scenario: id, title: scenario?.title ?? sessions.last?.title ?? id,
                                    scores: sessions.map(\.effectiveScore), faced: moves.filter(met.contains).count,
                                    moves: moves.count)
        }
    }

    /// Rules missed most across every session's counted turns, ranked as the scorecard ranks them.
    public static func missedRules(_ records: [TranscriptRecord], limit: Int = 5) -> [Scorecard.PractiseNext] {
        Scorecard.practise(records.flatMap { $0.scoredTurns(scenario: nil) }, limit: limit)
    }

    /// A recruiter move in the user's terms, for "when ..." ("when they made a counteroffer").
    public static func describe(_ kind: TurnKind) -> String {
        switch kind {
        case .decline: "you gave your decision"
        case .details: "they asked why"
        case .addressConcerns: "they offered to fix the problem"
        case .counteroffer: "they made a counteroffer"
        case .frustration: "they were disappointed or annoyed"
        case .aggressive: "they turned unprofessional"
        case .close: "they wrapped up"
        case .postpone: "you asked to postpone"
        }
    }

    /// The turns before `node` in the latest session of `scenario` that reached it: the recruiter's
    /// line and the user's final reply at each.
    public static func leadUp(to node: String, scenario: String, _ records: [TranscriptRecord]) -> [(recruiter: String, reply: String)] {
        let latest = records.filter { $0.scenario == scenario && $0.turns.contains { $0.node == node } }.max { $0.started < $1.started }
        guard let record = latest, let index = record.turns.firstIndex(where: { $0.node == node }) else { return [] }
        return record.turns[..<index].map { ($0.recruiterLine, $0.final?.text ?? "") }
    }

    /// The scenario and turn (node) with the lowest average final score.
    public static func weakest(_ records: [TranscriptRecord], library: ScenarioLibrary) -> (scenario: Scenario, node: String, average: Int)? {
        var totals: [String: (sum: Int, count: Int)] = [:]
        for r in records where library.scenario(r.scenario) != nil {
            for t in r.turns { if let s = t.final?.score { let key = r.scenario + "\u{0}" + t.node; totals[key, default: (0, 0)].sum += s; totals[key, default: (0, 0)].count += 1 } }
        }
        guard let worst = totals.min(by: { ($0.value.sum * 1000 / $0.value.count, $0.key) < ($1.value.sum * 1000 / $1.value.count, $1.key) }) else { return nil }
        let parts = worst.key.split(separator: "\u{0}").map(String.init)
        guard let scenario = library.scenario(parts[0]), scenario.nodes[parts[1]] != nil else { return nil }
        return (scenario, parts[1], worst.value.sum / worst.value.count)
    }
}

/// A saved session run again through today's scenario and rules.
public struct ReplayTurn: Sendable {
    public var turn: Int
    public var node: String
    public var reply: String
    public var oldScore: Int?
    public var newScore: Int
    public var oldRules: [String]
    public var newRules: [String]
    public var oldNext: String?
    public var newNext: String
    public var diverged: Bool { oldNext != nil && oldNext != newNext }
}

public struct ReplayReport: Sendable {
    public var scenarioChanged: Bool
    public var turns: [ReplayTurn]
    /// Set when the replay stopped early: the conversation went elsewhere, or the node no longer exists.
    public var stoppedBecause: String?
    public var newEnding: Ending?
    public var oldEnding: Ending?
}

public enum Replay {
    public static func run(_ record: TranscriptRecord, with scenario: Scenario) -> ReplayReport {
        var report = ReplayReport(scenarioChanged: scenario.digest != record.digest, turns: [], stoppedBecause: nil,
                                  newEnding: nil, oldEnding: record.ending)
        // the same engine as a live session, with the same facts, seed and replies
        var rehearsal = Rehearsal(scenario: scenario, seed: record.seed, mode: .call, user: record.user, difficulty: record.difficulty)
        _ = rehearsal.begin(at: record.started)
        for turn in record.turns {
            guard let attempt = turn.final, turn.node != Rehearsal.confirmingEmailNode else { continue }
            guard let node = rehearsal.currentNode else { report.stoppedBecause = "today's conversation had already ended"; break }
            if node.id != turn.node {
                report.stoppedBecause = "today the conversation is at '\(node.id)', not '\(turn.node)': the replies after this point answered a different question"
                break
            }
            _ = attempt.skipped ? rehearsal.skip() : rehearsal.answer(attempt.text)
            guard let outcome = rehearsal.session.turns.last else { break }
            report.turns.append(ReplayTurn(turn: turn.turn, node: turn.node, reply: attempt.text, oldScore: attempt.score,
                                           newScore: outcome.result.score, oldRules: attempt.findings.map(\.rule),
                                           newRules: outcome.result.findings.map(\.rule), oldNext: attempt.next, newNext: outcome.next))
        }
        report.newEnding = rehearsal.session.ending
        return report
    }
}

/// Renders a saved session for reading: Markdown, a self-contained HTML page, or JSON.
public enum ReviewRenderer {
    /// Text from a reply, a scenario or a transcript, made inert in Markdown: every punctuation mark
    /// Markdown gives meaning to is escaped (no forged headings, links, images or emphasis), and
    /// HTML is written as entities, so a renderer shows the words and runs nothing.
    public static func markdownEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~", "=", ":":
                out.append("\\"); out.append(c)
            case "\n", "\r": out += "  \n"
            default: out.append(c)
            }
        }
        return out
    }

    public static func markdown(_ r: TranscriptRecord, speaker: String, card: Scorecard) -> String {
        let e = markdownEscape
        var out = ["# \(e(r.title))", "", "*\(e(r.scenario)) · \(e(r.modeLabel)) · \(dateText(r.started))*", ""]
        if let briefing = r.briefing { out += ["**The situation.** \(e(briefing))", ""] }
        for (key, value) in r.facts { out.append("- \(factLabel(key)): \(e(value))") }
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
        if !card.wentWell.isEmpty { out.append("- Went well: " + card.wentWell.prefix(3).map { $0.title.lowercased() }.joined(separator: ", ")) }
        for p in card.practiseNext {
            let rule = p.description
            out.append("- Practise next: **\(rule.title)** (\(p.times)×): \(rule.hint) (Guide › \(rule.guideSections.first?.heading ?? ""))")
        }
        for p in r.problems { out.append("- Note: \(e(p))") }
        return out.joined(separator: "\n")
    }

    public static func json(_ r: TranscriptRecord, card: Scorecard) -> JSON {
        .object([
            ("version", .int(1)), ("id", .string(r.id)), ("scenario", .string(r.scenario)), ("title", .string(r.title)),
            ("mode", .string(r.mode)), ("difficulty", .string(r.difficulty.rawValue)), ("started", .string(ISO8601DateFormatter().string(from: r.started))),
            ("ending", card.ending.map { .string($0.rawValue) } ?? .null), ("score", .int(card.score)), ("scorecard", card.json),
            ("turns", .array(r.turns.map { t in
                .object([("turn", .int(t.turn)), ("node", .string(t.node)), ("kind", t.kind.map { .string($0.rawValue) } ?? .null),
                         ("recruiter", .string(t.recruiterLine)),
                         ("attempts", .array(t.attempts.map { a in
                             .object([("attempt", .int(a.attempt)), ("reply", .string(a.text)), ("skipped", .bool(a.skipped)),
                                      ("score", JSON.optional(a.score)), ("checked", .array(a.checked.map { .string($0) })),
                                      ("findings", .array(a.findings.map { TranscriptEvent.findingJSON($0) })),
                                      ("next", a.next.map { .string($0) } ?? .null)])
                         }))])
            })),
            ("problems", .array(r.problems.map { .string($0) })),
        ])
    }

    /// How a review names a recorded fact.
    static func factLabel(_ key: String) -> String {
        switch key {
        case "company": "Company"
        case "role": "Role"
        case "contact": "Speaking to"
        case "reason": "The true reason"
        default: key
        }
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

    static func dateText(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "d MMM yyyy, HH:mm"
        return f.string(from: d)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
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
            func text(_ r: Range<Int>) -> String { escape(String(String.UnicodeScalarView(scalars[r]))) }
            // marked runs in order; a finding whose words lie inside an earlier mark shares its number
            // ("1,2"), so every numbered legend entry points somewhere in the reply
            var runs: [(range: Range<Int>, finding: Int, numbers: [Int])] = []
            var pos = 0
            for i in marks {
                let f = findings[i]
                let start = max(pos, (f.column ?? 1) - 1), end = min(scalars.count, f.endLine == f.line ? (f.endColumn ?? 1) - 1 : scalars.count)
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
                html += "<mark class=\"\(f.level.rawValue)\" title=\"\(escape(f.rule))\">" + text(run.range)
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
        if let briefing = r.briefing { html += "<p>\(escape(briefing))</p>" }
        if !r.facts.isEmpty {
            html += "<dl>" + r.facts.map { "<dt>\(escape(factLabel($0.key)))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>"
        }
        return html + "</section>"
    }

    public static func html(_ r: TranscriptRecord, speaker: String, card scorecard: Scorecard) -> String {
        var body = ""
        for t in r.turns {
            body += "<section class=\"turn\"><h2><span class=\"n\">Turn \(t.turn)</span> \(escape(t.kind?.rawValue ?? ""))</h2>"
            body += "<p class=\"them\"><b>\(escape(speaker))</b> \(escape(t.recruiterLine))</p>"
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
                    body += "<li class=\"\(f.level.rawValue)\">\(number)<span class=\"lvl\">\(f.level.rawValue)</span> <b>\(escape(f.rule))</b><br>\(escape(f.message))<span class=\"hint\">\(escape(f.hint))</span><span class=\"sec\">Guide › \(escape(f.section))</span></li>"
                }
                let passed = a.checked.filter { id in !a.findings.contains { $0.rule == id } && Linter.rule(id: id)?.description.family == .expected }
                if !passed.isEmpty { body += "<li class=\"ok\">✓ " + passed.map(escape).joined(separator: " · ") + "</li>" }
                body += "</ul></div></div>"
            }
            for note in t.notes { body += "<aside class=\"note\"><b>Your note</b> \(escape(note))</aside>" }
            body += "</section>"
        }
        if let closing = r.closingLine { body += "<p class=\"them closing\"><b>\(escape(speaker))</b> \(escape(closing))</p>" }
        let total = scorecard.score
        var card = "<section class=\"card\"><h2>Scorecard</h2><p class=\"big\"><span class=\"score \(tone(ending: scorecard.ending, score: total))\">\(total)</span> "
        card += "Ending: <b>\(escape(scorecard.ending?.rawValue ?? "not reached"))</b> · \(scorecard.turns) turn\(scorecard.turns == 1 ? "" : "s")</p>"
        if !scorecard.wentWell.isEmpty {
            card += "<p>Went well: " + scorecard.wentWell.prefix(3).map { escape($0.title.lowercased()) }.joined(separator: ", ") + "</p>"
        }
        card += "<ol>"
        for p in scorecard.practiseNext {
            let rule = p.description
            card += "<li><b>\(escape(rule.title))</b> (\(p.times)×): \(escape(rule.hint)) <span class=\"sec\">Guide › \(escape(rule.guideSections.first?.heading ?? ""))</span></li>"
        }
        card += "</ol>" + r.problems.map { "<p class=\"note\">\(escape($0))</p>" }.joined() + "</section>"
        return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(r.title)) — decline-coach review</title>
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
        <header><h1>\(escape(r.title))</h1><p>\(escape(r.scenario)) · \(escape(r.modeLabel)) · \(escape(dateText(r.started)))</p></header>
        \(situation(r))
        \(body)
        \(card)
        <footer>Reviewed with decline-coach · advice drawn from the guide “How to Decline an Interview”</footer>
        </main></body></html>
        """
    }
}
