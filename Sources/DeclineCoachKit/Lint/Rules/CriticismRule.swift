/// Criticism of the company, the role, the pay, the process or the people.
public struct CriticismRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "criticism", title: "Criticising the company", level: .error, family: .alwaysOn,
        sections: ["what-to-avoid"],
        rationale: "Once you are leaving, criticism changes nothing for you and is what the recruiter will repeat to others.",
        message: "This criticises the company, its people, its process or its offer.",
        hint: "Leave the complaint out. If the company is the reason, say only that it is not the right place for you.",
        triggering: [
            RuleExample("Honestly? The pay. The figure you floated was «insulting».", turn: .details),
            RuleExample("I understand you're disappointed, but honestly, your process «took two months» and nobody answered my emails.", turn: .frustration),
            RuleExample("Frankly, the process has been «disorganised» from the start.", channel: .email),
            RuleExample("Given «how long your team took» to get back to me, I'm sure you won't mind waiting.", turn: .postpone),
            RuleExample("I won't continue this. This reply «confirms every» bad review I read about your agency.", channel: .email, turn: .aggressive),
        ],
        nonTriggering: [
            RuleExample("And to be clear, I wouldn't call the process disorganised at all; everyone's been lovely.", turn: .details),
            RuleExample("Having seen the salary range, it sits well below what I need, so I'm withdrawing.", channel: .email),
            RuleExample("I'm so sorry, I feel terrible about the timing.", turn: .frustration),
            RuleExample("I've concluded the company isn't the right environment for me. None of that reflects on you or the panel.", turn: .details),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        var sentences = Set<Int>()
        for hit in draft.hits(.complaint) {
            let s = draft.analysis.sentence(of: hit)
            if sentences.insert(s).inserted { result.append(Violation(bytes: draft.bytes(of: hit))) }
        }
        for hit in draft.affirmed(.negative) {
            let s = draft.analysis.sentence(of: hit)
            if sentences.contains(s) || draft.clause(of: hit, has: .selfFeeling) { continue }
            let last = Int(hit.last)
            if last + 1 < draft.tokens.count, ["news", "timing", "line", "connection", "signal"].contains(draft.word(last + 1)) { continue }
            // the put-down must be about them: a company word close by in the same sentence
            let aboutThem = draft.hits(.criticismTarget, inSentence: s).contains { t in
                abs(Int(t.first) - Int(hit.first)) <= 8 && t.first != hit.first
            }
            if aboutThem, sentences.insert(s).inserted { result.append(Violation(bytes: draft.bytes(of: hit))) }
        }
        // Mock praise of their offer or process is criticism too: "What a professional way to treat candidates."
        for s in draft.sarcasticSentences.sorted() where !sentences.contains(s) {
            guard let praise = draft.hits(.feignedPraise, inSentence: s).first ?? draft.hits(.sarcasm, inSentence: s).first,
                  draft.hits(.criticismTarget, inSentence: s).contains(where: { $0.first > praise.last || $0.last < praise.first })
            else { continue }
            sentences.insert(s)
            result.append(Violation(bytes: draft.bytes(of: praise)))
        }
        return result
    }
}
