/// Runs the rules over a text. Pure: no terminal, no files.
public struct Linter: Sendable {
    /// Every rule, in the order findings are reported within a level.
    public static let rules: [any Rule.Type] = [
        GhostingRule.self, PlaceholderRule.self, HostileRule.self, CriticismRule.self, CurtRule.self,
        NegotiationRule.self, WaveringRule.self, DishonestReasonRule.self, MassEmailRule.self,
        OverApologyRule.self, ApologizeForDecisionRule.self, OverExplainingRule.self, ChannelFitRule.self,
        ClearDecisionRule.self, AppreciationRule.self, AcknowledgeFeelingsRule.self, PoliteCloseRule.self,
        SubjectLineRule.self, SignOffRule.self, BriefReasonRule.self, WellWishesRule.self, DoorOpenRule.self,
        PersonalTouchRule.self, GreetingRule.self,
    ]

    public static let descriptions: [RuleDescription] = rules.map { $0.description }

    /// Always-on rules first, so the expected rules that depend on them (polite-close) see what fired.
    static let runOrder: [any Rule.Type] = rules.filter { $0.description.family == .alwaysOn } + rules.filter { $0.description.family == .expected }

    public static func rule(id: String) -> (any Rule.Type)? { rules.first { $0.description.id == id } }

    public init() {}

    /// The rules each turn kind expects by default (SPEC §2).
    public static func expectedByDefault(_ turn: TurnKind, channel: Channel) -> [String] {
        switch turn {
        case .decline:
            let base = ["appreciation", "clear-decision", "brief-reason", "well-wishes", "door-open", "personal-touch"]
            return channel == .email ? base + ["subject-line", "greeting", "sign-off"] : base
        case .details: return []
        case .addressConcerns, .counteroffer: return ["clear-decision", "appreciation"]
        case .frustration: return ["acknowledge-feelings"]
        case .aggressive: return ["polite-close"]
        case .close: return ["well-wishes"]
        case .postpone: return ["appreciation"]
        }
    }

    /// The rule ids that apply in a context, in report order.
    public func applicableRules(_ context: LintContext) -> [String] {
        var expected = Set(Linter.expectedByDefault(context.turn, channel: context.channel))
        if !context.futureInterest { expected.remove("door-open") }
        expected.formUnion(context.expect)
        var result: [String] = []
        for rule in Linter.rules {
            let d = rule.description
            if context.skip.contains(d.id) { continue }
            switch d.family {
            case .alwaysOn:
                if d.id == "wavering" && context.turn == .postpone { continue }
                if d.id == "dishonest-reason" && context.reason == nil { continue }
                result.append(d.id)
            case .expected:
                if d.id == "clear-decision" && context.turn == .postpone && !context.expect.contains(d.id) { continue }
                if expected.contains(d.id) { result.append(d.id) }
            }
        }
        return result
    }

    public func lint(_ text: String, context: LintContext) -> LintResult {
        lint(draft: Draft(text: text, context: context))
    }

    public func lint(bytes: [UInt8], context: LintContext) -> LintResult {
        lint(draft: Draft(analysis: TextAnalysis(bytes: bytes, lexicon: Cue.lexicon, cueCount: Cue.count), context: context))
    }

    public func lint(draft: Draft) -> LintResult {
        let context = draft.context
        let applicable = applicableRules(context)
        // Saying nothing is the one finding that matters: the other rules have nothing to judge.
        if draft.analysis.tokens.isEmpty {
            let findings = GhostingRule().check(draft).map { finding(GhostingRule.description, $0, draft) }
            return LintResult(context: context, checked: ["ghosting"], findings: findings, score: LintResult.score(findings))
        }
        var findings: [Finding] = []
        for rule in Linter.runOrder where applicable.contains(rule.description.id) {
            let d = rule.description
            let violations = rule.init().check(draft)
            if !violations.isEmpty { draft.fired.insert(d.id) }
            findings += violations.map { finding(d, $0, draft) }
        }
        findings.sort { a, b in
            if a.level != b.level { return a.level > b.level }
            return (a.byteRange?.lowerBound ?? Int.max) < (b.byteRange?.lowerBound ?? Int.max)
        }
        return LintResult(context: context, checked: applicable, findings: findings, score: LintResult.score(findings))
    }

    func finding(_ d: RuleDescription, _ v: Violation, _ draft: Draft) -> Finding {
        var f = Finding(rule: d.id, level: d.level, message: v.message ?? d.message, hint: d.hint,
                        section: d.guideSections.first?.heading ?? "")
        if let range = v.bytes, !range.isEmpty {
            let start = draft.analysis.location(ofByte: range.lowerBound)
            let end = draft.analysis.location(ofByte: range.upperBound)
            f.line = start.line; f.column = start.column; f.endLine = end.line; f.endColumn = end.column
            f.byteRange = range
            f.excerpt = draft.text(range.lowerBound..<min(range.upperBound, range.lowerBound + 240))
        }
        return f
    }
}
