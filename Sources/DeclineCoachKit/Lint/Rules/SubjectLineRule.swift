/// An email needs a subject that names the withdrawal or the position.
public struct SubjectLineRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "subject-line", title: "Subject line", level: .warning, family: .expected, scope: .expected(on: [.decline], channels: [.email]),
        sections: ["email-templates"],
        rationale:
            "A subject like \"Withdrawal: Data Analyst\" tells the reader what the email is before they open it, and files it in the right place.",
        message: "The subject line is missing or says nothing about the withdrawal or the position.",
        hint: "Start the email with a line such as \"Subject: Withdrawing from the <position> process\".",
        triggering: [
            RuleExample("Subject: Hello\n\nDear Yusuf,\n\nI have to pull out.\n\nWarm regards,\nPatrick", channel: .email),
            RuleExample("Dear Olga,\n\nI'm withdrawing from the process.\n\nBest,\nMira", channel: .email),
            RuleExample("Subject: Re: Next steps\n\nHi Gemma,\n\nI'm withdrawing.\n\nBest wishes,\nMarco", channel: .email),
            RuleExample(
                "Subject: Tuesday 9th, 2pm\n\nHi Anouk,\n\nI'm going to withdraw from the process.\n\nBest,\nLars", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Subject: Withdrawing my application\n\nDear Aisha,\n\nI'm withdrawing.\n\nBest,\nJordan", channel: .email),
            RuleExample(
                "Subject: Interview invitation – Junior Paralegal\n\nDear Ms. Finch,\n\nI won't be proceeding.\n\nKind regards,\nSam",
                channel: .email),
            RuleExample(
                "Subject: Account Executive interview on Friday\n\nDear Mr. Lindgren,\n\nI'm withdrawing.\n\nBest regards,\nOwen",
                channel: .email),
            RuleExample(
                "Subject: Sous Chef trial shift\n\nHi Anouk,\n\nI won't be coming to the trial after all.\n\nCheers,\nLars", channel: .email
            ),
        ])

    static let generic: Set<String> = Set<String>([
        "interview", "interviews", "application", "applications", "update", "next", "steps", "role",
        "position", "job", "process", "invitation", "note", "quick", "hello", "hi", "re", "fwd", "my", "your", "the", "a", "an",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "question", "follow", "up", "thanks", "thank", "you",
        "on", "for", "of", "to", "and", "with", "from", "in", "at", "this", "that", "our", "about", "regarding", "re:", "meeting", "call",
        "chat", "request", "news", "important", "urgent", "message", "email", "note", "updates", "step", "opportunity", "today",
        "tomorrow", "week", "checking", "catching", "touch", "base", "hey", "greetings", "just", "some", "quick", "few", "thoughts",
        "personal", "matter", "hello", "it", "is", "me", "i", "something", "response", "reply", "your", "status", "following",
    ])
    .union(calendar).union(stockNouns).union(evaluative).union(answers).union(ShoutedWords.common)
    /// Dates and times: "Interview on 14 March", "Thursday 3pm".
    static let calendar: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekend", "month", "morning", "afternoon",
        "evening", "tonight", "am", "pm", "noon", "last", "later", "soon", "date", "dates", "time", "times", "slot", "schedule",
        "scheduled", "scheduling", "rescheduling", "reschedule", "availability", "st", "nd", "rd", "th",
    ]
    /// What any email about a job might be about: "Interview invite", "Update on my job search", "Application ref 44817".
    static let stockNouns: Set<String> = [
        "invite", "invites", "invited", "inviting", "invitations", "search", "hunt", "searching",
        "hunting", "plan", "plans", "change", "changes", "decision", "candidacy", "offer", "offers", "feedback", "conversation",
        "catch", "details", "detail", "information", "info", "enquiry", "inquiry", "query", "confirmation", "confirmed",
        "confirming", "ref", "reference", "no.", "number", "id", "your", "yours", "emails", "messages", "mail", "letter", "contact",
        "phone", "thing", "things", "situation", "circumstances", "news", "heads", "fyi", "contacting", "emailing", "calling",
        "messaging", "texting", "spam", "unsubscribe", "remove", "removal", "list", "everything", "anything", "nothing",
        "opportunities", "chance", "career", "careers", "recruitment", "hiring", "vacancy", "opening", "post", "posting", "advert",
        "ad", "listing", "candidate", "recruiter", "team", "company", "us", "we", "regards", "reply:", "fw", "a", "an",
    ]
    /// Adjectives that describe the email, not the job: "Exciting opportunity!!", "A quick change of plan".
    static let evaluative: Set<String> = [
        "exciting", "excited", "great", "amazing", "fantastic", "wonderful", "new", "brief",
        "short", "small", "big", "good", "bad", "sad", "unfortunate", "difficult", "hard", "tough", "latest", "recent", "final",
        "current", "upcoming", "potential", "possible", "exclusive", "unique", "special", "fwd:", "kind", "friendly", "polite",
        "gentle", "sincere", "heartfelt", "honest", "open",
    ]
    /// Bare answers and refusals: "no", "nope", "STOP EMAILING ME".
    static let answers: Set<String> = [
        "no", "nope", "nah", "yes", "yeah", "yep", "ok", "okay", "sorry", "apologies", "apology",
        "please", "pls", "plz", "stop", "leave", "alone", "enough", "pass", "thx", "ty", "cheers", "hmm", "well", "oh", "ugh",
    ]

    public func check(_ draft: Draft) -> [Violation] {
        guard let subject = draft.email?.subject else { return [Violation()] }
        let tokens = draft.analysis.tokenRange(inBytes: subject)
        let withdrawal =
            draft.hits(.decision).contains { tokens.contains(Int($0.first)) }
            || tokens.contains {
                ["withdraw", "withdrawal", "withdrawing", "declining", "decline", "cancel", "cancelling", "canceling", "cancellation"]
                    .contains(draft.word($0))
            }
        // A position: any word that is not a stock subject word ("Analyst interview", "SRE application").
        let title = tokens.contains { k in
            draft.tokens[k].has(.alphabetic) && !draft.tokens[k].has(.contraction) && !SubjectLineRule.generic.contains(draft.word(k))
                && !draft.word(k).contains(where: \.isNumber)  // "14th", "3pm", "Q3": dates and numbers, not a title
        }
        return withdrawal || title ? [] : [Violation()]
    }
}
