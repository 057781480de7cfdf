import DeclineCoachText

/// The reply must say plainly that the user is withdrawing.
public struct ClearDecisionRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "clear-decision", title: "Clear decision", level: .error, family: .expected,
        scope: .expected(on: [.decline, .addressConcerns, .counteroffer]),
        sections: ["what-to-include"],
        rationale: "If the recruiter has to guess whether you are still in, they will assume you are, and the conversation goes on.",
        message: "The reply never says plainly that you are withdrawing.",
        hint: "Use one unmistakable sentence: \"I'm withdrawing from the process.\"",
        triggering: [
            // on the decline itself a settled-sounding aside does not make a hedged decision firm
            RuleExample("Thanks, Omar. I'm leaning towards pulling out, I suppose. I've pretty much made my call."),
            RuleExample("I've signed, but let me think about your offer tonight.", turn: .counteroffer),
            RuleExample("I think I'll stay put, at least for now.", turn: .counteroffer),
            RuleExample("Thanks for setting up Tuesday. I've been having some second thoughts about whether the role is the right fit."),
            RuleExample("Having seen the salary range, I think I may need to withdraw.", channel: .email),
            RuleExample("Thanks for that. What's the most you could offer?", turn: .counteroffer),
            // a no still to come is no decision
            RuleExample("That sounds better. I'd want it in writing before I say no for good.", turn: .addressConcerns),
        ],
        nonTriggering: [
            RuleExample("That's generous, thank you, but I've signed with them and I'm staying put.", turn: .counteroffer),
            RuleExample("Thank you, but I've signed, and if a senior role ever comes up I'd love to hear.", turn: .counteroffer),
            RuleExample("I'm not able to move forward in the process for the pharmacy technician role."),
            RuleExample("That's generous of you, but my decision stands: I'm staying withdrawn.", turn: .counteroffer),
            RuleExample("That's kind of you to offer, but no. I hope the search goes well.", turn: .counteroffer),
            RuleExample("I appreciate that, truly. But I'd rather not reopen it.", turn: .addressConcerns),
            RuleExample("I've decided not to go ahead with my application."),
            // a bare refusal is a plain decision, however curt (curt judges the tone)
            RuleExample("Not interested, thanks."),
            RuleExample("Um, no."),
            RuleExample("Thanks for going back to them. My answer is still no.", turn: .counteroffer),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        let firm = draft.inBody(.decision).contains { decision in
            if draft.analysis.isNegated(decision) { return false }
            let s = draft.analysis.sentence(of: decision)
            if draft.isAsked(decision) || draft.sarcasticSentences.contains(s) { return false }
            let lo = draft.clauseStart(of: Int(decision.first))
            let hedged = draft.hits(.hedge, inSentence: s).contains {
                Int($0.first) >= lo && $0.first < decision.first && !draft.analysis.isNegated($0)
            }
            return !hedged
        }
        return firm || repeatsNo(draft) || refuses(draft) || restatesCommitment(draft) ? [] : [Violation()]
    }

    /// Once the decision is made, saying it is settled elsewhere answers a new offer plainly:
    /// "I've signed", "I've made my call", "I'm staying where I am".
    func restatesCommitment(_ draft: Draft) -> Bool {
        guard draft.context.turn != .decline, draft.context.turn != .postpone else { return false }
        // "I've accepted the other one, but let me talk to my partner" reopens what it restates
        // and "I think I'll stay put, at least for now" hedges it
        let reopened = [Cue.reopen, .reopenVerb, .hedge, .timeQualifier, .improveTerms].flatMap { draft.hits($0) }
        return draft.inBody(.commitment).contains { hit in
            let lo = draft.clauseStart(of: Int(hit.first))
            return !draft.analysis.isNegated(hit) && !draft.isAsked(hit)
                && !draft.sarcasticSentences.contains(draft.analysis.sentence(of: hit))
                && !reopened.contains { ($0.first > hit.last || Int($0.first) >= lo) && !draft.analysis.isNegated($0) }
        }
    }

    static let refusalFillers = Set(LanguageData.refusalFillers)

    /// "No.", "Pass.", "Not interested, thanks.", "Um, no.", "it's a no", "my answer is still no": a refusal
    /// that is the whole sentence (but for fillers, courtesies and names), or the answer said to be no.
    func refuses(_ draft: Draft) -> Bool {
        if draft.context.turn == .postpone { return false }
        let plain = { (hit: Hit) in
            let s = draft.analysis.sentence(of: hit)
            return !draft.isQuestion(s) && !draft.tokens[Int(hit.first)].has(.quoted)
        }
        // not a no still to come: "before I say no for good", "if the answer is no"
        let pending: Set<String> = ["before", "if", "when", "until", "unless", "once"]
        let said = draft.inBody(.answerNo).contains { hit in
            let lo = draft.clauseStart(of: Int(hit.first))
            return plain(hit) && !draft.analysis.isNegated(hit) && !(lo..<Int(hit.first)).contains { pending.contains(draft.word($0)) }
        }
        if said { return true }
        return draft.inBody(.refusal).contains { hit in
            guard plain(hit) else { return false }
            let span = draft.analysis.sentences[draft.analysis.sentence(of: hit)]
            return (Int(span.firstToken)..<Int(span.endToken)).allSatisfy { k in
                (Int(hit.first)...Int(hit.last)).contains(k) || ClearDecisionRule.refusalFillers.contains(draft.word(k))
                    || (draft.tokens[k].has(.capitalised) && !draft.tokens[k].has(.sentenceStart))
            }
        }
    }

    /// Once the decision is made, a plain "no" to the recruiter's new offer is a clear answer:
    /// "No.", "No thanks.", "Thanks for offering, but no." Even a sarcastic no is clear: hostile judges its tone.
    func repeatsNo(_ draft: Draft) -> Bool {
        guard draft.context.turn != .decline, draft.context.turn != .postpone else { return false }
        return draft.analysis.sentences.indices.contains { s in
            let span = draft.analysis.sentences[s]
            let words = (Int(span.firstToken)..<Int(span.endToken)).map { draft.word($0) }
            if words == ["no"] || words == ["nope"] || words == ["no", "thanks"] || words == ["no", "thank", "you"] { return true }
            return words.count >= 3 && words.suffix(2) == ["but", "no"]
        }
    }
}
