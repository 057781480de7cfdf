/// What happened on one turn: the reply, the linter's verdict, the branch taken.
public struct TurnOutcome: Sendable {
    public var node: String
    public var kind: TurnKind
    public var recruiterLine: String
    public var reply: String
    public var result: LintResult
    /// Index of the branch taken in the node's `branches`.
    public var branch: Int
    public var next: String
    /// Set when the branch led to an ending.
    public var ending: Ending?
    /// True when the user skipped the turn or let it time out (counts as ghosting).
    public var skipped: Bool
    /// True when the user retried this turn; a later attempt replaces it in the score.
    public var superseded = false
}

/// A rehearsal in progress: pure and deterministic for a given scenario and seed.
/// It never prints and never reads a terminal; front ends drive it.
public struct Session: Sendable {
    public let scenario: Scenario
    public let seed: UInt64
    public private(set) var current: String
    public private(set) var turns: [TurnOutcome] = []
    public private(set) var ending: Ending?
    private let linter = Linter()

    /// Starts at the scenario's start, or at `node` to practise one turn.
    public init(scenario: Scenario, seed: UInt64 = 0, at node: String? = nil) {
        self.scenario = scenario
        self.seed = seed
        self.current = node.flatMap { scenario.nodes[$0] != nil ? $0 : nil } ?? scenario.start
        if let node = scenario.node(scenario.start), let end = node.end { ending = end }
    }

    public var currentNode: ScenarioNode? { scenario.node(current) }
    public var isOver: Bool { ending != nil || currentNode == nil }

    /// The recruiter's line at a node: one of its variants, chosen by the seed.
    public func recruiterLine(at id: String) -> String {
        guard let node = scenario.node(id), !node.recruiter.isEmpty else { return "" }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        return node.recruiter[Int(h % UInt64(node.recruiter.count))]
    }

    /// Lints a reply at the current node without moving on (for hints and retries).
    public func evaluate(_ reply: String) -> LintResult {
        guard let node = currentNode else { return LintResult(context: LintContext(), checked: [], findings: [], score: 0) }
        return linter.lint(reply, context: scenario.context(at: node))
    }

    /// The first branch whose condition holds (the default branch otherwise).
    public static func branch(at node: ScenarioNode, for result: LintResult) -> Int? {
        node.branches.firstIndex { $0.condition?.holds(for: result) ?? true }
    }

    /// Takes the user's reply: lints it, picks the branch and moves on.
    @discardableResult
    public mutating func respond(_ reply: String, skipped: Bool = false) -> TurnOutcome? {
        guard ending == nil, let node = currentNode else { return nil }
        let result = evaluate(skipped ? "" : reply)
        let index = Session.branch(at: node, for: result) ?? max(0, node.branches.count - 1)
        let next = node.branches.isEmpty ? current : node.branches[index].target
        let end = scenario.node(next)?.end
        let outcome = TurnOutcome(node: current, kind: node.kind, recruiterLine: recruiterLine(at: current),
                                  reply: skipped ? "" : reply, result: result, branch: index, next: next,
                                  ending: end, skipped: skipped)
        turns.append(outcome)
        current = next
        ending = end
        return outcome
    }

    /// Goes back to the node of the last turn so it can be answered again.
    /// The earlier attempt stays in `turns`, marked as superseded (transcripts keep both).
    public mutating func retry() -> Bool {
        guard let last = turns.indices.last else { return false }
        turns[last].superseded = true
        current = turns[last].node
        ending = nil
        return true
    }

    /// The turns that count: the last attempt at each.
    public var finalTurns: [TurnOutcome] { turns.filter { !$0.superseded } }

    /// The session's score: the mean of the counted turns' scores.
    public var score: Int {
        let counted = finalTurns
        guard !counted.isEmpty else { return 0 }
        return counted.reduce(0) { $0 + $1.result.score } / counted.count
    }
}
