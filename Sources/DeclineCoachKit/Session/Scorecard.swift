/// One counted turn, as the scorecard sees it: from a live session or a saved transcript alike.
public struct ScoredTurn: Sendable, Equatable {
    public var node: String
    public var kind: TurnKind?
    public var score: Int
    /// Rules judged on the reply, and the ones among them that reported a finding.
    public var checked: [String]
    public var failed: [String]
    public var skipped: Bool
    /// Always-on rules this recruiter move was built to tempt: the scenario branches on them.
    public var tempting: [String]

    public init(node: String, kind: TurnKind?, score: Int, checked: [String], failed: [String], skipped: Bool, tempting: [String]) {
        self.node = node; self.kind = kind; self.score = score; self.checked = checked; self.failed = failed
        self.skipped = skipped; self.tempting = tempting
    }
}

/// The end-of-session summary: how it ended, the score, what went well and the two things to
/// practise next (each with its guide section). The one way a session is counted: the live end,
/// `review` in every format, `progress` and `practice --weak` all build it from the same turns.
public struct Scorecard: Sendable, Equatable {
    public var ending: Ending?
    /// The mean of the counted turns' scores, capped by the ending.
    public var score: Int
    public var turns: Int
    /// What the user did well: parts a turn expected and that were met every time, then traps a
    /// turn was built to tempt and that the user stayed out of. Never the mere absence of a mistake.
    public var wentWell: [WentWell]
    /// The rules missed most (errors first, then by the number of turns missed), at most two.
    public var practiseNext: [PractiseNext]

    public struct WentWell: Sendable, Equatable {
        public var rule: String
        public var title: String
        /// "met" (an expected part) or "avoided" (a trap at a turn built to tempt it).
        public var how: String
    }

    public struct PractiseNext: Sendable, Equatable {
        public var rule: String
        public var times: Int
        public var description: RuleDescription { Linter.rule(id: rule)!.description }
    }

    /// Saying something, and filling a template's slots, are not achievements: never "went well".
    static let notTraps: Set<String> = ["ghosting", "placeholder"]

    /// The most a session can score with this ending: a burned bridge is never a good session.
    public static func cap(for ending: Ending?) -> Int {
        switch ending {
        case .awkward: 79
        case .burnedBridge: 49
        case .graceful, nil: 100
        }
    }

    public init(turns counted: [ScoredTurn], ending: Ending?) {
        self.ending = ending
        turns = counted.count
        let mean = counted.isEmpty ? 0 : counted.reduce(0) { $0 + $1.score } / counted.count
        score = min(mean, Scorecard.cap(for: ending))
        var failures: [String: Int] = [:], met: [String: Int] = [:], avoided: [String: Int] = [:]
        for turn in counted {
            let failed = Set(turn.failed)
            for id in failed { failures[id, default: 0] += 1 }
            guard !turn.skipped else { continue }
            // a reply that fell into a serious trap avoided nothing: no credit for the others
            let seriousSlip = failed.contains { Linter.rule(id: $0)?.description.level == .error }
            for id in turn.checked where !failed.contains(id) {
                if Linter.rule(id: id)?.description.family == .expected {
                    met[id, default: 0] += 1
                } else if !seriousSlip, turn.tempting.contains(id), !Scorecard.notTraps.contains(id) {
                    avoided[id, default: 0] += 1
                }
            }
        }
        let descriptions = Linter.descriptions
        let metWell = descriptions.filter { met[$0.id] != nil && failures[$0.id] == nil }
            .sorted { (-(met[$0.id] ?? 0), $0.id) < (-(met[$1.id] ?? 0), $1.id) }
            .map { WentWell(rule: $0.id, title: $0.title, how: "met") }
        let avoidedWell = descriptions.filter { avoided[$0.id] != nil && failures[$0.id] == nil }
            .map { WentWell(rule: $0.id, title: $0.title, how: "avoided") }
        wentWell = metWell + avoidedWell
        practiseNext = Scorecard.practise(counted, limit: 2)
    }

    /// The rules missed in `turns`: errors before warnings before suggestions, then the most often missed.
    public static func practise(_ turns: [ScoredTurn], limit: Int) -> [PractiseNext] {
        var failures: [String: Int] = [:]
        for turn in turns { for id in Set(turn.failed) { failures[id, default: 0] += 1 } }
        return Linter.descriptions.compactMap { d in failures[d.id].map { (d, $0) } }
            .sorted { ($0.0.level.penalty, $0.1, $1.0.id) > ($1.0.level.penalty, $1.1, $0.0.id) }
            .prefix(limit).map { PractiseNext(rule: $0.0.id, times: $0.1) }
    }

    /// The `scorecard` object of `practice --format json` and `review --format json`.
    public var json: JSON {
        .object([
            ("ending", ending.map { .string($0.rawValue) } ?? .null), ("score", .int(score)), ("turns", .int(turns)),
            ("wentWell", .array(wentWell.prefix(3).map { .object([("rule", .string($0.rule)), ("how", .string($0.how))]) })),
            (
                "practiseNext",
                .array(
                    practiseNext.map { p in
                        .object([
                            ("rule", .string(p.rule)), ("times", .int(p.times)), ("hint", .string(p.description.hint)),
                            ("section", .string(p.description.guideSections.first?.heading ?? "")),
                        ])
                    })
            ),
        ])
    }
}

extension Scenario {
    /// The always-on rules a node's branches test: the recruiter move was built to tempt them.
    public func tempting(at node: String) -> [String] {
        guard let n = nodes[node] else { return [] }
        let tested = Set(n.branches.flatMap { $0.condition?.rules ?? [] })
        return Linter.descriptions.filter { $0.family == .alwaysOn && tested.contains($0.id) }.map(\.id)
    }
}
