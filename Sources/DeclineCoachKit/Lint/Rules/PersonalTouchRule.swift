/// Names something specific: the person, the company, the team, a project.
public struct PersonalTouchRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "personal-touch", title: "Personal touch", level: .suggestion, family: .expected, scope: .expected(on: [.decline]),
        sections: ["relationships"],
        rationale: "A generic note feels like a form letter; one specific name or detail shows you valued the contact.",
        message: "Nothing specific: no person, company, team or project is named.",
        hint: "Mention the person by name, or something specific you learned or enjoyed.",
        triggering: [
            RuleExample("Hi, thanks for calling me back. I've accepted another offer, so I'm withdrawing. I hope you find someone who suits the role."),
            RuleExample("Subject: Withdrawing\n\nTo whom it may concern,\n\nThank you for considering me. I must withdraw.\n\nSincerely,\nMarta Kowalczyk", channel: .email),
            RuleExample("Subject: Withdrawing\n\nDear Hiring Managers,\n\nI've accepted a position elsewhere.\n\nRegards,\nGrace Liu", channel: .email),
        ],
        nonTriggering: [
            RuleExample("Hi Marco, thanks for picking up. I'm withdrawing from the process."),
            RuleExample("I really enjoyed hearing about the sequencing core at Marrow Bio, and I'm withdrawing."),
            RuleExample("Subject: Withdrawing\n\nDear Dr. Mensah,\n\nI'm withdrawing my application.\n\nThanks again,", channel: .email),
        ])

    static let notNames: Set<String> = ["i", "hi", "hello", "dear", "hey", "thanks", "thank", "best", "regards", "kind", "warm",
        "sincerely", "subject", "re", "ok", "okay", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "dr", "sir", "madam", "hiring", "manager", "managers", "team", "teams", "recruiter", "recruiters",
        "recruiting", "hr", "ceo", "cto", "cfo", "coo", "vp", "cv", "linkedin", "god", "whom", "all", "everyone", "there",
        "unfortunately", "sadly", "please", "yours", "cheers", "english", "internet", "oh", "well", "so", "and", "but"]

    public func check(_ draft: Draft) -> [Violation] {
        let names = draft.context.names.filter { !$0.isEmpty }
        if !names.isEmpty {
            let lower = String(decoding: draft.analysis.bytes, as: UTF8.self).lowercased()
            if names.contains(where: { lower.contains($0.lowercased()) }) { return [] }
        }
        let excluded = [draft.email?.subjectLine, draft.email?.closing, draft.email?.signature].compactMap { $0 }
        let b = draft.analysis.bytes
        for (k, t) in draft.tokens.enumerated() where t.has(.capitalised) && t.has(.alphabetic) && !t.has(.sentenceStart) && !t.has(.quoted) {
            let start = Int(t.start)
            if excluded.contains(where: { $0.contains(start) }) { continue }
            var p = start - 1
            while p >= 0, b[p] == 32 { p -= 1 }
            if p >= 0, b[p] == 58 || b[p] == 91 || b[p] == 123 || b[p] == 60 { continue } // after a colon or inside a slot
            let word = draft.word(k).replacingOccurrences(of: "’", with: "'").split(separator: "'").first.map(String.init) ?? ""
            if PersonalTouchRule.notNames.contains(word) { continue }
            // words in a run of capitals are shouting, not names
            if t.has(.allCaps), (k > 0 && draft.tokens[k - 1].has(.allCaps)) || (k + 1 < draft.tokens.count && draft.tokens[k + 1].has(.allCaps))
                || ShoutedWords.common.contains(word) { continue }
            return []
        }
        return [Violation()]
    }
}
