/// An email needs a subject that names the withdrawal or the position.
public struct SubjectLineRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "subject-line", title: "Subject line", level: .warning, family: .expected, scope: .expected(on: [.decline], channels: [.email]),
        sections: ["email-templates"],
        rationale: "A subject like \"Withdrawal: Data Analyst\" tells the reader what the email is before they open it, and files it in the right place.",
        message: "The subject line is missing or says nothing about the withdrawal or the position.",
        hint: "Start the email with a line such as \"Subject: Withdrawing from the <position> process\".",
        triggering: [
            RuleExample("Subject: Hello\n\nDear Yusuf,\n\nI have to pull out.\n\nWarm regards,\nPatrick", channel: .email),
            RuleExample("Dear Olga,\n\nI'm withdrawing from the process.\n\nBest,\nMira", channel: .email),
            RuleExample("Subject: Re: Next steps\n\nHi Gemma,\n\nI'm withdrawing.\n\nBest wishes,\nMarco", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Subject: Withdrawing my application\n\nDear Aisha,\n\nI'm withdrawing.\n\nBest,\nJordan", channel: .email),
            RuleExample("Subject: Interview invitation – Junior Paralegal\n\nDear Ms. Finch,\n\nI won't be proceeding.\n\nKind regards,\nSam", channel: .email),
            RuleExample("Subject: Account Executive interview on Friday\n\nDear Mr. Lindgren,\n\nI'm withdrawing.\n\nBest regards,\nOwen", channel: .email),
        ])

    static let generic: Set<String> = ["interview", "interviews", "application", "applications", "update", "next", "steps", "role",
        "position", "job", "process", "invitation", "note", "quick", "hello", "hi", "re", "fwd", "my", "your", "the", "a", "an",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "question", "follow", "up", "thanks", "thank", "you",
        "on", "for", "of", "to", "and", "with", "from", "in", "at", "this", "that", "our", "about", "regarding", "re:", "meeting", "call",
        "chat", "request", "news", "important", "urgent", "message", "email", "note", "updates", "step", "opportunity", "today",
        "tomorrow", "week", "checking", "catching", "touch", "base", "hey", "greetings", "just", "some", "quick", "few", "thoughts",
        "personal", "matter", "hello", "it", "is", "me", "i", "something", "response", "reply", "your", "status", "following"]

    public func check(_ draft: Draft) -> [Violation] {
        guard let subject = draft.email?.subject else { return [Violation()] }
        let tokens = draft.analysis.tokenRange(inBytes: subject)
        let withdrawal = draft.hits(.decision).contains { tokens.contains(Int($0.first)) }
            || tokens.contains { ["withdraw", "withdrawal", "withdrawing", "declining", "decline", "cancel", "cancelling", "canceling", "cancellation"].contains(draft.word($0)) }
        // A position: any word that is not a stock subject word ("Analyst interview", "SRE application").
        let title = tokens.contains { k in
            draft.tokens[k].has(.alphabetic) && !draft.tokens[k].has(.contraction) && !SubjectLineRule.generic.contains(draft.word(k))
        }
        return withdrawal || title ? [] : [Violation()]
    }
}
