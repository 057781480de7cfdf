import Foundation

/// Whether a rule looks for something wrong, or for something that should be there.
public enum RuleFamily: String, Sendable, Codable {
    /// Looks for a problem in every reply and draft.
    case alwaysOn = "always-on"
    /// Reports a finding when something the turn calls for is missing.
    case expected
}

/// Where a rule applies, declared by the rule itself (SPEC §2's turn table is
/// built from these): the linter never special-cases a rule id.
public struct RuleScope: Sendable {
    /// Turn kinds where the rule is checked (an always-on rule) or expected by default (an expected rule).
    public var turns: Set<TurnKind>
    public var channels: Set<Channel>
    /// Checked only when the true reason is known (`--reason`, a scenario's facts).
    public var needsReason = false
    /// Expected only when the user would genuinely like to hear from them again.
    public var needsFutureInterest = false

    /// An always-on rule: every turn but `except`.
    public static func always(except: Set<TurnKind> = [], needsReason: Bool = false) -> RuleScope {
        RuleScope(turns: Set(TurnKind.allCases).subtracting(except), channels: Set(Channel.allCases), needsReason: needsReason)
    }

    /// An expected rule, expected by default on these turns and channels (a scenario's `expect:` adds more).
    public static func expected(
        on turns: Set<TurnKind>, channels: Set<Channel> = Set(Channel.allCases),
        needsFutureInterest: Bool = false
    ) -> RuleScope {
        RuleScope(turns: turns, channels: channels, needsFutureInterest: needsFutureInterest)
    }
}

/// A reply used to show and test a rule. In a triggering example the words
/// the rule should point at are wrapped in `«` and `»`.
public struct RuleExample: Sendable, Equatable {
    public var text: String
    public var context: LintContext

    public init(
        _ text: String, channel: Channel = .phone, turn: TurnKind = .decline, reason: Reason? = nil,
        stage: Stage? = nil, futureInterest: Bool = true
    ) {
        self.text = text
        self.context = LintContext(channel: channel, turn: turn, reason: reason, stage: stage, futureInterest: futureInterest)
    }

    /// The text without the `«»` marks.
    public var plainText: String { text.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "") }

    /// The marked span in the plain text, as UTF-8 byte offsets.
    public var markedRange: Range<Int>? {
        guard let open = text.range(of: "«"), let close = text.range(of: "»") else { return nil }
        let start = text[..<open.lowerBound].utf8.count
        let end = start + text[open.upperBound..<close.lowerBound].utf8.count
        return start..<end
    }
}

/// What a rule says about itself: enough to document it, cite the guide and test it.
public struct RuleDescription: Sendable {
    public let id: String
    public let title: String
    public let level: Level
    public let family: RuleFamily
    /// Where it applies; every turn and channel unless the rule says otherwise.
    public var scope: RuleScope = .always()
    /// Rules whose findings this one reads (through `Draft.violations(of:)`), whether or not they apply here.
    public var buildsOn: [String] = []
    /// Guide section ids (see `Guide.sections`), most relevant first.
    public let sections: [String]
    public let rationale: String
    public let message: String
    public let hint: String
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]

    public var guideSections: [GuideSection] { sections.compactMap(Guide.section(id:)) }
    /// The headings, joined as the JSON `section` field shows them.
    public var sectionHeadings: String { guideSections.map(\.heading).joined(separator: "; ") }
}

/// Where a rule found its problem, and optionally a more specific message.
public struct Violation: Sendable {
    public var bytes: Range<Int>?
    public var message: String?
    public init(bytes: Range<Int>? = nil, message: String? = nil) { self.bytes = bytes; self.message = message }
}

/// A linter rule: one type per file, describing itself with examples that the
/// test suite runs. `check` is pure: it reads the draft and returns violations.
/// An expected rule returns one range-less violation when what it looks for is missing.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ draft: Draft) -> [Violation]
}

extension Rule {
    public var description: RuleDescription { Self.description }
}
