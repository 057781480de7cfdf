import DeclineCoachText

/// When they are disappointed, the reply should acknowledge it.
public struct AcknowledgeFeelingsRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "acknowledge-feelings", title: "Acknowledge their disappointment", level: .warning, family: .expected,
        scope: .expected(on: [.frustration]),
        sections: ["pushback"],
        rationale: "Recognising that the news is unwelcome takes the heat out of the moment without reopening the decision.",
        message: "Their disappointment goes unacknowledged.",
        hint: "Name it before anything else: \"I understand this is disappointing.\"",
        triggering: [
            RuleExample("Well, that's how it goes sometimes. My decision's made.", turn: .frustration),
            RuleExample("Oh, I'm sure you're devastated.", turn: .frustration),
            RuleExample("Okay. Anyway, as I said, I'm withdrawing. Thanks.", turn: .frustration),
            // shouted, the bare verb is a brush-off; with a shouted intensifier, sympathy is mockery
            RuleExample("I GET it. I signed somewhere else.", turn: .frustration),
            RuleExample("Oh, I'm sure this is SO hard for you. Tough.", turn: .frustration),
            // "I see" only registers that something was said
            RuleExample("I see. Well, I've made my choice.", turn: .frustration),
        ],
        nonTriggering: [
            RuleExample("I understand this is frustrating, and I'm sorry for the inconvenience.", turn: .frustration),
            RuleExample("I know this isn't the news you were hoping for.", turn: .frustration),
            RuleExample("I get that you're annoyed, and I'm grateful for everything you did.", turn: .frustration),
            RuleExample("I know, I know. I'm sorry it's come this late.", turn: .frustration),
            RuleExample("Aye, I understand. It's still a no from me, but thank you.", turn: .frustration),
            RuleExample("I hate that this leaves you a person short after everything you put into it.", turn: .frustration),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        if draft.affirmed(.ackDirect).contains(where: { !draft.sarcasticSentences.contains(draft.analysis.sentence(of: $0)) }) { return [] }
        for verb in draft.affirmed(.ackVerb) {
            let s = draft.analysis.sentence(of: verb)
            if draft.sarcasticSentences.contains(s) { continue }
            if draft.hits(.feeling, inSentence: s).contains(where: { $0.first > verb.first && Int($0.first) - Int(verb.last) <= 12 }) {
                return []
            }
            if isBare(verb, in: draft) { return [] }
        }
        return [Violation()]
    }

    static let bareVerbs = Set(LanguageData.bareAckVerbs), bareFillers = Set(LanguageData.bareAckFillers)

    /// "I know.", "Aye, I ken.", "I understand that. But…": answering their frustration, a clause that is
    /// only the acknowledging verb acknowledges it. Shouted ("I GET it") or asked, it does not.
    func isBare(_ verb: Hit, in draft: Draft) -> Bool {
        let k = Int(verb.first), s = draft.analysis.sentence(of: verb)
        guard verb.first == verb.last, Self.bareVerbs.contains(draft.word(k)), !draft.tokens[k].has(.allCaps), !draft.isQuestion(s)
        else { return false }
        let clause = draft.clauseStart(of: k)..<draft.clauseEnd(of: k)
        return clause.allSatisfy { $0 == k || Self.bareFillers.contains(draft.word($0)) }
    }
}
