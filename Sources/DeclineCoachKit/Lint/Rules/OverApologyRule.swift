/// More than one apology, or grovelling.
public struct OverApologyRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "over-apology", title: "Over-apologising", level: .warning, family: .alwaysOn,
        sections: ["what-to-avoid"],
        rationale: "One apology for the inconvenience is gracious; more makes the exchange awkward and the decision sound shaky.",
        message: "Too much apology: one is enough.",
        hint: "Keep a single \"sorry for any inconvenience\" and let the rest go.",
        triggering: [
            RuleExample("I'm «so, so sorry» to do this, and I feel terrible about the timing.", channel: .email),
            RuleExample("I'm sorry for the extra work. I'm «sorry» I chose the other offer.", turn: .frustration),
            RuleExample("I'm so sorry, I'm «so so sorry», please don't be angry with me.", turn: .aggressive),
            RuleExample("Apologies for the short notice, and «sorry» again for the trouble.", turn: .postpone),
        ],
        nonTriggering: [
            RuleExample("I'm sorry for any inconvenience. I hope you find a great candidate soon.", turn: .frustration),
            RuleExample("I'm sorry you feel that way. I won't be responding further.", channel: .email, turn: .aggressive),
            RuleExample("I was sorry to hear about the restructure. I'm withdrawing, and I apologise for the short notice."),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        if let grovel = draft.affirmed(.grovel).first { return [Violation(bytes: draft.bytes(of: grovel))] }
        let sympathy = draft.hits(.sympathy)
        let apologies = draft.affirmed(.apology).filter { hit in
            !sympathy.contains { $0.first <= hit.first && $0.last >= hit.first }
        }
        guard apologies.count >= 2 else { return [] }
        return [Violation(bytes: draft.bytes(of: apologies[1]), message: "\(apologies.count) apologies: one is enough.")]
    }
}
