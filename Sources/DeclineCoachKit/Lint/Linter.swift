/// Runs the rules over a text. Pure: no terminal, no files.
public struct Linter: Sendable {
    /// Every rule, from the files in Lint/Rules/ (registered at build time): the
    /// always-on rules first, errors before warnings before suggestions, then by id.
    public static let rules: [any Rule.Type] = registered.sorted { a, b in
        let x = a.description, y = b.description
        if x.family != y.family { return x.family == .alwaysOn }
        if x.level != y.level { return x.level > y.level }
        return x.id < y.id
    }

    public static let descriptions: [RuleDescription] = rules.map { $0.description }

    public static func rule(id: String) -> (any Rule.Type)? { rules.first { $0.description.id == id } }

    public init() {}

    /// The rules a turn kind expects by default (SPEC §2), from each rule's declared scope.
    public static func expectedByDefault(_ turn: TurnKind, channel: Channel) -> [String] {
        rules.map { $0.description }.filter {
            $0.family == .expected && $0.scope.turns.contains(turn) && $0.scope.channels.contains(channel)
        }.map(\.id)
    }

    /// The rule ids that apply in a context, in report order.
    public func applicableRules(_ context: LintContext) -> [String] {
        Linter.rules.map { $0.description }.filter { d in
            if context.skip.contains(d.id) { return false }
            let scope = d.scope
            if scope.needsReason && context.reason == nil { return false }
            switch d.family {
            case .alwaysOn:
                return scope.turns.contains(context.turn) && scope.channels.contains(context.channel)
            case .expected:
                if context.expect.contains(d.id) { return true }
                if scope.needsFutureInterest && !context.futureInterest { return false }
                return scope.turns.contains(context.turn) && scope.channels.contains(context.channel)
            }
        }.map(\.id)
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
        // Saying nothing is ghosting, and it also misses every part the turn expected; the
        // always-on rules have nothing to judge, so they are not counted as passed.
        if draft.analysis.tokens.isEmpty {
            let expected = Linter.rules.filter { applicable.contains($0.description.id) && $0.description.family == .expected }
            let findings =
                GhostingRule().check(draft).map { finding(GhostingRule.description, $0, draft) }
                + expected.map { finding($0.description, Violation(), draft) }
            return LintResult(
                context: context, checked: ["ghosting"] + expected.map { $0.description.id }, findings: findings,
                score: LintResult.score(findings))
        }
        var findings: [Finding] = []
        for rule in Linter.rules where applicable.contains(rule.description.id) {
            findings += draft.violations(of: rule).map { finding(rule.description, $0, draft, located: false) }
        }
        // every finding's line and column in one sweep over the text
        let places = draft.analysis.locations(ofBytes: findings.compactMap(\.byteRange).flatMap { [$0.lowerBound, $0.upperBound] })
        for i in findings.indices {
            guard let range = findings[i].byteRange, let start = places[range.lowerBound], let end = places[range.upperBound] else {
                continue
            }
            findings[i].line = start.line; findings[i].column = start.column; findings[i].endLine = end.line;
            findings[i].endColumn = end.column
        }
        findings.sort { a, b in
            if a.level != b.level { return a.level > b.level }
            return (a.byteRange?.lowerBound ?? Int.max) < (b.byteRange?.lowerBound ?? Int.max)
        }
        var result = LintResult(
            context: context, checked: applicable, findings: findings, score: LintResult.score(findings),
            statedReasons: draft.statedReasons.map(\.reason))
        if context.channel == .email, let range = draft.email?.signature {
            result.signedName = Linter.name(inSignature: draft.text(range))
        }
        return result
    }

    /// The person's name in a signature line: its leading capitalised words, without an address
    /// or a template slot ("Mira Jensen <mira@example.com>" gives "Mira Jensen", "[Your Name]" none).
    static func name(inSignature line: String) -> String? {
        var words: [Substring] = []
        for word in line.split(separator: " ") {
            guard let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }) else {
                break
            }
            words.append(word)
            if words.count == 3 { break }
        }
        let name = words.joined(separator: " ")
        return name.isEmpty || name.count > 60 ? nil : name
    }

    func finding(_ d: RuleDescription, _ v: Violation, _ draft: Draft, located: Bool = true) -> Finding {
        var f = Finding(
            rule: d.id, level: d.level, message: v.message ?? d.message, hint: d.hint,
            section: d.guideSections.first?.heading ?? "")
        if let range = v.bytes, !range.isEmpty {
            if located {  // else the caller places all findings at once
                let start = draft.analysis.location(ofByte: range.lowerBound)
                let end = draft.analysis.location(ofByte: range.upperBound)
                f.line = start.line; f.column = start.column; f.endLine = end.line; f.endColumn = end.column
            }
            f.byteRange = range
            f.excerpt = draft.text(range.lowerBound..<min(range.upperBound, range.lowerBound + 240))
        }
        return f
    }
}
