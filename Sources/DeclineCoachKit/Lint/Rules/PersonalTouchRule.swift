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
            RuleExample(
                "Hi, thanks for calling me back. I've accepted another offer, so I'm withdrawing. I hope you find someone who suits the role."
            ),
            RuleExample(
                "Subject: Withdrawing\n\nTo whom it may concern,\n\nThank you for considering me. I must withdraw.\n\nSincerely,\nMarta Kowalczyk",
                channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nDear Hiring Managers,\n\nI've accepted a position elsewhere.\n\nRegards,\nGrace Liu",
                channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nDear [Hiring Manager],\n\nThank you for the interview for the Payroll Administrator post. I've decided to stay in my current job.\n\nRegards,\nOla Berg",
                channel: .email),
        ],
        nonTriggering: [
            RuleExample("Hi Marco, thanks for picking up. I'm withdrawing from the process."),
            RuleExample("I really enjoyed hearing about the sequencing core at Marrow Bio, and I'm withdrawing."),
            RuleExample("Subject: Withdrawing\n\nDear Dr. Mensah,\n\nI'm withdrawing my application.\n\nThanks again,", channel: .email),
            RuleExample("Sanjay, hello — just calling to say I'm pulling out of Friday's interview."),
        ])

    static let notNames: Set<String> = [
        "i", "hi", "hello", "dear", "hey", "thanks", "thank", "best", "regards", "kind", "warm",
        "sincerely", "subject", "re", "ok", "okay", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "dr", "sir", "madam", "hiring", "manager", "managers", "team", "teams", "recruiter", "recruiters",
        "recruiting", "hr", "ceo", "cto", "cfo", "coo", "vp", "cv", "linkedin", "god", "whom", "all", "everyone", "there",
        "unfortunately", "sadly", "please", "yours", "cheers", "english", "internet", "oh", "well", "so", "and", "but",
    ]

    /// The last word of a job title: "Customer Success «Manager»", "Lab «Technician»". A title is the role, not a
    /// person, company, team or project, so its capitalised words are not a personal touch.
    static let titleHeads: Set<String> = [
        "manager", "managers", "engineer", "engineers", "developer", "developers",
        "technician", "technicians", "analyst", "analysts", "coordinator", "co-ordinator", "coordinators", "officer", "officers",
        "director", "directors", "designer", "designers", "assistant", "assistants", "associate", "associates", "specialist",
        "specialists", "consultant", "consultants", "executive", "executives", "lead", "leads", "researcher", "researchers",
        "scientist", "scientists", "nurse", "nurses", "pharmacist", "archivist", "editor", "editors", "writer", "writers",
        "accountant", "accountants", "administrator", "administrators", "advisor", "adviser", "advisors", "advisers", "architect",
        "architects", "teacher", "teachers", "lecturer", "lecturers", "planner", "planners", "producer", "producers",
        "representative", "representatives", "rep", "intern", "interns", "trainee", "trainees", "apprentice", "apprentices",
        "clerk", "clerks", "paralegal", "paralegals", "solicitor", "solicitors", "lawyer", "lawyers", "counsel", "programmer",
        "programmers", "tester", "testers", "technologist", "therapist", "therapists", "worker", "workers", "supervisor",
        "supervisors", "secretary", "receptionist", "agent", "agents", "buyer", "buyers", "controller", "strategist",
        "marketer", "operator", "operators", "instructor", "tutor", "coach", "practitioner", "physician", "surgeon",
        "dentist", "chef", "driver", "drivers", "electrician", "mechanic", "librarian", "curator", "auditor", "actuary",
        "economist", "statistician", "engineer/", "sre", "swe", "sde", "qa", "ux", "ui", "pm", "ba", "hca", "rn", "gp",
        "graduate", "graduates", "fellow", "fellowship", "internship", "apprenticeship", "traineeship", "placement",
    ]
    /// Words before a title: "the position of Laboratory Technician".
    static let titleLeads: Set<String> = ["position", "role", "post", "job", "title", "vacancy", "opening"]
    /// Words before where the job is: "a role in", "based in", "relocate to".
    static let placeLeads: Set<String> = [
        "role", "roles", "job", "jobs", "position", "post", "office", "offices", "based",
        "relocate", "relocating", "relocation", "move", "moving", "commute", "commuting", "live", "living", "located", "site",
        "work", "working", "opening", "vacancy",
    ]
    /// Interjections that open a spoken reply like a name would: "Yeah, hi".
    static let interjections: Set<String> = [
        "yeah", "yes", "yep", "yup", "no", "nope", "nah", "um", "umm", "erm", "er", "uh",
        "ah", "right", "look", "listen", "morning", "afternoon", "evening", "hiya", "sorry", "sure", "alright", "hm", "hmm", "okay",
    ]
    /// Greetings a spoken reply opens with, before the name of whom it greets.
    static let spokenGreetings: Set<String> = ["hi", "hey", "hiya", "hello", "morning", "afternoon", "evening", "heya", "hullo"]
    /// What follows a greeting without naming anyone: "hi there", "hey mate", "hi its lou".
    static let notAddressees: Set<String> = [
        "there", "again", "guys", "folks", "mate", "love", "its", "im", "this", "it",
        "i", "just", "thanks", "thank", "how", "hope", "good", "you", "again", "from", "to", "and", "is", "um", "uh", "so",
    ]
    /// A self-introduction, "Hi, it's Kemal": the speaker's own name is not a personal touch.
    static let selfIntro: Set<String> = ["it's", "it’s", "i'm", "i’m", "name's", "name’s"]

    public func check(_ draft: Draft) -> [Violation] {
        let names = draft.context.names.filter { !$0.isEmpty }
        if !names.isEmpty {
            let lower = String(decoding: draft.analysis.bytes, as: UTF8.self).lowercased()
            if names.contains(where: { lower.contains($0.lowercased()) }) { return [] }
        }
        let excluded = [draft.email?.subjectLine, draft.email?.closing, draft.email?.signature].compactMap { $0 }
        // A greeting that names someone ("Marco,", "Hi Daniel,") is personal; in one that names no one only a
        // proper name counts ("Dear Harbor & Finch team,"), not the function addressed ("Dear Graduate Recruitment
        // Teams,") or a slot ("Dear [Hiring Manager],", "Dear XXX,").
        let greeting = draft.email?.greeting
        if greeting != nil, GreetingRule().check(draft).isEmpty { return [] }
        let b = draft.analysis.bytes
        let tokens = draft.tokens
        // A vocative opening a spoken reply: "Patrick, hi —"
        if draft.email == nil, let t = tokens.first, t.has(.capitalised), t.has(.alphabetic), tokens.count > 1,
            !PersonalTouchRule.notNames.contains(draft.word(0)), !PersonalTouchRule.interjections.contains(draft.word(0)),
            b[Int(t.end)...].first(where: { $0 != 32 }) == 44, ["hi", "hello", "hey", "hiya"].contains(draft.word(1))
        {
            return []
        }
        // Texted or dictated, a name after the greeting has no capital: "hi megan its lou", "hiya sue"
        if draft.email == nil, tokens.count > 2, PersonalTouchRule.spokenGreetings.contains(draft.word(0)),
            tokens[1].has(.alphabetic), !tokens[1].has(.capitalised), tokens[1].sentence == tokens[0].sentence
        {
            let word = draft.word(1)
            if !PersonalTouchRule.notNames.contains(word), !PersonalTouchRule.interjections.contains(word),
                !PersonalTouchRule.notAddressees.contains(word), !PersonalTouchRule.selfIntro.contains(word)
            {
                return []
            }
        }
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            let t = tokens[k]
            guard t.has(.capitalised) && t.has(.alphabetic) && !t.has(.sentenceStart) && !t.has(.quoted) else { continue }
            let start = Int(t.start)
            if excluded.contains(where: { $0.contains(start) }) { continue }
            var p = start - 1
            while p >= 0, b[p] == 32 { p -= 1 }
            if p >= 0, b[p] == 58 || b[p] == 91 || b[p] == 123 || b[p] == 60 { continue }  // after a colon or inside a slot
            if insideSlot(b, at: start) { continue }  // "[Company Name]"
            let word = draft.word(k).replacingOccurrences(of: "’", with: "'").split(separator: "'").first.map(String.init) ?? ""
            if PersonalTouchRule.notNames.contains(word) { continue }
            if let greeting, greeting.contains(start) {
                let raw = draft.analysis.text(of: k)
                if GreetingRule.generic.contains(word) || PlaceholderRule.slotWords.contains(raw)
                    || (raw.count >= 2 && raw.allSatisfy { $0 == "X" || $0 == "x" })
                {
                    continue
                }
            }
            // words in a run of capitals are shouting, not names
            if t.has(.allCaps),
                (k > 0 && tokens[k - 1].has(.allCaps)) || (k + 1 < tokens.count && tokens[k + 1].has(.allCaps))
                    || ShoutedWords.common.contains(word)
            {
                continue
            }
            // "Hi, it's Kemal", "this is Harriet": the speaker introducing themselves
            if Int(t.sentence) <= 1, k > 0,
                PersonalTouchRule.selfIntro.contains(draft.word(k - 1))
                    || (k > 1 && draft.word(k - 1) == "is" && ["it", "this", "name"].contains(draft.word(k - 2)))
            {
                continue
            }
            // where the job is: "a senior role in London", "based in Leeds", "relocating to Perth"
            if k >= 2, ["in", "to", "near"].contains(draft.word(k - 1)), PersonalTouchRule.placeLeads.contains(draft.word(k - 2)) {
                continue
            }
            // a job title: a run of capitalised words ending in a role's head noun ("Customer Success Manager")
            var end = k
            while end + 1 < tokens.count, tokens[end + 1].has(.capitalised), tokens[end + 1].has(.alphabetic),
                Int(tokens[end + 1].start) - Int(tokens[end].end) <= 3
            { end += 1 }
            let afterLead = k >= 2 && draft.word(k - 1) == "of" && PersonalTouchRule.titleLeads.contains(draft.word(k - 2))
            if PersonalTouchRule.titleHeads.contains(draft.word(end)) || afterLead { k = end; continue }
            return []
        }
        return [Violation()]
    }

    /// Whether the byte at `at` sits between a bracket and its closer on one line.
    func insideSlot(_ b: [UInt8], at: Int) -> Bool {
        var p = at - 1
        while p >= 0, b[p] != 10 {
            switch b[p] {
            case 93, 125, 62: return false  // a closer first: outside
            case 91, 123, 60:
                let close: UInt8 = b[p] == 91 ? 93 : b[p] == 123 ? 125 : 62
                var q = at
                while q < b.count, b[q] != 10 { if b[q] == close { return true }; q += 1 }
                return false
            default: p -= 1
            }
        }
        return false
    }
}
