/// Silence is the worst decline: an empty reply, a skipped or timed-out turn, an empty draft.
public struct GhostingRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "ghosting", title: "Ghosting", level: .error, family: .alwaysOn,
        sections: ["timing", "what-to-avoid"],
        rationale: "Saying nothing leaves the recruiter guessing and costs you more goodwill than any clumsy no.",
        message: "Nothing was said: silence reads as ghosting.",
        hint: "Say something, even one courteous sentence that gives your decision.",
        triggering: [
            RuleExample(""),
            RuleExample("   \n\t "),
            RuleExample("\n\u{00A0}\n", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Thank you, but I'm withdrawing."),
            RuleExample("No."),
            RuleExample("Subject: Withdrawal\n\nDear Ana, I'm withdrawing. Thanks, Sam", channel: .email),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        draft.analysis.tokens.isEmpty ? [Violation()] : []
    }
}
