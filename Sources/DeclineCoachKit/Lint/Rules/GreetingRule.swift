/// An email should greet a named person, not "To whom it may concern".
public struct GreetingRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "greeting", title: "Named greeting", level: .suggestion, family: .expected,
        scope: .expected(on: [.decline], channels: [.email]),
        sections: ["email-templates", "relationships"],
        rationale: "Greeting the recruiter by name shows the message was written for them.",
        message: "The email does not greet anyone by name.",
        hint: "Open with the person's name: \"Dear Priya,\" or \"Hi Marco,\".",
        triggering: [
            RuleExample("Subject: Withdrawing\n\nTo whom it may concern,\n\nI'm withdrawing.\n\nSincerely,\nMarta", channel: .email),
            RuleExample("Subject: Withdrawing\n\nDear <Name>,\n\nI'm withdrawing.\n\nBest,\nTariq", channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nThank you for asking me to interview. I'm withdrawing.\n\nKind regards,\nImogen", channel: .email),
            RuleExample("Subject: Withdrawing\n\nDear xxx,\n\nI'm withdrawing my application.\n\nBest,\nNadia", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Subject: Withdrawing\n\nDear Mr. Haddad,\n\nI'm withdrawing.\n\nWarm regards,\nSofia", channel: .email),
            RuleExample("Subject: Withdrawing\n\nHi Daniel,\n\nI'm withdrawing.\n\nBest,\nRenée", channel: .email),
            RuleExample("Subject: Withdrawing\n\nMarco,\n\nI'm withdrawing.\n\nBest,\nJess", channel: .email),
            RuleExample("Subject: Withdrawing\n\nHola Lucía,\n\nI'm withdrawing my application.\n\nSaludos,\nDiego", channel: .email),
        ])

    static let generic: Set<String> = Set<String>([
        "sir", "madam", "hiring", "manager", "managers", "team", "teams", "recruiter", "recruiters",
        "recruiting", "all", "everyone", "everybody", "there", "whom", "concern", "colleagues", "friends", "hr", "talent",
        "acquisition", "committee", "department", "panel", "it", "may", "to", "dear", "hi", "hello", "hey", "the", "and", "or",
        "at", "good", "morning", "afternoon", "evening", "greetings", "folks", "people", "mr", "mrs", "ms", "dr", "name", "recruitment",
        "candidate", "candidates", "human", "resources", "first", "last",
    ])
    .union(otherLanguages)
    /// Salutations in other languages that name no one: "A chara," (Irish), "Kia ora koutou," (Māori), "Estimados señores,".
    static let otherLanguages: Set<String> = Set<String>([
        "a", "chara", "chairde", "kia", "ora", "koutou", "katoa", "tātou", "tatou", "tēnā",
        "tena", "annwyl", "gyfaill", "shwmae", "namaste", "namaskar", "salaam", "assalamu", "alaikum", "hola", "bonjour",
        "madame", "monsieur", "messieurs", "mesdames", "ciao", "gentile", "egregio", "hallo", "guten", "tag", "sehr", "geehrte",
        "geehrter", "damen", "herren", "estimado", "estimada", "estimados", "señor", "señora", "señores", "caro", "cara",
        "prezados", "olá", "ola", "ladies", "gentlemen", "whomsoever", "respected", "concerned", "person", "colleague", "friend",
    ])
    .union(functions)
    /// The function addressed, not a person: "Dear Graduate Recruitment", "Hello Talent Acquisition", "Dear Early Careers".
    static let functions: Set<String> = [
        "graduate", "graduates", "early", "careers", "career", "campus", "resourcing",
        "admissions", "personnel", "staffing", "search", "selection", "interview", "interviewing", "interviewers", "board",
        "student", "emerging", "talent",
    ]
    static let teamWords: Set<String> = ["team", "teams", "managers", "committee", "department", "hiring", "recruiters", "companies"]

    public func check(_ draft: Draft) -> [Violation] {
        guard let greeting = draft.email?.greeting else { return [Violation()] }
        let raw = draft.text(greeting)
        if raw.contains("<") || raw.contains("{") || raw.contains("[") || raw.contains("_") { return [Violation()] }
        let words = draft.analysis.tokenRange(inBytes: greeting).map { draft.word($0) }
        // a slot in capitals or x's: "Dear XXX,", "Hi NAME,"
        let slot = draft.analysis.tokenRange(inBytes: greeting).contains { k in
            let w = draft.analysis.text(of: k)
            return (w.count >= 2 && w.allSatisfy { $0 == "X" || $0 == "x" }) || PlaceholderRule.slotWords.contains(w)
        }
        if slot { return [Violation()] }
        if words.contains(where: GreetingRule.teamWords.contains) { return [Violation()] }
        let named = draft.analysis.tokenRange(inBytes: greeting).contains { k in
            draft.tokens[k].has(.capitalised) && draft.tokens[k].has(.alphabetic) && !GreetingRule.generic.contains(draft.word(k))
        }
        return named ? [] : [Violation()]
    }
}
