import DeclineCoachText

/// The reply should wish them well: success, the right candidate.
public struct WellWishesRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "well-wishes", title: "Good wishes", level: .suggestion, family: .expected, scope: .expected(on: [.decline, .close]),
        sections: ["what-to-include"],
        rationale: "A short good wish ends the conversation on goodwill rather than on the no.",
        message: "The reply wishes them nothing.",
        hint: "Close with a wish: \"I hope you find someone great for the role.\"",
        triggering: [
            RuleExample("Bye.", turn: .close),
            RuleExample("Great. Good luck with that shambles of a hiring process.", turn: .close),
            RuleExample("I've seen the pay range and I'm going to withdraw my application. I'd be glad to hear about future openings."),
            RuleExample("Hi Dana,\n\nI've decided to withdraw my application for the analyst role.\n\nBest wishes,\nSam", channel: .email),
            RuleExample("I've decided to withdraw. I do hope the calendar situation resolves itself.", turn: .close),
        ],
        nonTriggering: [
            RuleExample("Thanks again for understanding, Marco. Best of luck finding the right person, and take care.", turn: .close),
            RuleExample("Thank you, Helen. I hope you find someone brilliant.", turn: .close),
            RuleExample("Appreciate it, Yusuf. Wishing you and the Ardent team every success with the new plant.", turn: .close),
            RuleExample("Thanks for understanding. May the next CV on your pile be the one.", turn: .close),
            RuleExample("Thanks again, Priya. Hope the new office opens on time.", turn: .close),
            RuleExample("That's kind of you. Break a leg with the new season.", turn: .close),
            RuleExample("Thanks for your time. I wish your team a good hiring.", turn: .close),
        ])

    static func hasWish(_ draft: Draft) -> Bool {
        let sincere = { (hit: Hit) in !draft.sarcasticSentences.contains(draft.analysis.sentence(of: hit)) && !draft.analysis.isNegated(hit)
        }
        if draft.inBody(.wellWish).contains(where: sincere) { return true }
        if draft.hits(.wellWish).contains(where: { sincere($0) && isFrameWish($0, in: draft) }) { return true }
        for hope in draft.inBody(.hopeFor) where sincere(hope) {
            let s = draft.analysis.sentence(of: hope)
            if draft.hits(.goodOutcome, inSentence: s).contains(where: { $0.first > hope.first }) { return true }
            if hopesForTheirs(hope, in: draft) { return true }
        }
        if draft.inBody(.openingWish).contains(where: { sincere($0) && opensWish($0, in: draft) }) { return true }
        return wishesThemGood(draft)
    }

    static let hopedForSubjects = Set(LanguageData.hopedForSubjects), notForThem = Set(LanguageData.hopeNotForThem)
    static let hopedFixes = Set(LanguageData.hopedFixes)
    static let counterfactual = Set(LanguageData.counterfactualWords), wishedGoods = Set(LanguageData.wishedGoods)

    /// In an email's sign-off, "Best wishes," is a formula; "All the best with the search," or "Good luck!" wishes.
    static func isFrameWish(_ hit: Hit, in draft: Draft) -> Bool {
        let phrase = draft.analysis.text(from: hit.first, to: hit.last).lowercased()
        if phrase.contains("luck") || phrase.hasPrefix("wish") { return true }
        let next = Int(hit.last) + 1
        guard next < draft.tokens.count, draft.tokens[next].sentence == draft.tokens[Int(hit.last)].sentence else { return false }
        let gap = Int(draft.tokens[Int(hit.last)].end)..<Int(draft.tokens[next].start)
        return !draft.analysis.bytes[gap].contains(10) && !draft.analysis.bytes[gap].contains(44)  // same line, no comma
    }

    /// "Hope the new DC opens on time", "hope whoever you hire gets to build that clinic": a hope whose
    /// clause is about them or theirs, with nothing negative or negated in it.
    static func hopesForTheirs(_ hope: Hit, in draft: Draft) -> Bool {
        var k = Int(hope.last) + 1
        let s = draft.tokens[Int(hope.last)].sentence
        if k < draft.tokens.count, draft.word(k) == "that" { k += 1 }
        guard k < draft.tokens.count, draft.tokens[k].sentence == s, !draft.tokens[k].has(.clauseStart) else { return false }
        let named = draft.tokens[k].has(.capitalised) && draft.word(k) != "i"
        guard named || hopedForSubjects.contains(draft.word(k)) else { return false }
        let end = draft.clauseEnd(of: k)
        if (k..<min(k + 4, end)).contains(where: { notForThem.contains(draft.word($0)) }) { return false }
        if (k..<end).contains(where: { hopedFixes.contains(draft.word($0)) }) { return false }
        if draft.isQuestion(Int(s)) { return false }
        let clause = draft.reading.clause(ofToken: k)
        return !clause.isNegativeJudgement && !(k..<end).contains { draft.tokens[$0].has(.negated) || draft.word($0) == "not" }
    }

    /// An optative or imperative wish counts where it opens a clause: "May the right person come knocking",
    /// not "you may have a busy week"; "May I ask…?" is no wish.
    static func opensWish(_ hit: Hit, in draft: Draft) -> Bool {
        let k = Int(hit.first)
        let opens =
            draft.clauseStart(of: k) == k
            || (k > 0 && ["and", "so", "now"].contains(draft.word(k - 1)) && draft.clauseStart(of: k) == k - 1)
        guard opens, !draft.isQuestion(Int(draft.tokens[k].sentence)) else { return false }
        if draft.word(k) == "may" {
            let next = k + 1
            return next < draft.tokens.count && !["i", "we", "be", "have", "not"].contains(draft.word(next))
        }
        return true
    }

    /// "I wish your team a good hiring", "wishing the school and your Year 10s a wonderful spring term":
    /// wishing them something good, said any way, but not regret ("I wish it had worked out", "I wish to let you know").
    static func wishesThemGood(_ draft: Draft) -> Bool {
        for k in draft.tokens.indices where ["wish", "wishing"].contains(draft.word(k)) {
            let s = Int(draft.tokens[k].sentence)
            if draft.isFrame(s) || draft.isQuestion(s) || draft.sarcasticSentences.contains(s) { continue }
            if draft.tokens[k].has(.negated) || (k > 0 && ["if", "you", "as"].contains(draft.word(k - 1))) { continue }
            var next = k + 1
            guard next < draft.tokens.count else { continue }
            if draft.word(next) == "to" {  // "wish to you and the team…", not "wish to let you know"
                guard next + 1 < draft.tokens.count, ["you", "u", "the", "your", "all"].contains(draft.word(next + 1)) else { continue }
                next += 1
            }
            if counterfactual.contains(draft.word(next)) { continue }
            let end = draft.clauseEnd(of: k)
            let span = next..<end
            if span.contains(where: { counterfactual.contains(draft.word($0)) && draft.word($0) != "i" && draft.word($0) != "it" }) {
                continue
            }
            let goods =
                span.contains { wishedGoods.contains(draft.word($0)) }
                || draft.hits(.goodOutcome, inSentence: s).contains { Int($0.first) > k && Int($0.first) < end }
            if goods && !draft.reading.clause(ofToken: k).isNegativeJudgement { return true }
        }
        return false
    }

    public func check(_ draft: Draft) -> [Violation] {
        WellWishesRule.hasWish(draft) ? [] : [Violation()]
    }
}
