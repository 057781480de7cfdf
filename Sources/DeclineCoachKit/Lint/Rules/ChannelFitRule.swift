/// Declining by email where the guide calls for a phone call.
public struct ChannelFitRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "channel-fit", title: "Wrong channel", level: .warning, family: .alwaysOn,
        sections: ["communication-methods", "stages", "special-circumstances"],
        rationale: "After final rounds, paid travel or time with executives, an email alone feels dismissive of what they invested in you.",
        message: "After this much investment, decline by phone first.",
        hint: "Call your contact to tell them, then send this email as the written confirmation (\"as we discussed on the phone...\").",
        triggering: [
            RuleExample(
                "Subject: Withdrawing\n\nDear Chloé,\n\nThank you for «flying me out» to Seattle. I'm withdrawing.\n\nBest,\nBen",
                channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nDear Marcus,\n\nThank you for Monday's final-round interviews. I'm withdrawing my candidacy.\n\nBest,\nJulia",
                channel: .email, stage: .afterFinal),
            RuleExample(
                "Subject: Withdrawing\n\nDear Mr. Okonkwo,\n\nThank you for the hour your «CTO» spent with me. I'm withdrawing.\n\nRegards,\nAnya",
                channel: .email),
        ],
        nonTriggering: [
            RuleExample(
                "Subject: Confirming my withdrawal\n\nDear Farah,\n\nThank you for taking my call this morning. As we discussed, I'm withdrawing.\n\nBest,\nIsaac",
                channel: .email, stage: .afterFinal),
            RuleExample("Hi Ngozi, I'd rather you heard it from me directly: I'm withdrawing from the process.", stage: .afterFinal),
            RuleExample(
                "Subject: Withdrawing\n\nDear Aisha,\n\nThank you for the invitation. I've accepted an offer elsewhere.\n\nBest,\nJordan",
                channel: .email, stage: .invited),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        guard draft.isEmail, draft.context.turn == .decline, draft.hits(.callConfirmed).isEmpty else { return [] }
        let stage = draft.context.stage
        let signal =
            draft.hits(.travelPaid).first ?? draft.hits(.executives).first
            ?? (stage == .invited || stage == .scheduled ? nil : draft.inBody(.finalRound).first)
        if let signal { return [Violation(bytes: draft.bytes(of: signal))] }
        return stage == .afterFinal ? [Violation()] : []
    }
}
