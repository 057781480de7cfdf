/// The stated reason contradicts the known true one.
public struct DishonestReasonRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "dishonest-reason", title: "Dishonest reason", level: .error, family: .alwaysOn, scope: .always(needsReason: true),
        sections: ["what-to-avoid"],
        rationale: "A made-up reason tends to surface later, and then it is the lie people remember, not the decline.",
        message: "The reason you give is not your real one.",
        hint: "Give the true reason briefly, or a general one (\"it isn't the right fit for me\"), rather than a different one.",
        triggering: [
            RuleExample("Hi Naomi, «I've accepted another offer», so I'm withdrawing my application.", reason: .compensation),
            RuleExample("Due to some «personal» circumstances at home, I have to withdraw.", reason: .companyConcerns),
            RuleExample("Sure, I've just «decided to stay» with my current team.", turn: .details, reason: .compensation),
            RuleExample("I'm «relocating» to Scotland for family reasons, so I have to withdraw.", channel: .email, reason: .poorFit),
        ],
        nonTriggering: [
            RuleExample("My current employer made me a counteroffer and I've decided to stay, so I'm withdrawing.", reason: .stayingPut),
            RuleExample(
                "You asked “is it the money?” — no, it isn't. I've simply decided to stay where I am.", turn: .details, reason: .stayingPut),
            RuleExample(
                "Thank you for coming back with an improved package. I've already accepted the other offer.", turn: .counteroffer,
                reason: .acceptedOffer),
            RuleExample("I've decided to withdraw my application.", reason: .logistics),
            // money dismissed, conceded or acknowledged is not the reason given
            RuleExample("Money was never the issue, so I'll say no, but thank you.", turn: .counteroffer, reason: .poorFit),
            RuleExample(
                "That's generous, thanks. But the money doesn't shorten the drive, so I'm still out.", turn: .counteroffer,
                reason: .logistics),
            RuleExample(
                "Right, but even with the mileage paid it's still three hours in the car.", turn: .addressConcerns, reason: .logistics),
            // an offer accepted from the current employer is staying put
            RuleExample(
                "I've already accepted my current employer's counter-proposal, so I won't be moving forward.", channel: .email,
                reason: .stayingPut),
            RuleExample("I've signed the retention agreement here. Thank you for trying.", turn: .addressConcerns, reason: .stayingPut),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        guard let truth = draft.context.reason else { return [] }
        let stated = draft.statedReasons
        guard !stated.isEmpty, !stated.contains(where: { $0.reason.isCompatible(with: truth) }) else { return [] }
        let first = stated.min { $0.hit.first < $1.hit.first }!
        return [
            Violation(
                bytes: draft.bytes(of: first.hit),
                message: "You say \(first.reason.summary), but your real reason is that \(truth.summary).")
        ]
    }
}
