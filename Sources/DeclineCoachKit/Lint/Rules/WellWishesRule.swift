import DeclineCoachText

/// The reply should wish them well: success, the right candidate.
public struct WellWishesRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "well-wishes", title: "Good wishes", level: .suggestion, family: .expected, scope: .expected(on: [.decline, .close]),
        sections: ["what-to-include"],
        rationale: "A short good wish ends the conversation on goodwill rather than on the no.",
        message: "The reply wishes them nothing.",
        hint: "Close with a wish: \"I hope you find someone great for the role.\"",
        triggering: [
            RuleExample("Bye.", turn: .close),
            RuleExample("Great. Good luck with that shambles of a hiring process.", turn: .close),
            RuleExample("I've seen the pay range and I'm going to withdraw my application. I'd be glad to hear about future openings."),
        ],
        nonTriggering: [
            RuleExample("Thanks again for understanding, Marco. Best of luck finding the right person, and take care.", turn: .close),
            RuleExample("Thank you, Helen. I hope you find someone brilliant.", turn: .close),
            RuleExample("Appreciate it, Yusuf. Wishing you and the Ardent team every success with the new plant.", turn: .close),
        ])

    static func hasWish(_ draft: Draft) -> Bool {
        let sincere = { (hit: Hit) in !draft.sarcasticSentences.contains(draft.analysis.sentence(of: hit)) && !draft.analysis.isNegated(hit)
        }
        if draft.inBody(.wellWish).contains(where: sincere) { return true }
        for hope in draft.inBody(.hopeFor) where sincere(hope) {
            let s = draft.analysis.sentence(of: hope)
            if draft.hits(.goodOutcome, inSentence: s).contains(where: { $0.first > hope.first }) { return true }
        }
        return false
    }

    public func check(_ draft: Draft) -> [Violation] {
        WellWishesRule.hasWish(draft) ? [] : [Violation()]
    }
}
