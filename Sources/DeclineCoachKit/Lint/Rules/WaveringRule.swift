import DeclineCoachText

/// Hedging or reopening the decision.
public struct WaveringRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "wavering", title: "Wavering", level: .error, family: .alwaysOn, scope: .always(except: [.postpone]),
        sections: ["what-to-include", "pushback"],
        rationale: "A hedge tells the recruiter the door is still open to persuasion, and invites exactly the pushback you want to avoid.",
        message: "This hedges or reopens your decision.",
        hint: "Say it as settled: \"I've decided to withdraw\". Save conditions and second thoughts for before you call.",
        triggering: [
            // asking for time, as a question
            RuleExample("That's a big jump. «Could I sleep on it» over the weekend?", turn: .counteroffer),
            RuleExample("The money, mainly. «The other place came in at 90, just saying».", turn: .details),
            RuleExample("Having seen the salary range, «I think I» may need to withdraw.", channel: .email),
            RuleExample("Oh, that's interesting. «Let me think» about it and get back to you.", turn: .addressConcerns),
            RuleExample("I've decided to withdraw. Although, if the role ever went fully remote, I might «reconsider».", channel: .phone),
            RuleExample("I've been having some «second thoughts» about whether the role is right for me."),
            RuleExample("I'm still out, though — «unless» you can also bump the base to 120.", turn: .addressConcerns),
            RuleExample("Thanks for calling. I'm withdrawing, «I think», so please don't book the panel yet."),
            RuleExample("If things change for me later on, I'd be glad to reconnect. «For now» I'm withdrawing."),
            RuleExample("Thanks, that's kind. Is the equity negotiable at all?", turn: .counteroffer),
            RuleExample("Unless you can get close to 90, I'm going to stay with my offer.", turn: .counteroffer),
            // deferring the decision until they send something or someone else weighs in
            RuleExample("Thanks for that. I'd need to see the full contract before deciding.", turn: .counteroffer),
            RuleExample("That helps. I'll run it past my husband tonight.", turn: .addressConcerns),
        ],
        nonTriggering: [
            RuleExample("I'm afraid I have to withdraw. Maybe we'll work together on another project one day."),
            RuleExample("I appreciate that, but I'm not going to change my mind. I'm withdrawing.", turn: .addressConcerns),
            RuleExample("Having thought it over, my answer is unchanged: I'm withdrawing.", channel: .email, turn: .addressConcerns),
            RuleExample("I'm taking a break from job hunting for now, so I'm withdrawing from the process."),
            RuleExample("Even if the package doubled, my answer would be the same: I'm withdrawing.", turn: .counteroffer),
            RuleExample("I'd prefer to end the call here, as I don't think we're going to agree. Thank you.", turn: .aggressive),
            RuleExample("I'm withdrawing, and I think you'll find someone excellent for the team."),
            RuleExample("I talked it over with my partner, and I'm withdrawing from the process."),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        var sentences = Set<Int>()
        func add(_ hit: Hit) {
            if sentences.insert(draft.analysis.sentence(of: hit)).inserted { result.append(Violation(bytes: draft.bytes(of: hit))) }
        }
        for hit in draft.affirmed(.reopen) { add(hit) }
        let decisions = draft.affirmed(.decision)
        for decision in decisions {
            let s = draft.analysis.sentence(of: decision)
            let lo = draft.clauseStart(of: Int(decision.first))
            // a hedge in front of it in the same clause: "I think I might withdraw"
            if let hedge = draft.hits(.hedge, inSentence: s)
                .first(where: { Int($0.first) >= lo && $0.first < decision.first && !draft.analysis.isNegated($0) })
            {
                add(hedge)
            }
            // a hedge tacked on after it: "I'm withdrawing, I think."
            if let hedge = draft.hits(.afterthought, inSentence: s).first(where: {
                $0.first > decision.last && $0.first - decision.last <= 2 && draft.endsClause(Int($0.last))
            }) {
                add(hedge)
            }
        }
        // Asking what they could pay, with no decision said anywhere, leaves it open: "What's the most you could offer?"
        if decisions.isEmpty, let question = draft.affirmed(.bargainQuestion).first { add(question) }
        // A condition attached to staying in: "if you can beat it", "maybe I can still come in if...".
        for condition in draft.conditions {
            let s = draft.analysis.sentence(of: condition)
            // "I'd have stayed if ..." looks back; it reopens nothing
            let reopening = draft.hits(.reopenVerb, inSentence: s).first {
                !draft.analysis.isNegated($0) && !(Int($0.first)...Int($0.last)).contains { draft.word($0) == "have" }
            }
            let bargaining = draft.hits(.improveTerms, inSentence: s).first
                .flatMap { _ in
                    draft.hits(.termsNoun, inSentence: s).isEmpty && draft.hits(.bargainAmount, inSentence: s).isEmpty
                        && draft.amount(in: s, from: Int(condition.first), bare: false) == nil
                        && draft.improvedToAFigure(s, after: Int(condition.first)) == nil ? nil : condition
                }
            if let spot = reopening ?? bargaining ?? draft.hits(.bargainAmount, inSentence: s).first.map({ _ in condition }) { add(spot) }
        }
        // Later checks only add sentences the ones above left alone.
        func add(_ range: Range<Int>, _ what: String) {
            guard let first = draft.analysis.tokenRange(inBytes: range).first else { return }
            if sentences.insert(Int(draft.tokens[first].sentence)).inserted {
                result.append(Violation(bytes: range, message: "This \(what): «\(draft.text(range))»."))
            }
        }
        if decisions.isEmpty, let question = draft.termsQuestions.first { add(question, "asks about their terms instead of deciding") }
        for range in draft.termsConditions { add(range, "makes the decision depend on their terms") }
        for range in draft.leverageHints { add(range, "leaves the door open to a better figure") }
        // A time limit on the decision: "I'll withdraw for now", "it's a no at the moment" (not on a reason: "pausing my search for now").
        // computed once, not per qualifier, so a long text stays linear
        let decidedSentences = Set(decisions.map { draft.analysis.sentence(of: $0) })
        let decisionHasTimeLimit = decisions.contains { draft.clause(of: $0, has: .timeQualifier) }
        for hit in draft.hits(.timeQualifier) where !draft.tokens[Int(hit.first)].has(.quoted) {
            let s = draft.analysis.sentence(of: hit)
            let decided =
                decidedSentences.contains(s) || draft.sentence(s, has: .stayingPut)
                || (Int(draft.analysis.sentences[s].firstToken)..<Int(draft.analysis.sentences[s].endToken)).contains {
                    draft.word($0) == "no" || draft.word($0) == "pass"
                }
            let reasons: [Cue] = [.pausing, .personal, .poorFit, .logistics, .compensation, .companyConcerns]
            let onAReason = reasons.contains { draft.clause(of: hit, has: $0) }
            // on the decision itself: in its clause, or a clause of its own ("I'll pass... for the moment, anyway")
            let clauseWords = draft.clauseEnd(of: Int(hit.first)) - draft.clauseStart(of: Int(hit.first))
            let attached = decisionHasTimeLimit || clauseWords <= 5
            if decided && attached && !onAReason { add(draft.bytes(of: hit), "puts a time limit on your decision") }
        }
        return result
    }
}
