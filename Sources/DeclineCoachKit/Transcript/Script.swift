import Foundation

/// The user's script for the real call: for each recruiter move of a scenario, their best reply
/// so far, or the model answer where they have none worth keeping. One page to keep beside the phone.
public struct Script: Sendable {
    public struct Move: Sendable {
        public enum Source: Sendable, Equatable {
            /// The user's own reply, its score, and the session it came from.
            case yours(score: Int, session: String)
            /// The scenario's model answer (the user's best, if any, scored `best`).
            case model(best: Int?)
            /// Neither: the move has no model answer and no reply worth keeping.
            case none(best: Int?)
        }
        public var node: String
        public var kind: TurnKind
        public var recruiter: String
        public var reply: String?
        public var source: Source
    }

    public var scenario: Scenario
    public var moves: [Move]

    /// A reply is worth keeping when it scored this much with no error-level finding.
    public static let keepScore = 85

    public init(scenario: Scenario, records: [TranscriptRecord]) {
        self.scenario = scenario
        var best: [String: (text: String, score: Int, clean: Bool, session: String)] = [:]
        // oldest first, so among equally good replies the latest wins
        for record in records.filter({ $0.scenario == scenario.id }).sorted(by: { $0.started < $1.started }) {
            for turn in record.turns {
                guard let a = turn.final, !a.skipped, let score = a.score else { continue }
                let clean = !a.findings.contains { $0.level == .error }
                if let current = best[turn.node], (clean ? 1 : 0, score) < (current.clean ? 1 : 0, current.score) { continue }
                best[turn.node] = (a.text, score, clean, record.id)
            }
        }
        let session = Session(scenario: scenario)
        moves = scenario.order.compactMap { id in
            guard let node = scenario.nodes[id], !node.isEnding else { return nil }
            let line = session.recruiterLine(at: id)
            if let b = best[id], b.clean, b.score >= Script.keepScore {
                return Move(node: id, kind: node.kind, recruiter: line, reply: b.text, source: .yours(score: b.score, session: b.session))
            }
            if let model = session.model(at: id) {
                return Move(node: id, kind: node.kind, recruiter: line, reply: model, source: .model(best: best[id]?.score))
            }
            return Move(node: id, kind: node.kind, recruiter: line, reply: nil, source: .none(best: best[id]?.score))
        }
    }

    /// How many moves use the user's own words.
    public var yours: Int { moves.filter { if case .yours = $0.source { true } else { false } }.count }

    public static func label(_ source: Move.Source) -> String {
        switch source {
        case .yours(let score, _): "your reply (\(score)/100)"
        case .model(let best): "model answer" + (best.map { " (your best so far: \($0)/100)" } ?? " (you have not answered this yet)")
        case .none(let best): best.map { "no reply worth keeping yet (your best: \($0)/100)" } ?? "not practised yet"
        }
    }

    public var markdown: String {
        let e = Markup.markdown
        var out = [
            "# Your script: \(e(scenario.title))", "",
            "*\(e(scenario.facts.speaker)) · \(scenario.channel.rawValue) · \(yours) of \(moves.count) moves in your own words*", "",
        ]
        for m in moves {
            out.append("## When \(Progress.describe(m.kind))")
            out.append("")
            out.append("> **\(e(scenario.facts.speaker)):** \(e(m.recruiter))")
            out.append("")
            out.append("*\(Script.label(m.source))*")
            out.append("")
            if let reply = m.reply {
                out.append(reply.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    public var html: String {
        let e = Markup.html
        var body =
            "<header><h1>Your script: \(e(scenario.title))</h1><p>\(e(scenario.facts.speaker)) · \(e(scenario.channel.rawValue)) · \(yours) of \(moves.count) moves in your own words</p></header>"
        for m in moves {
            let tone: String
            switch m.source {
            case .yours: tone = "yours";
            case .model: tone = "model";
            case .none: tone = "none"
            }
            body += "<section class=\"move\"><h2>When \(e(Progress.describe(m.kind)))</h2>"
            body += "<p class=\"them\"><b>\(e(scenario.facts.speaker))</b> \(e(m.recruiter))</p>"
            body += "<p class=\"label \(tone)\">\(e(Script.label(m.source)))</p>"
            if let reply = m.reply { body += "<p class=\"say\">" + e(reply).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            body += "</section>"
        }
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Your script: \(e(scenario.title))</title>
            <style>
            body { font: 17px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2933; margin: 0; background: #fff; }
            main { max-width: 760px; margin: 0 auto; padding: 28px 24px 48px; }
            h1 { font-size: 24px; margin: 0 0 4px; } header p { color: #616e7c; margin: 0 0 20px; }
            .move { border-top: 1px solid #e4e7eb; padding: 12px 0; break-inside: avoid; }
            h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: #616e7c; margin: 0 0 6px; }
            .them { background: #eef2f7; border-radius: 8px; padding: 8px 12px; margin: 0 0 8px; }
            .them b { display: block; font-size: 13px; color: #616e7c; }
            .label { font-size: 13px; margin: 0 0 4px; } .label.yours { color: #15803d; } .label.model { color: #b45309; } .label.none { color: #c2410c; }
            .say { font-size: 19px; margin: 0; }
            @media print { body { font-size: 14px; } .say { font-size: 16px; } }
            </style></head><body><main>
            \(body)
            </main></body></html>
            """
    }
}
