/// The end-of-session summary: how it ended, the score, what went well and
/// the two things to practise next (each with its guide section).
public struct Scorecard: Sendable {
    public var ending: Ending?
    public var score: Int
    public var turns: Int
    /// Rules that passed every time they were checked (expected rules first).
    public var wentWell: [RuleDescription]
    /// The rules missed most (weighted by level), at most two.
    public var practiseNext: [(rule: RuleDescription, times: Int)]

    public init(session: Session) {
        let counted = session.finalTurns
        ending = session.ending
        score = session.score
        turns = counted.count
        var failures: [String: Int] = [:]
        var passes: [String: Int] = [:]
        for turn in counted {
            for id in turn.result.checked {
                if turn.result.failed(id) { failures[id, default: 0] += 1 } else { passes[id, default: 0] += 1 }
            }
        }
        let descriptions = Linter.descriptions
        wentWell = descriptions.filter { passes[$0.id] != nil && failures[$0.id] == nil }
            .sorted { ($0.family == .expected ? 0 : 1, -(passes[$0.id] ?? 0)) < ($1.family == .expected ? 0 : 1, -(passes[$1.id] ?? 0)) }
        practiseNext = descriptions.compactMap { d in failures[d.id].map { (d, $0) } }
            .sorted { ($0.1 * $0.0.level.penalty, $0.0.level.penalty) > ($1.1 * $1.0.level.penalty, $1.0.level.penalty) }
            .prefix(2).map { $0 }
    }
}
