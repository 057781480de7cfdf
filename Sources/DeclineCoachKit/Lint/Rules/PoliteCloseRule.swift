/// When they turn unprofessional, the reply should end the exchange courteously.
public struct PoliteCloseRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "polite-close", title: "Polite close", level: .warning, family: .expected, scope: .expected(on: [.aggressive]),
        buildsOn: ["hostile", "criticism", "curt", "over-apology", "wavering", "over-explaining", "negotiation"],
        sections: ["pushback"],
        rationale: "Their behaviour reflects on them; a calm, courteous exit keeps it that way.",
        message: "The exchange is not ended calmly and courteously.",
        hint: "Set a boundary, thank them for their time and say goodbye: no arguing, no returning fire.",
        triggering: [
            RuleExample("Whatever.", turn: .aggressive),
            RuleExample("Keep talking to me like that and I'll post this call online. Goodbye.", turn: .aggressive),
            RuleExample("I'm so sorry, I'm so so sorry, please don't be angry with me.", turn: .aggressive),
        ],
        nonTriggering: [
            RuleExample(
                "I'm not going to continue this conversation. Thank you for your time, and I wish you well. Goodbye.", turn: .aggressive),
            RuleExample("Please don't speak to me that way. I'm ending the call now — thank you, and goodbye.", turn: .aggressive),
            RuleExample(
                "Dear Mr. Holt,\n\nI won't be responding further, but I hope things go well for you and the team.\n\nRegards,\nAna",
                channel: .email, turn: .aggressive),
        ])

    /// A close spoiled by any of these is no polite close, even where a scenario skips them.
    static let spoilers: [any Rule.Type] = [
        HostileRule.self, CriticismRule.self, CurtRule.self, OverApologyRule.self,
        WaveringRule.self, OverExplainingRule.self, NegotiationRule.self,
    ]

    public func check(_ draft: Draft) -> [Violation] {
        let courteous =
            !draft.sincereThanks.isEmpty || WellWishesRule.hasWish(draft)
            || draft.hits(.farewell).contains {
                ["take care", "all the best"].contains(draft.analysis.text(from: $0.first, to: $0.last).lowercased())
            }
        let spoiled = PoliteCloseRule.spoilers.contains { !draft.violations(of: $0).isEmpty }
        return courteous && !spoiled ? [] : [Violation()]
    }
}
