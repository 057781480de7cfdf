/// Where something is in a scenario file (1-based).
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static let start = SourceLocation(line: 1, column: 1)
}

/// How a conversation ended.
public enum Ending: String, CaseIterable, Sendable, Codable {
    case graceful, awkward
    case burnedBridge = "burned-bridge"

    public var summary: String {
        switch self {
        case .graceful: "ended on good terms"
        case .awkward: "ended awkwardly"
        case .burnedBridge: "burned the bridge"
        }
    }
}

/// What the user knows going in: the scenario's facts.
public struct Facts: Sendable, Equatable {
    public var company: String?
    public var role: String?
    public var contact: String?
    public var contactRole: String?
    public var reason: Reason?
    public var futureInterest: Bool = true

    /// How the other side is introduced: "Priya Shah (recruiter)".
    public var speaker: String {
        let name = contact ?? "Recruiter"
        return contactRole.map { "\(name) (\($0))" } ?? name
    }

    /// Names that count as a personal touch when the user mentions them.
    public var names: [String] {
        var result: [String] = []
        if let company { result.append(company) }
        if let contact {
            result.append(contact)
            if let first = contact.split(separator: " ").first, first.count > 1 { result.append(String(first)) }
        }
        return result
    }
}

/// When a branch is taken, judged on the linter's verdict for the reply.
public indirect enum Condition: Sendable, Equatable {
    /// Any of these rules reported a finding.
    case fails([String])
    /// All of these rules were checked and passed.
    case passes([String])
    case all([Condition])
    case any([Condition])

    public func holds(for result: LintResult) -> Bool {
        switch self {
        case .fails(let rules): rules.contains { result.failed($0) }
        case .passes(let rules): rules.allSatisfy { result.passed($0) }
        case .all(let conditions): conditions.allSatisfy { $0.holds(for: result) }
        case .any(let conditions): conditions.contains { $0.holds(for: result) }
        }
    }

    /// Every rule id the condition mentions.
    public var rules: [String] {
        switch self {
        case .fails(let r), .passes(let r): r
        case .all(let c), .any(let c): c.flatMap(\.rules)
        }
    }

    public var summary: String {
        switch self {
        case .fails(let r): "fails \(r.joined(separator: " or "))"
        case .passes(let r): "passes \(r.joined(separator: " and "))"
        case .all(let c): c.map(\.summary).joined(separator: " and ")
        case .any(let c): c.map(\.summary).joined(separator: " or ")
        }
    }
}

public struct Branch: Sendable, Equatable {
    /// nil: the default branch.
    public var condition: Condition?
    public var target: String
    /// A reply that must take this branch (checked by `decline-coach check`).
    public var sample: String?
    public var location: SourceLocation
    public var targetLocation: SourceLocation
    public var sampleLocation: SourceLocation?
}

/// One moment of the conversation: the recruiter says something, the user replies.
public struct ScenarioNode: Sendable, Equatable {
    public var id: String
    /// Variants of the recruiter's line; one is picked by the session's seed.
    public var recruiter: [String]
    public var kind: TurnKind
    public var expect: [String] = []
    public var skip: [String] = []
    public var hint: String?
    public var model: String?
    public var branches: [Branch] = []
    /// Set on ending nodes, which take no reply.
    public var end: Ending?
    public var location: SourceLocation

    public var isEnding: Bool { end != nil }
}

public struct ScenarioExample: Sendable, Equatable {
    public var name: String
    public var replies: [String]
    public var ending: Ending
    public var location: SourceLocation
}

/// A scripted recruiter who reacts to what the user says (SPEC §5).
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var channel: Channel
    public var stage: Stage?
    public var facts: Facts
    public var briefing: String
    public var start: String
    public var nodes: [String: ScenarioNode]
    /// Node ids in file order.
    public var order: [String]
    public var examples: [ScenarioExample]
    /// Content digest of the file, recorded in transcripts to notice later edits.
    public var digest: String
    public var path: String

    public func node(_ id: String) -> ScenarioNode? { nodes[id] }

    /// The turn kinds the user meets, in file order, without repeats.
    public var kinds: [TurnKind] {
        var seen: [TurnKind] = []
        for id in order { if let n = nodes[id], !n.isEnding, !seen.contains(n.kind) { seen.append(n.kind) } }
        return seen
    }

    public var endings: [Ending] {
        var seen: [Ending] = []
        for id in order { if let e = nodes[id]?.end, !seen.contains(e) { seen.append(e) } }
        return seen
    }

    /// The linter context for a reply at `node`.
    public func context(at node: ScenarioNode) -> LintContext {
        LintContext(channel: channel, turn: node.kind, reason: facts.reason, stage: stage,
                    futureInterest: facts.futureInterest, names: facts.names, expect: node.expect, skip: node.skip)
    }
}
