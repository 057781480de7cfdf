/// An email should end with a closing and a name.
public struct SignOffRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "sign-off", title: "Sign-off", level: .warning, family: .expected, scope: .expected(on: [.decline], channels: [.email]),
        sections: ["email-templates"],
        rationale: "A closing and your name finish the message properly; without them it reads as cut off or careless.",
        message: "The email does not end with a closing and your name.",
        hint: "End with a closing line and your full name, e.g. \"Kind regards,\" then your name.",
        triggering: [
            RuleExample("Subject: Withdrawing\n\nDear Sir or Madam,\n\nI will not be proceeding.\n\nKind regards", channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nHi Arjun,\n\nI'm withdrawing my application. I'd be happy to hear from you.", channel: .email),
            RuleExample("Subject: Withdrawing\n\nDear Dr. Mensah,\n\nI'm withdrawing my application.\n\nThanks again,", channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nDear Ms Varga,\n\nI'm withdrawing my application.\n\nKind regards,\n[Your Name]", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Subject: Withdrawing\n\nDear Aisha,\n\nI'm withdrawing.\n\nKind regards,\nJordan Ellis", channel: .email),
            RuleExample("Subject: Withdrawing\n\nDear Aisha,\n\nI'm withdrawing.\n\nBest regards, Jordan Ellis", channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nDear Aisha,\n\nI'm withdrawing.\n\nKind regards,\nMira Jensen <mira.jensen@example.com>",
                channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nHi Dev,\n\nI've accepted another offer, so I'm withdrawing. Many thanks for your help, and good luck filling the role!\nPriya Nair",
                channel: .email),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        guard let parts = draft.email, parts.closing != nil, parts.signature != nil else { return [Violation()] }
        return []
    }
}
