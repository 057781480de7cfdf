import DeclineCoachText

/// Bargaining after declining: using the no as leverage for a better offer.
public struct NegotiationRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "negotiation", title: "Bargaining after declining", level: .error, family: .alwaysOn,
        sections: ["what-to-avoid", "pushback"],
        rationale: "Once you have withdrawn, fishing for a better number makes the decline look like a tactic.",
        message: "This turns the decline into a bargaining position.",
        hint: "If you are out, stay out: thank them for the offer and repeat your decision without naming a price.",
        triggering: [
            RuleExample("Thanks for that. «What's the most you could» offer?", turn: .counteroffer),
            RuleExample("I'm still out, though — «unless you can also bump the base to 120».", turn: .addressConcerns),
            RuleExample(
                "Thank you. I'm still withdrawing — but out of curiosity, «what would the signing bonus look like»?", turn: .counteroffer),
            RuleExample(
                "I get that you're annoyed. If it helps, I'd stay in the process «for another fifteen thousand».", turn: .frustration),
            RuleExample("Thanks. «Could you do 60»? Then we can talk.", turn: .counteroffer),
            RuleExample("«Any wiggle room on the bonus, though»? Just so I have the full picture.", turn: .counteroffer),
            RuleExample("Thanks for this. «If you can go to 95 plus the extra week of leave», I'll reconsider.", turn: .counteroffer),
            RuleExample("I'm going to withdraw. «For what it's worth, Harlow pays its leads around ninety-five».", turn: .details),
            RuleExample("Thanks. Could the team be different? «If so», I might stay in.", turn: .addressConcerns),
            // a bare figure named with the verb that asks for it
            RuleExample("Thanks for this. Unless you can get closer to seventy, I'll stay out.", turn: .counteroffer),
        ],
        nonTriggering: [
            RuleExample("I appreciate you saying you'll “beat any offer,” but I've made my commitment elsewhere.", turn: .counteroffer),
            RuleExample("My current employer has already matched it and I've decided to stay, so I'm withdrawing.", turn: .counteroffer),
            RuleExample("My current employer made me a counteroffer, and after weighing it up I've decided to stay.", channel: .email),
            RuleExample("If a role opens up closer to the city, I'd love to hear about it."),
            RuleExample("If the range had been in the advert, we'd both have saved time.", turn: .frustration),
            RuleExample("I'm sorry, the nursery rang and I can't make Thursday. Could we do Friday?", turn: .postpone),
            RuleExample("Hybrid with two days in? That's kind, but my answer is still no.", turn: .addressConcerns),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        var sentences = Set<Int>()
        // "thank you for going higher" thanks them for an offer; it does not ask for one
        for hit in draft.affirmed(.bargainQuestion) where !draft.clause(of: hit, has: .thanks) {
            if sentences.insert(draft.analysis.sentence(of: hit)).inserted { result.append(Violation(bytes: draft.bytes(of: hit))) }
        }
        // a price for staying, with or without an "if": "for another fifteen thousand I'd stay in"
        for hit in draft.hits(.bargainAmount) {
            let s = draft.analysis.sentence(of: hit)
            if !sentences.contains(s), draft.sentence(s, has: .reopen) || draft.sentence(s, has: .reopenVerb) {
                sentences.insert(s)
                result.append(Violation(bytes: draft.bytes(of: hit)))
            }
        }
        for hit in draft.conditions {
            let s = draft.analysis.sentence(of: hit)
            guard !sentences.contains(s) else { continue }
            let after = { (c: Cue) in draft.hits(c, inSentence: s).filter { $0.first > hit.first } }
            let amounts = after(.bargainAmount)
            // the decision hangs on it: "..., I'll reconsider", "..., then yeah"
            let reopens = draft.sentence(s, has: .reopen) || draft.sentence(s, has: .reopenVerb)
            // the terms may sit in the sentence before: "My employer offered 15%. Unless you could go above that, ..."
            let termsBefore = s > 0 && (draft.mentionsTerms(s - 1) != nil || draft.amount(in: s - 1, from: 0, bare: false) != nil)
            let improving = draft.hits(.improveTerms, inSentence: s).filter { _ in
                !after(.termsNoun).isEmpty || !amounts.isEmpty || draft.amount(in: s, from: Int(hit.first), bare: reopens) != nil
                    || termsBefore
            }
            let money = moneyAfter(draft, hit).map { Hit(cue: Cue.bargainAmount.rawValue, first: Int32($0), last: Int32($0)) }
            if let spot = amounts.first ?? improving.first ?? money {
                sentences.insert(s)
                // from the condition to the end of the bargaining clause: "unless you can beat a base of 95,000"
                // (the improving words may come before the condition: "double it? If so, ...")
                let end = draft.clauseEnd(of: Int(max(spot.last, hit.last))) - 1
                result.append(Violation(bytes: Int(draft.tokens[Int(hit.first)].start)..<Int(draft.tokens[end].end)))
            }
        }
        func add(_ range: Range<Int>, _ what: String) {
            guard let first = draft.analysis.tokenRange(inBytes: range).first else { return }
            if sentences.insert(Int(draft.tokens[first].sentence)).inserted {
                result.append(Violation(bytes: range, message: "This \(what): «\(draft.text(range))»."))
            }
        }
        for range in draft.termsQuestions { add(range, "asks about their terms") }
        for range in draft.leverageHints { add(range, "hints at a better figure as leverage") }
        // "Could the role move to the platform team? If so, I might stay in.", "If you could do that, then yeah.":
        // the decision hangs on something they would do for it
        for hit in draft.conditions {
            let s = draft.analysis.sentence(of: hit), k = Int(hit.first)
            guard !draft.clause(of: hit, has: .door), !draft.clause(of: hit, has: .futureOpening), k + 1 < draft.tokens.count else {
                continue
            }
            let reopens =
                draft.hits(.reopen, inSentence: s).contains { $0.first > hit.last }
                || draft.hits(.reopenVerb, inSentence: s).contains { $0.first > hit.last }
            // "if so" points back at what they were just asked for
            let modals: Set<String> = ["could", "can", "would", "will", "were", "managed", "did"]
            let byThem =
                (["you", "they"].contains(draft.word(k + 1)) && k + 2 < draft.tokens.count && modals.contains(draft.word(k + 2)))
                || (draft.word(k + 1) == "so" && s > 0 && draft.isQuestion(s - 1))
            if reopens && byThem {
                add(
                    Int(draft.tokens[k].start)..<Int(draft.tokens[draft.clauseEnd(of: k) - 1].end),
                    "makes the decision depend on what they would change")
            }
        }
        for range in draft.termsConditions { add(range, "makes the decision depend on their terms") }
        return result
    }

    /// A sum of money ("130k", "£95,000", "$120,000") later in the condition's sentence.
    func moneyAfter(_ draft: Draft, _ hit: Hit) -> Int? {
        let s = draft.analysis.sentence(of: hit)
        let end = Int(draft.analysis.sentences[s].endToken)
        let b = draft.analysis.bytes
        for k in Int(hit.last) + 1..<end where draft.tokens[k].has(.number) {
            let t = draft.tokens[k]
            let last = b[Int(t.end) - 1]
            let start = Int(t.start)
            let currency = start > 0 && (b[start - 1] == 36 || b[start - 1] == 0xA3 || b[start - 1] == 0xAC)  // $ £ €
            if last == 107 || last == 75 || currency || t.length >= 5 { return k }
        }
        return nil
    }
}
