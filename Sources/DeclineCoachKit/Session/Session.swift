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

/// A conversation through a scenario's graph: pure and deterministic for a given scenario
/// and seed. It never prints and never reads a terminal; `Rehearsal` drives it.
public struct Session: Sendable {
    public private(set) var scenario: Scenario
    public let seed: UInt64
    /// How hard the recruiter pushes: conditions and line variants may test it.
    public let difficulty: Difficulty
    public private(set) var current: String
    public private(set) var turns: [TurnOutcome] = []
    public private(set) var ending: Ending?
    private let linter = Linter()

    /// Starts at the scenario's start, or at `node` to practise one turn.
    public init(scenario: Scenario, seed: UInt64 = 0, difficulty: Difficulty = .standard, at node: String? = nil) {
        self.scenario = scenario
        self.seed = seed
        self.difficulty = difficulty
        self.current = node.flatMap { scenario.nodes[$0] != nil ? $0 : nil } ?? scenario.start
        if let node = scenario.node(scenario.start), let end = node.end { ending = end }
    }

    public var currentNode: ScenarioNode? { scenario.node(current) }
    public var isOver: Bool { ending != nil || currentNode == nil }

    /// What the reply that led to `id` said, when the last turn led there.
    private func heard(leadingTo id: String) -> Heard? {
        guard let last = turns.last(where: { !$0.superseded }), last.next == id else { return nil }
        return Heard(result: last.result, text: last.reply, facts: scenario.facts, difficulty: difficulty)
    }

    /// The recruiter's line at a node, with the facts filled in: the first variant whose condition
    /// the reply that led here meets, else one of the plain variants, chosen by the seed. Where no
    /// reply led here (the first line), a variant that tests only the difficulty can still be said.
    public func recruiterLine(at id: String) -> String {
        guard let node = scenario.node(id) else { return "" }
        let chosen: ConditionalLine?
        if let heard = heard(leadingTo: id) {
            chosen = node.heardLines.first { $0.condition.holds(for: heard) }
        } else {
            chosen = node.heardLines.first { $0.condition.certain(at: difficulty) }
        }
        if let chosen { return scenario.facts.fill(chosen.line) }
        guard !node.recruiter.isEmpty else { return "" }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        return scenario.facts.fill(node.recruiter[Int(h % UInt64(node.recruiter.count))])
    }

    /// The node's hint and model answer, with the facts filled in.
    public func hint(at id: String) -> String? { scenario.node(id)?.hint.map(scenario.facts.fill) }
    public func model(at id: String) -> String? { scenario.node(id)?.model.map(scenario.facts.fill) }

    /// Lints a reply at the current node without moving on (for hints and retries).
    public func evaluate(_ reply: String) -> LintResult {
        guard let node = currentNode else { return LintResult(context: LintContext(), checked: [], findings: [], score: 0) }
        return linter.lint(reply, context: scenario.context(at: node))
    }

    /// The first branch whose condition holds (the default branch otherwise).
    public static func branch(at node: ScenarioNode, for heard: Heard) -> Int? {
        node.branches.firstIndex { $0.condition?.holds(for: heard) ?? true }
    }

    /// Takes the user's reply: lints it, picks the branch and moves on.
    @discardableResult
    public mutating func respond(_ reply: String, skipped: Bool = false) -> TurnOutcome? {
        guard ending == nil, let node = currentNode else { return nil }
        let text = skipped ? "" : reply
        let result = evaluate(text)
        let heard = Heard(result: result, text: text, facts: scenario.facts, difficulty: difficulty)
        let index = Session.branch(at: node, for: heard) ?? max(0, node.branches.count - 1)
        let next = node.branches.isEmpty ? current : node.branches[index].target
        let end = scenario.node(next)?.end
        let outcome = TurnOutcome(
            node: current, kind: node.kind, recruiterLine: recruiterLine(at: current),
            reply: text, result: result, branch: index, next: next, ending: end, skipped: skipped)
        turns.append(outcome)
        current = next
        ending = end
        return outcome
    }

    /// The user's name, learnt during the session (an email's signature) when none was given.
    public mutating func learnName(_ name: String) {
        guard scenario.facts.you == nil else { return }
        scenario.facts.you = name.split(separator: " ").first.map(String.init) ?? name
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

    /// The counted turns as the scorecard reads them.
    public var scoredTurns: [ScoredTurn] {
        finalTurns.map { t in
            ScoredTurn(
                node: t.node, kind: t.kind, score: t.result.score, checked: t.result.checked,
                failed: t.result.findings.map(\.rule), skipped: t.skipped, tempting: scenario.tempting(at: t.node))
        }
    }

    public var scorecard: Scorecard { Scorecard(turns: scoredTurns, ending: ending) }

    /// The session's score: the mean of the counted turns' scores, capped by the ending.
    public var score: Int { scorecard.score }
}
