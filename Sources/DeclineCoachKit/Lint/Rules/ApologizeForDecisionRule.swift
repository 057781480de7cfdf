/// Apologising for the decision itself rather than for the inconvenience.
public struct ApologizeForDecisionRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "apologize-for-decision", title: "Apologising for the decision", level: .warning, family: .alwaysOn,
        sections: ["pushback"],
        rationale: "Your decision is legitimate; apologising for it invites them to argue you out of it.",
        message: "This apologises for the decision itself.",
        hint: "Apologise, if at all, for the inconvenience, and acknowledge their disappointment instead.",
        triggering: [
            RuleExample("«I'm sorry I chose» another company, but I've accepted a position elsewhere.", channel: .email),
            RuleExample("«I'm sorry I decided» to withdraw.", turn: .frustration),
            RuleExample("Thank you, that's very generous. «I'm sorry I went» with them instead of you.", turn: .counteroffer),
            RuleExample("Hi Dana, «I'm so sorry to do this», but I've accepted another offer and need to withdraw."),
        ],
        nonTriggering: [
            RuleExample("I understand this is frustrating, and I'm sorry for the inconvenience.", turn: .frustration),
            RuleExample("I apologise for any inconvenience my withdrawal has caused.", channel: .email, turn: .frustration),
            RuleExample("I'm sorry for the short notice: I've accepted a position elsewhere."),
            RuleExample("Sorry to do this, but could we move Thursday's interview to next week?", turn: .postpone),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        // Asking to postpone declines nothing: "sorry to do this" there is about the rescheduling.
        if draft.context.turn == .postpone { return [] }
        return draft.affirmed(.forDecision).prefix(1).map { hit in
            // include a leading "I'm" of the same sentence so the words read naturally
            var lo = Int(hit.first)
            let sentence = draft.tokens[lo].sentence
            if lo >= 2, draft.tokens[lo - 2].sentence == sentence,
                draft.word(lo - 2) == "i'm" || (draft.word(lo - 1) == "am" && draft.word(lo - 2) == "i")
                    || draft.tokens[lo - 1].has(.contraction)
            {
                lo -= 2
            }
            return Violation(bytes: Int(draft.tokens[lo].start)..<Int(draft.tokens[Int(hit.last)].end))
        }
    }
}
