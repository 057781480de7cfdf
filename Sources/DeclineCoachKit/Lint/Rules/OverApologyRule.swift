import DeclineCoachText

/// More than one apology, or grovelling.
public struct OverApologyRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "over-apology", title: "Over-apologising", level: .warning, family: .alwaysOn,
        sections: ["what-to-avoid"],
        rationale: "One apology for the inconvenience is gracious; more makes the exchange awkward and the decision sound shaky.",
        message: "Too much apology: one is enough.",
        hint: "Keep a single \"sorry for any inconvenience\" and let the rest go.",
        triggering: [
            RuleExample("I'm «so, so sorry» to do this, and I feel terrible about the timing.", channel: .email),
            RuleExample("I'm sorry for the extra work. I'm «sorry» I chose the other offer.", turn: .frustration),
            RuleExample("I'm so sorry, I'm «so so sorry», please don't be angry with me.", turn: .aggressive),
            RuleExample("Apologies for the short notice, and «sorry» again for the trouble.", turn: .postpone),
            RuleExample("I'm sorry it's come to this. «I truly am».", turn: .frustration),
        ],
        nonTriggering: [
            RuleExample("I'm sorry for any inconvenience. I hope you find a great candidate soon.", turn: .frustration),
            RuleExample("I'm sorry you feel that way. I won't be responding further.", channel: .email, turn: .aggressive),
            RuleExample("I was sorry to hear about the restructure. I'm withdrawing, and I apologise for the short notice."),
            RuleExample(
                "Forgive me if I don't take that at face value. I'm withdrawing, and sorry for the short notice.", turn: .addressConcerns),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        // "Forgive me if I'm not convinced" is a retort, not a plea for pardon.
        let grovels = draft.affirmed(.grovel).filter { !isRetort(draft, $0) }
        if let grovel = grovels.first { return [Violation(bytes: draft.bytes(of: grovel))] }
        if let insisted = insistedApology(draft) { return [Violation(bytes: insisted)] }
        let sympathy = draft.hits(.sympathy)
        let apologies = draft.affirmed(.apology).filter { hit in
            !isRetort(draft, hit) && !sympathy.contains { $0.first <= hit.first && $0.last >= hit.first }
        }
        guard apologies.count >= 2 else { return [] }
        return [Violation(bytes: draft.bytes(of: apologies[1]), message: "\(apologies.count) apologies: one is enough.")]
    }

    /// "Forgive me if ...", "pardon me if ...": a retort, not an apology.
    func isRetort(_ draft: Draft, _ hit: Hit) -> Bool {
        let k = Int(hit.first), tokens = draft.tokens
        guard ["forgive", "pardon", "excuse"].contains(draft.word(k)), k + 2 < tokens.count,
            tokens[k + 2].sentence == tokens[k].sentence
        else { return false }
        return draft.word(k + 1) == "me" && draft.word(k + 2) == "if"
    }

    /// An apology insisted on in a sentence of its own: "I'm sorry. I really am." / "I truly am."
    /// (any "sorry", sympathy included, in the sentence just before).
    func insistedApology(_ draft: Draft) -> Range<Int>? {
        let sentences = draft.analysis.sentences
        let sorrySentences = Set(draft.affirmed(.apology).map { draft.analysis.sentence(of: $0) })
        for s in sentences.indices.dropFirst() where sorrySentences.contains(s - 1) {
            let words = (Int(sentences[s].firstToken)..<Int(sentences[s].endToken)).map { draft.word($0) }
            guard (2...4).contains(words.count), words.first == "i" || words.first == "i'm" || words.first == "i’m" else { continue }
            let rest = Set(words.dropFirst())
            let intensifiers: Set<String> = ["really", "truly", "genuinely", "honestly", "sincerely", "do", "very", "so"]
            guard rest.contains("am") || words.first != "i", !rest.intersection(intensifiers).isEmpty,
                rest.isSubset(of: intensifiers.union(["am", "i'm", "i’m", "sorry"]))
            else { continue }
            return draft.bytes(ofSentence: s)
        }
        return nil
    }
}
