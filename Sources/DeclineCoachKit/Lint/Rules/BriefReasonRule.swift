import DeclineCoachText

/// A short reason should be given.
public struct BriefReasonRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "brief-reason", title: "Brief reason", level: .suggestion, family: .expected, scope: .expected(on: [.decline]),
        sections: ["what-to-include"],
        rationale: "One honest sentence of why helps the company understand and makes the moment less awkward.",
        message: "No reason is given.",
        hint: "Add one short, honest reason: another offer, the fit, the pay, your circumstances.",
        triggering: [
            RuleExample("Hi Petra, thanks for reaching out. I've decided not to go ahead with my application."),
            RuleExample(
                "Thank you for arranging my interview. After a good deal of thought, I've decided to withdraw from the process.",
                channel: .email),
            RuleExample("Hi Nadia, thanks for calling. I've decided to withdraw from the process. I hope you find a great producer."),
            RuleExample("Thanks so much for calling, so I'll withdraw. Good luck."),
            RuleExample("Having thought it over, I'm withdrawing. All the best."),
            RuleExample("I've realised that I will withdraw from the process. Thanks for your time."),
            RuleExample("I'm withdrawing — thank you so much for everything, Sam."),
            RuleExample("I've decided to withdraw my application. I wish you every success with the search.", channel: .email),
        ],
        nonTriggering: [
            RuleExample("I've accepted a role elsewhere, so I'm withdrawing from the process."),
            RuleExample("I've realised the position doesn't match the direction I want to take, so I'd like to withdraw."),
            RuleExample("Because of a change in my family circumstances, I must withdraw.", channel: .email),
            RuleExample("The site is near enough two hours each way for me, so I'm going to withdraw."),
            RuleExample("I need to withdraw, as my nan has just gone into a hospice and I want to be with the family."),
            RuleExample("Having seen the offer range, I'll be withdrawing. Best of luck with the search.", channel: .email),
            RuleExample("I'm withdrawing. After some research, I've concluded it is not the place for me.", channel: .email),
            RuleExample("I'm going to withdraw — the hours don't fit with the school run."),
            RuleExample("I've decided to withdraw. The whole thing felt like a bit of a circus to me."),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        if !draft.statedReasons.isEmpty { return [] }
        let because = draft.inBody(.causal).contains { !draft.analysis.isNegated($0) && Int($0.last) + 2 < draft.tokens.count }
        return because || linksAReason(draft) ? [] : [Violation()]
    }

    /// What follows a decision without being its reason: more courtesy, another decision, a promise
    /// to come back to it.
    static let notAReason: [Cue] = [.decision, .apology, .thanks, .kindness, .reopen, .hedge, .futureOpening, .door, .ackDirect, .farewell]

    /// How many words of content follow the decision: the rest of its sentence after a clause break
    /// other than a comma, else the next sentence; nil when that is courtesy, framing or another decision.
    func followingContent(after decision: Hit, in draft: Draft) -> Int? {
        let a = draft.analysis
        let s = a.sentence(of: decision)
        let end = Int(a.sentences[s].endToken)
        var k = Int(decision.last) + 1
        while k < end, !(draft.tokens[k].has(.clauseStart) && !draft.precededByComma(k)) { k += 1 }
        if k < end {
            let courteous = (BriefReasonRule.notAReason + [.wellWish, .praise]).contains { cue in
                draft.hits(cue, inSentence: s).contains { Int($0.first) >= k }
            }
            return courteous ? nil : end - k
        }
        let n = s + 1
        guard n < a.sentences.count, !draft.isFrame(n), !draft.courtesySentences[n], !draft.isQuestion(n),
            !draft.sarcasticSentences.contains(n)
        else { return nil }
        if BriefReasonRule.notAReason.contains(where: { draft.sentence(n, has: $0) }) { return nil }
        let opening = draft.word(Int(a.sentences[n].firstToken))
        if ["i'll", "i’ll", "let", "don't", "don’t", "do", "please", "we'll", "we’ll"].contains(opening) { return nil }
        if opening == "i", Int(a.sentences[n].firstToken) + 1 < draft.tokens.count,
            ["will", "appreciate", "trust", "hope", "wish", "look", "would"].contains(draft.word(Int(a.sentences[n].firstToken) + 1))
        {
            return nil
        }
        return draft.wordCount(n)
    }

    /// A reason tied to the decision by the sentence's shape, whatever the reason is: content before
    /// "so" ("the commute is two hours, so I'm withdrawing"), content after "as" or "since" ("I'm
    /// withdrawing, as my nan has gone into a hospice"), or an opening ground ("Having seen the range, ...").
    func linksAReason(_ draft: Draft) -> Bool {
        let a = draft.analysis
        let content = 3  // words that make a ground, not a filler ("so, ...")
        // a finding said as such: "I've concluded it isn't where I want to build my career"
        for finding in draft.hits(.finding) {
            let s = a.sentence(of: finding), after = Int(finding.last) + 1, end = Int(a.sentences[s].endToken)
            let isDecision =
                after < end && (draft.word(after) == "to" || draft.hits(.decision, inSentence: s).contains { Int($0.first) >= after })
            if end - after >= 4 && !isDecision { return true }
        }
        for decision in draft.inBody(.decision) where !a.isNegated(decision) {
            let s = a.sentence(of: decision)
            let first = Int(a.sentences[s].firstToken), end = Int(a.sentences[s].endToken)
            // courtesy and filler before the link are not a reason: "Thanks for calling, so I'm withdrawing"
            // (the thanks' clause, or its next few words where dictated text has no commas)
            let before = { (k: Int) in (first..<k).filter { !draft.tokens[$0].has(.contraction) }.count }
            for link in draft.hits(.resultLink, inSentence: s) where Int(link.last) < Int(decision.first) {
                let lo =
                    draft.hits(.thanks, inSentence: s).filter { $0.last < link.first }
                    .map { min(draft.clauseEnd(of: Int($0.last)), Int($0.last) + 6, Int(link.first)) }.max() ?? first
                if (lo..<Int(link.first)).count >= content && before(Int(link.first)) >= content { return true }
            }
            for link in draft.hits(.causeLink, inSentence: s) where Int(link.first) > Int(decision.last) {
                if end - Int(link.last) - 1 >= content { return true }
            }
            if let opener = draft.hits(.reasonOpener, inSentence: s).first, Int(opener.first) == first, opener.last < decision.first {
                return true
            }
            // what follows the decision, after a dash or semicolon ("I'm withdrawing — the hours don't fit")
            // or as the next sentence ("I've decided to withdraw. After reading the news, ..."), unless it is courtesy
            if let next = followingContent(after: decision, in: draft), next >= content + 1 { return true }
        }
        return false
    }
}
