import DeclineCoachText

/// The reason runs long: too much justification for the channel.
public struct OverExplainingRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "over-explaining", title: "Over-explaining", level: .warning, family: .alwaysOn,
        sections: ["what-to-avoid", "phone-scripts"],
        rationale: "A long justification sounds defensive and gives the other side points to argue with; one sentence of reason is enough.",
        message: "The explanation runs long.",
        hint: "Cut the reason to one sentence; keep the thanks and the good wishes.",
        triggering: [
            // short clauses, but one fact after another
            RuleExample(
                "Thanks for understanding. «My lease ends in March, my dad is having his hip done, my partner's contract is up for renewal, my car failed its inspection last week, my mum needs lifts to dialysis twice a week, and the nursery has a waiting list, so the timing just doesn't work for me.»",
                turn: .details),
            RuleExample(
                "«Well, it's a few things really. When I first read the posting I thought it was mostly analysis, but on our call it sounded like half the week would be stakeholder meetings, and I did a lot of that in my last job and it wore me down. Then there's the reporting line, which would put me under the sales director rather than the data lead. I also looked at the tool stack and it's mostly spreadsheets, whereas I've spent two years moving into Python. And my partner and a mentor both thought I'd be frustrated within six months.»",
                turn: .details),
            RuleExample(
                "Thank you for the invitation. «The trouble is that next week is a mess: my landlord has booked the boiler replacement for Monday and Tuesday, so I need to be home, then on Wednesday I'm covering for a colleague on jury service. Thursday is my daughter's school play, which I promised I wouldn't miss. Friday I'm on a training course in Reading that can't be moved. I looked at a video call at lunchtime on Wednesday, but my manager needs me on the phones all day. So would the week after work?»",
                turn: .postpone),
            RuleExample(
                "«well the thing is the other company came to me through an old colleague from the hospital and they were quick and they had me in twice in one week and the offer was good and the office is closer to my mum and my partner liked the team and I had already told my manager so I just went with them in the end really»",
                turn: .details),
            RuleExample(
                "«Honestly, the commute would be nearly two hours, the salary is below what I earn now, my partner's job is moving us north next spring, and I've had another offer as well, so I'm withdrawing.» Thanks for everything.",
                turn: .details),
            RuleExample(
                "«I'm withdrawing. I assumed the role was at the Market Street office, but the team sits at the business park, ninety minutes each way on two buses because I don't drive. I looked at moving closer, but my lease runs until next summer and breaking it would cost three months' rent. My partner works on the other side of the city anyway. A friend who works out there says the buses are unreliable in winter, and I have an evening course on Tuesdays I'd never make.» I hope you find someone great."
            ),
            // one run-on sentence that opens with an acknowledgement is still the explaining
            RuleExample(
                "«I totally understand, and honestly none of this was planned, a friend put me forward for the other job, I never even applied, and then they had me in twice in four days and made an offer on the Friday and wanted to hear by Monday, and I kept meaning to ring you but I thought I'd know more each morning, so I just said yes and rang you the same afternoon.»",
                turn: .frustration),
        ],
        nonTriggering: [
            RuleExample(
                "It's purely practical: the office is a two-hour journey each way from my home. Thanks for asking, though.", turn: .details),
            RuleExample(
                "Hi Marco, thanks for picking up. I've accepted a role elsewhere, so I'm withdrawing from the backend process. I've really valued the conversations with you and the platform team. I hope we cross paths again, and good luck filling the position."
            ),
            RuleExample(
                "I've accepted another offer that's closer to home and pays a little more, so I'm withdrawing. Thank you.", turn: .details),
            RuleExample(
                "I understand this is frustrating, especially so close to the final round, and I'm sorry for the inconvenience. I hope you find a great candidate soon.",
                turn: .frustration),
        ])

    /// Words of justification allowed before the reply reads as over-explained.
    /// Words that string one more clause onto a run-on reason.
    static let joiners: Set<String> = ["and", "so", "because", "cos", "but", "then", "plus"]

    /// Words that open a clause elaborating the one before it rather than adding a fact.
    static let elaborating: Set<String> = ["which", "who", "whom", "whose", "where"]

    /// How many separate facts make a list of excuses.
    static let listedFacts = (inOneSentence: 4, inAll: 5)

    /// Longer than this, a sentence is more than its thanks or acknowledgement.
    static let courtesySentenceWords = 40

    static let courtesyCues: [Cue] = [.thanks, .kindness, .praise, .wellWish, .door, .ackDirect, .farewell]

    /// The words of sentence `s` that justify. A courtesy sentence is not justification, unless it runs on
    /// far past its courtesy ("I understand, and the thing is… and then… so…"): then its other clauses are.
    func justificationWords(_ s: Int, in draft: Draft) -> Int {
        let all = draft.wordCount(s)
        guard draft.courtesySentences[s] else { return all }
        guard all > Self.courtesySentenceWords else { return 0 }
        let span = draft.analysis.sentences[s]
        var n = 0, k = Int(span.firstToken)
        while k < Int(span.endToken) {
            let end = min(draft.clauseEnd(of: k), Int(span.endToken))
            if Self.courtesyCues.allSatisfy({ draft.clause(ofToken: k, hasNo: $0) }) {
                n += (k..<end).filter { !draft.tokens[$0].has(.contraction) }.count
            }
            k = end
        }
        return n
    }

    static func limit(_ channel: Channel) -> (words: Int, sentences: Int) {
        channel == .email ? (95, 4) : (65, 3)
    }

    public func check(_ draft: Draft) -> [Violation] {
        var words = 0
        var content: [Int] = []
        for s in draft.analysis.sentences.indices where !draft.isFrame(s) {
            let n = justificationWords(s, in: draft)
            if n > 0 { content.append(s); words += n }
        }
        let limit = OverExplainingRule.limit(draft.context.channel)
        // Long over several sentences, or one long run-on sentence ("and… and then… so…"),
        // or a string of separate reasons however it is punctuated.
        let reasons = Set(draft.statedReasons.map(\.reason)).count
        func clauses() -> Int {  // only counted when the length is in question
            content.reduce(0) { n, s in
                let span = draft.analysis.sentences[s]
                // a clause break, or a conjunction that strings one more on ("... and then ... so ...")
                return n
                    + (Int(span.firstToken)..<Int(span.endToken)).filter {
                        draft.tokens[$0].has(.clauseStart)
                            || ($0 > Int(span.firstToken) && OverExplainingRule.joiners.contains(draft.word($0)))
                    }.count
            }
        }
        let long =
            words > limit.words
            && (content.count >= limit.sentences || words > limit.words * 3 / 2 || clauses() >= 2 * limit.sentences)
        // a string of separate facts, however short each is: "my rent went up 30%, I'm supporting my
        // brother, my parents are retiring, and I've got a loan"
        // A fact is a clause of four words or more that neither decides, thanks, apologises,
        // sympathises, wishes nor leaves the door open, and does not just elaborate the clause
        // before it ("..., which really isn't me").
        let sentences = Set(content)
        func starts(_ cues: [Cue]) -> Set<Int32> { Set(cues.flatMap { draft.hits($0) }.map(\.first)) }
        let notFacts = starts([.decision, .door, .wellWish, .hopeFor])
        var factsInSentence: [Int: Int] = [:]
        for clause in draft.reading.clauses
        where sentences.contains(clause.sentence) && clause.tokens.count >= 4
            && clause.acts.isDisjoint(with: [.thanks, .apology, .sympathy])
            && !OverExplainingRule.elaborating.contains(draft.word(clause.tokens.lowerBound))
            && !clause.tokens.contains(where: { notFacts.contains(Int32($0)) })
        {
            factsInSentence[clause.sentence, default: 0] += 1
        }
        // the facts run on in one sentence, and there are more around it
        let listed =
            (factsInSentence.values.max() ?? 0) >= OverExplainingRule.listedFacts.inOneSentence
            && factsInSentence.values.reduce(0, +) >= OverExplainingRule.listedFacts.inAll && words > limit.words * 2 / 3
        guard long || listed || (reasons >= 3 && words > limit.words / 3),
            let first = content.first, let last = content.last
        else { return [] }
        var end = draft.bytes(ofSentence: last).upperBound
        let b = draft.analysis.bytes
        if end < b.count, b[end] == 46 || b[end] == 33 || b[end] == 63 { end += 1 }
        return [
            Violation(
                bytes: draft.bytes(ofSentence: first).lowerBound..<end,
                message:
                    "About \(words) words of explanation; a \(draft.context.channel == .email ? "short email" : "spoken reply") needs one sentence."
            )
        ]
    }
}
