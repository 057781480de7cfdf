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
        ],
        nonTriggering: [
            RuleExample("I understand this is frustrating, and I'm sorry for the inconvenience.", turn: .frustration),
            RuleExample("I know this isn't the news you were hoping for.", turn: .frustration),
            RuleExample("I get that you're annoyed, and I'm grateful for everything you did.", turn: .frustration),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        if draft.affirmed(.ackDirect).contains(where: { !draft.sarcasticSentences.contains(draft.analysis.sentence(of: $0)) }) { return [] }
        for verb in draft.affirmed(.ackVerb) {
            let s = draft.analysis.sentence(of: verb)
            if draft.sarcasticSentences.contains(s) { continue }
            if draft.hits(.feeling, inSentence: s).contains(where: { $0.first > verb.first && Int($0.first) - Int(verb.last) <= 12 }) {
                return []
            }
        }
        return [Violation()]
    }
}
