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

/// How hard the recruiter pushes (`practice --difficulty`). A scenario tests it in a condition
/// (`{difficulty: tough}`) to push once more, or to say a line differently.
public enum Difficulty: String, CaseIterable, Sendable, Codable, Comparable {
    case gentle, standard, tough

    public static func < (a: Difficulty, b: Difficulty) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
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
    /// How the recruiter sounds with `--voice` (nil: derived from the contact).
    public var voice: Voice?
    /// The user's own name, when they gave one (`practice --name`, or their saved profile).
    public var you: String?

    public init() {}

    /// The recruiter's voice: the scenario's own, or one the contact's name picks.
    public var spokenVoice: Voice { voice ?? Voice.derived(from: contact ?? "Recruiter") }

    /// How the other side is introduced: "Priya Shah (recruiter)".
    public var speaker: String {
        let name = contact ?? "Recruiter"
        return contactRole.map { "\(name) (\($0))" } ?? name
    }

    /// The placeholders a recruiter line, hint or model may use.
    public static let placeholders = ["you", "contact", "company", "role"]

    /// `text` with `{you}`, `{contact}`, `{company}` and `{role}` filled in. An unknown name drops
    /// out with the comma or space before it ("Thanks, {you}!" becomes "Thanks!"); an unknown
    /// contact, company or role reads as a neutral phrase ("the team", "the role").
    public func fill(_ text: String) -> String {
        guard text.contains("{") else { return text }
        var out = text
        // a signature line of a model email: show where the name goes
        if you == nil || you!.isEmpty {
            out = out.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) == "{you}" ? "(your name)" : String($0) }.joined(separator: "\n")
        }
        let firstName = contact.flatMap { $0.split(separator: " ").first.map(String.init) }
        let values: [(String, String?, String)] = [
            ("you", you, ""), ("contact", firstName, "the team"), ("company", company, "the company"), ("role", role, "the role"),
        ]
        for (key, value, fallback) in values {
            let token = "{\(key)}"
            guard out.contains(token) else { continue }
            if let value, !value.isEmpty { out = out.replacingOccurrences(of: token, with: value); continue }
            if fallback.isEmpty {
                for pattern in [", " + token, " " + token, token] { out = out.replacingOccurrences(of: pattern, with: "") }
            } else {
                out = out.replacingOccurrences(of: token, with: fallback)
            }
        }
        return out
    }

    /// The scenario's facts with the user's own: what they gave wins, the rest stays.
    public func merging(_ user: UserFacts) -> Facts {
        var f = self
        if let v = user.name { f.you = v }
        if let v = user.company { f.company = v }
        if let v = user.contact { f.contact = v }
        if let v = user.role { f.role = v }
        return f
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

/// What a condition is judged on: the linter's verdict, the reply's words and the facts of the call.
public struct Heard: Sendable {
    public var result: LintResult
    public var text: String
    public var facts: Facts
    public var difficulty: Difficulty
    public init(result: LintResult, text: String, facts: Facts, difficulty: Difficulty = .standard) {
        self.result = result; self.text = text; self.facts = facts; self.difficulty = difficulty
    }

    /// Whether the reply named the contact (full name or first name) or the company.
    public func named(_ what: Condition.Named) -> Bool {
        let candidates: [String]
        switch what {
        case .contact: candidates = facts.contact.map { [$0] + ($0.split(separator: " ").first.map { [String($0)] } ?? []) } ?? []
        case .company: candidates = facts.company.map { [$0] } ?? []
        }
        return candidates.contains { Heard.contains(text, word: $0) }
    }

    /// `word` in `text` as a whole word, case-insensitively ("Ana" is not in "Banana").
    static func contains(_ text: String, word: String) -> Bool {
        guard !word.isEmpty else { return false }
        var searchRange = text.startIndex..<text.endIndex
        while let r = text.range(of: word, options: [.caseInsensitive], range: searchRange) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchRange = r.upperBound..<text.endIndex
        }
        return false
    }
}

/// The user's real call: their name and, when they give them, the company, contact and role
/// (`practice --name --company --contact --role`).
public struct UserFacts: Sendable, Equatable {
    public var name: String?
    public var company: String?
    public var contact: String?
    public var role: String?
    public init(name: String? = nil, company: String? = nil, contact: String? = nil, role: String? = nil) {
        self.name = name; self.company = company; self.contact = contact; self.role = role
    }
    public var isEmpty: Bool { name == nil && company == nil && contact == nil && role == nil }
}

/// When a branch is taken (or a recruiter line variant chosen), judged on what was heard.
public indirect enum Condition: Sendable, Equatable {
    /// Any of these rules reported a finding.
    case fails([String])
    /// All of these rules were checked and passed.
    case passes([String])
    /// The reply gave this reason for declining (nil: any of the reasons).
    case said(Reason?)
    /// The reply named the contact or the company.
    case named(Named)
    /// The session is played at one of these difficulties.
    case difficulty([Difficulty])
    case all([Condition])
    case any([Condition])

    public enum Named: String, Sendable, CaseIterable { case contact, company }

    public func holds(for heard: Heard) -> Bool {
        switch self {
        case .fails(let rules): rules.contains { heard.result.failed($0) }
        case .passes(let rules): rules.allSatisfy { heard.result.passed($0) }
        case .said(let reason): reason.map { heard.result.statedReasons.contains($0) } ?? !heard.result.statedReasons.isEmpty
        case .named(let what): heard.named(what)
        case .difficulty(let levels): levels.contains(heard.difficulty)
        case .all(let conditions): conditions.allSatisfy { $0.holds(for: heard) }
        case .any(let conditions): conditions.contains { $0.holds(for: heard) }
        }
    }

    /// Whether some reply could meet the condition at `difficulty` (only the difficulty is known).
    public func possible(at difficulty: Difficulty) -> Bool {
        switch self {
        case .difficulty(let levels): levels.contains(difficulty)
        case .fails, .passes, .said, .named: true
        case .all(let c): c.allSatisfy { $0.possible(at: difficulty) }
        case .any(let c): c.contains { $0.possible(at: difficulty) }
        }
    }

    /// Whether every reply meets the condition at `difficulty`: it tests nothing but the difficulty.
    public func certain(at difficulty: Difficulty) -> Bool {
        switch self {
        case .difficulty(let levels): levels.contains(difficulty)
        case .fails, .passes, .said, .named: false
        case .all(let c): c.allSatisfy { $0.certain(at: difficulty) }
        case .any(let c): c.contains { $0.certain(at: difficulty) }
        }
    }

    /// The difficulties the condition requires, when it names any (a sample is checked at the first).
    public var difficulties: [Difficulty]? {
        switch self {
        case .difficulty(let levels): levels
        case .fails, .passes, .said, .named, .any: nil
        case .all(let c): c.lazy.compactMap(\.difficulties).first
        }
    }
    /// Every rule id the condition mentions.
    public var rules: [String] {
        switch self {
        case .fails(let r), .passes(let r): r
        case .said, .named, .difficulty: []
        case .all(let c), .any(let c): c.flatMap(\.rules)
        }
    }

    /// The reasons the condition requires to have been said (for `check`'s presupposition test).
    public var saidReasons: [Reason?] {
        switch self {
        case .said(let r): [r]
        case .all(let c): c.flatMap(\.saidReasons)
        default: []
        }
    }

    public var summary: String {
        switch self {
        case .fails(let r): "fails \(r.joined(separator: " or "))"
        case .passes(let r): "passes \(r.joined(separator: " and "))"
        case .said(let r): "said \(r?.rawValue ?? "a reason")"
        case .named(let n): "named the \(n.rawValue)"
        case .difficulty(let levels): "is played \(levels.map(\.rawValue).joined(separator: " or "))"
        case .all(let c): c.map(\.summary).joined(separator: " and ")
        case .any(let c): c.map(\.summary).joined(separator: " or ")
        }
    }
}

/// A recruiter line variant said only when the reply that led here meets a condition
/// ("Oh, congratulations: who with?" only after the user said they accepted an offer).
public struct ConditionalLine: Sendable, Equatable {
    public var condition: Condition
    public var line: String
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
    /// Variants said when the reply that led here meets their condition; the first that holds wins.
    public var heardLines: [ConditionalLine] = []
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
    /// The difficulty the example is played at (`difficulty:`; standard when not given).
    public var difficulty: Difficulty = .standard
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

    /// This scenario as the user's own call: their facts in place of the scenario's.
    public func personalised(_ user: UserFacts) -> Scenario {
        var s = self
        s.facts = facts.merging(user)
        return s
    }

    /// The briefing with the facts filled in.
    public var filledBriefing: String { facts.fill(briefing) }

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
        context(turn: node.kind, expect: node.expect, skip: node.skip)
    }

    /// The linter context for a reply of this scenario that is not at one of its nodes (the
    /// confirming email after a call), with this scenario's facts.
    public func context(turn: TurnKind, channel: Channel? = nil, expect: [String] = [], skip: [String] = []) -> LintContext {
        LintContext(
            channel: channel ?? self.channel, turn: turn, reason: facts.reason, stage: stage,
            futureInterest: facts.futureInterest, names: facts.names, expect: expect, skip: skip)
    }
}
