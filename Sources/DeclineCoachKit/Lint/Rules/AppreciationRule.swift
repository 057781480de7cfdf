/// The reply should thank them or say it appreciates their time.
public struct AppreciationRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "appreciation", title: "Appreciation", level: .warning, family: .expected,
        scope: .expected(on: [.decline, .addressConcerns, .counteroffer, .postpone]),
        sections: ["what-to-include"],
        rationale: "They spent time on you; thanking them is the cheapest way to leave a good impression.",
        message: "There is no word of thanks.",
        hint: "Thank them for their time or for the offer, specifically if you can.",
        triggering: [
            RuleExample("Can we move it? Next week's bad.", turn: .postpone),
            RuleExample("Oh, thanks a lot — you've already wasted my week. I'm still withdrawing.", turn: .addressConcerns),
            RuleExample("No. The decision's made and I'm withdrawing.", turn: .addressConcerns),
        ],
        nonTriggering: [
            RuleExample("That's really kind of you to suggest a hybrid arrangement. My decision stands, though.", turn: .addressConcerns),
            // thanks before a "but" stays sincere whatever follows it
            RuleExample("Thanks, but this is the third time you've come back with a new figure. I've signed.", turn: .counteroffer),
            RuleExample("I appreciate that, truly. But I'm withdrawing.", turn: .counteroffer),
            RuleExample("Thank you so much for the invitation. Could we move the interview to next week?", turn: .postpone),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        draft.sincereThanks.isEmpty ? [Violation()] : []
    }
}
