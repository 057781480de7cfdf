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
            return ScenarioProgress(
                scenario: id, title: scenario?.title ?? sessions.last?.title ?? id,
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
    public static func weakest(_ records: [TranscriptRecord], library: ScenarioLibrary) -> (scenario: Scenario, node: String, average: Int)?
    {
        var totals: [String: (sum: Int, count: Int)] = [:]
        for r in records where library.scenario(r.scenario) != nil {
            for t in r.turns {
                if let s = t.final?.score {
                    let key = r.scenario + "\u{0}" + t.node; totals[key, default: (0, 0)].sum += s; totals[key, default: (0, 0)].count += 1
                }
            }
        }
        guard
            let worst = totals.min(by: { ($0.value.sum * 1000 / $0.value.count, $0.key) < ($1.value.sum * 1000 / $1.value.count, $1.key) })
        else { return nil }
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
        var report = ReplayReport(
            scenarioChanged: scenario.digest != record.digest, turns: [], stoppedBecause: nil,
            newEnding: nil, oldEnding: record.ending)
        // the same engine as a live session, with the same facts, seed and replies
        var rehearsal = Rehearsal(scenario: scenario, seed: record.seed, mode: .call, user: record.user, difficulty: record.difficulty)
        _ = rehearsal.begin(at: record.started)
        for turn in record.turns {
            guard let attempt = turn.final, turn.node != Rehearsal.confirmingEmailNode else { continue }
            guard let node = rehearsal.currentNode else { report.stoppedBecause = "today's conversation had already ended"; break }
            if node.id != turn.node {
                report.stoppedBecause =
                    "today the conversation is at '\(node.id)', not '\(turn.node)': the replies after this point answered a different question"
                break
            }
            _ = attempt.skipped ? rehearsal.skip() : rehearsal.answer(attempt.text)
            guard let outcome = rehearsal.session.turns.last else { break }
            report.turns.append(
                ReplayTurn(
                    turn: turn.turn, node: turn.node, reply: attempt.text, oldScore: attempt.score,
                    newScore: outcome.result.score, oldRules: attempt.findings.map(\.rule),
                    newRules: outcome.result.findings.map(\.rule), oldNext: attempt.next, newNext: outcome.next))
        }
        report.newEnding = rehearsal.session.ending
        return report
    }
}
