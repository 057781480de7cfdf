import DeclineCoachText
import Foundation

/// One message aimed at several companies at once.
public struct MassEmailRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "mass-email", title: "One message to several companies", level: .error, family: .alwaysOn,
        sections: ["special-circumstances"],
        rationale: "Each company gave you its own time; a group note tells every one of them they were a line on a list.",
        message: "This message is addressed to several companies at once.",
        hint: "Write to each company separately, by name, with one detail from your conversations with them.",
        triggering: [
            RuleExample("Subject: Withdrawing\n\n«Dear Hiring Teams,»\n\nI've accepted an offer.\n\nBest,\nKenji", channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nHello,\n\nI'm withdrawing from «all of my current applications».\n\nBest,\nTamsin", channel: .email
            ),
            RuleExample(
                "Subject: Update\n\nHi all,\n\nThank you to «everyone at Larkspur, Quillon Health and Brightwater».\n\nCheers,\nMina",
                channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\n«To all companies still considering my application:»\n\nI'm pausing my search.\n\nRegards,\nFemi",
                channel: .email),
            RuleExample(
                "Subject: Update\n\nHello,\n\nI've taken a job, so I'm withdrawing from «both interview processes».\n\nThanks,\nIlse",
                channel: .email),
        ],
        nonTriggering: [
            RuleExample("Subject: Withdrawing\n\nDear Hiring Manager,\n\nI'm withdrawing my application.\n\nBest,\nSam", channel: .email),
            RuleExample(
                "Subject: Withdrawing\n\nHi there,\n\nPlease pass my thanks to everyone on the team.\n\nBest,\nPriscilla", channel: .email),
            RuleExample("I'm withdrawing from the Larkspur process. Thanks to you and Grace for your time."),
            RuleExample(
                "Subject: Withdrawing\n\nDear Mr Abara,\n\nI enjoyed both interview rounds, but I'm withdrawing.\n\nBest,\nZoe",
                channel: .email),
        ])

    static let pluralAudience: Set<String> = [
        "teams", "managers", "recruiters", "companies", "firms", "employers",
        "organisations", "organizations", "agencies", "businesses",
    ]
    static let notCompanies: Set<String> = [
        "dear", "hi", "hello", "to", "i", "hey", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]
    static let broadAudience: Set<String> = ["all", "everyone", "everybody"]
    static let strongPlural: Set<String> = ["processes", "searches"]
    static let weakPlural: Set<String> = ["roles", "positions", "openings", "vacancies", "hires", "teams"]

    public func check(_ draft: Draft) -> [Violation] {
        guard draft.isEmail else { return [] }  // a call reaches one company at a time
        var weak = 0
        var spot: Range<Int>? = nil
        if let greeting = draft.email?.greeting {
            let words = draft.analysis.tokenRange(inBytes: greeting).map { draft.word($0) }
            if words.contains(where: MassEmailRule.pluralAudience.contains) {
                return [Violation(bytes: trimmed(draft, greeting))]
            }
            if words.contains(where: MassEmailRule.broadAudience.contains) { weak += 1; spot = trimmed(draft, greeting) }
        }
        if let hit = draft.affirmed(.eachOfYou).first { return [Violation(bytes: draft.bytes(of: hit))] }
        if draft.email?.greeting == nil, let first = draft.analysis.firstLines(1).first {
            let lower = draft.text(first).lowercased()
            if lower.hasPrefix("to all") || lower.hasPrefix("dear all") { return [Violation(bytes: trimmed(draft, first))] }
        }
        for hit in draft.hits(.companyListIntro) {
            let k = Int(hit.last) + 1
            let end = draft.clauseEnd(of: Int(hit.last))
            let sentenceEnd = Int(draft.analysis.sentences[draft.analysis.sentence(of: hit)].endToken)
            if companyCount(draft, in: k..<max(end, sentenceEnd)) >= 2 {
                let last = lastCompanyToken(draft, from: k, to: sentenceEnd)
                return [Violation(bytes: Int(draft.tokens[Int(hit.first)].start)..<Int(draft.tokens[last].end))]
            }
        }
        let bytes = draft.analysis.bytes
        for hit in draft.hits(.plural) where bytes[Int(draft.tokens[Int(hit.last)].end) - 1] == 115 {  // a plural "s"
            let word = draft.word(Int(hit.last))
            if MassEmailRule.strongPlural.contains(word) { return [Violation(bytes: draft.bytes(of: hit))] }
            if MassEmailRule.weakPlural.contains(word) { weak += 1; spot = spot ?? draft.bytes(of: hit) }
        }
        return weak >= 2 ? [Violation(bytes: spot)] : []
    }

    /// Groups of capitalised words separated by commas or "and": "Larkspur, Quillon Health and Brightwater" is three.
    func companyCount(_ draft: Draft, in range: Range<Int>) -> Int {
        var groups = 0, inGroup = false, sawAnd = false
        for k in range where k < draft.tokens.count {
            let t = draft.tokens[k]
            let w = draft.word(k)
            if t.has(.capitalised) && !MassEmailRule.notCompanies.contains(w) {
                if !inGroup || t.has(.clauseStart) { groups += 1 }
                inGroup = true
            } else if w == "and" || w == "&" {
                sawAnd = true; inGroup = false
            } else if !t.has(.contraction) {
                inGroup = false
                if groups < 2 { continue } else { break }
            }
        }
        return sawAnd ? groups : 0
    }

    func lastCompanyToken(_ draft: Draft, from: Int, to: Int) -> Int {
        var last = from
        for k in from..<to where draft.tokens[k].has(.capitalised) { last = k }
        return last
    }

    func trimmed(_ draft: Draft, _ range: Range<Int>) -> Range<Int> {
        let b = draft.analysis.bytes
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, b[lo] == 32 { lo += 1 }
        while hi > lo, b[hi - 1] == 32 { hi -= 1 }
        return lo..<hi
    }
}
