/// A short reason should be given.
public struct BriefReasonRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "brief-reason", title: "Brief reason", level: .suggestion, family: .expected, scope: .expected(on: [.decline]),
        sections: ["what-to-include"],
        rationale: "One honest sentence of why helps the company understand and makes the moment less awkward.",
        message: "No reason is given.",
        hint: "Add one short, honest reason: another offer, the fit, the pay, your circumstances.",
        triggering: [
            RuleExample("Hi Petra, thanks for reaching out. I've decided not to go ahead with my application."),
            RuleExample("Thank you for arranging my interview. After a good deal of thought, I've decided to withdraw from the process.", channel: .email),
            RuleExample("Hi Nadia, thanks for calling. I've decided to withdraw from the process. I hope you find a great producer."),
        ],
        nonTriggering: [
            RuleExample("I've accepted a role elsewhere, so I'm withdrawing from the process."),
            RuleExample("I've realised the position doesn't match the direction I want to take, so I'd like to withdraw."),
            RuleExample("Because of a change in my family circumstances, I must withdraw.", channel: .email),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        if !draft.statedReasons.isEmpty { return [] }
        let because = draft.inBody(.causal).contains { !draft.analysis.isNegated($0) && Int($0.last) + 2 < draft.tokens.count }
        return because ? [] : [Violation()]
    }
}
