/// An email should greet a named person, not "To whom it may concern".
public struct GreetingRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "greeting", title: "Named greeting", level: .suggestion, family: .expected, scope: .expected(on: [.decline], channels: [.email]),
        sections: ["email-templates", "relationships"],
        rationale: "Greeting the recruiter by name shows the message was written for them.",
        message: "The email does not greet anyone by name.",
        hint: "Open with the person's name: \"Dear Priya,\" or \"Hi Marco,\".",
        triggering: [
            RuleExample("Subject: Withdrawing\n\nTo whom it may concern,\n\nI'm withdrawing.\n\nSincerely,\nMarta", channel: .email),
            RuleExample("Subject: Withdrawing\n\nDear <Name>,\n\nI'm withdrawing.\n\nBest,\nTariq", channel: .email),
            RuleExample("Subject: Withdrawing\n\nThank you for asking me to interview. I'm withdrawing.\n\nKind regards,\nImogen", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Subject: Withdrawing\n\nDear Mr. Haddad,\n\nI'm withdrawing.\n\nWarm regards,\nSofia", channel: .email),
            RuleExample("Subject: Withdrawing\n\nHi Daniel,\n\nI'm withdrawing.\n\nBest,\nRenée", channel: .email),
            RuleExample("Subject: Withdrawing\n\nMarco,\n\nI'm withdrawing.\n\nBest,\nJess", channel: .email),
        ])

    static let generic: Set<String> = ["sir", "madam", "hiring", "manager", "managers", "team", "teams", "recruiter", "recruiters",
        "recruiting", "all", "everyone", "everybody", "there", "whom", "concern", "colleagues", "friends", "hr", "talent",
        "acquisition", "committee", "department", "panel", "it", "may", "to", "dear", "hi", "hello", "hey", "the", "and", "or",
        "at", "good", "morning", "afternoon", "evening", "greetings", "folks", "people", "mr", "mrs", "ms", "dr", "name", "recruitment",
        "candidate", "candidates", "human", "resources", "first", "last"]
    static let teamWords: Set<String> = ["team", "teams", "managers", "committee", "department", "hiring", "recruiters", "companies"]

    public func check(_ draft: Draft) -> [Violation] {
        guard let greeting = draft.email?.greeting else { return [Violation()] }
        let raw = draft.text(greeting)
        if raw.contains("<") || raw.contains("{") || raw.contains("[") || raw.contains("_") { return [Violation()] }
        let words = draft.analysis.tokenRange(inBytes: greeting).map { draft.word($0) }
        if words.contains(where: GreetingRule.teamWords.contains) { return [Violation()] }
        let named = draft.analysis.tokenRange(inBytes: greeting).contains { k in
            draft.tokens[k].has(.capitalised) && draft.tokens[k].has(.alphabetic) && !GreetingRule.generic.contains(draft.word(k))
        }
        return named ? [] : [Violation()]
    }
}
