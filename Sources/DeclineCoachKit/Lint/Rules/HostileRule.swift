import Foundation

/// Insults, profanity, threats, sarcasm and shouting.
public struct HostileRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "hostile", title: "Hostile tone", level: .error, family: .alwaysOn,
        sections: ["pushback", "what-to-avoid"],
        rationale: "However the other side behaves, an insult, a threat, a sneer or a shout is what they will remember about you.",
        message: "This comes across as hostile.",
        hint: "Stay calm and courteous; if the conversation has turned sour, end it politely instead of hitting back.",
        triggering: [
            RuleExample("Oh, get lost, you «clown».", turn: .aggressive),
            RuleExample("Stop wasting my «damn» time.", turn: .counteroffer),
            RuleExample("«YOU'RE THE ONE WASTING MY TIME».", turn: .aggressive),
            RuleExample("«Oh, I'm sure you're devastated».", turn: .frustration),
            RuleExample("Keep talking to me like that and «I'll post» this call online.", turn: .aggressive),
            RuleExample("«Wow, thanks a lot». Took you three weeks to come up with that?", turn: .counteroffer),
        ],
        nonTriggering: [
            RuleExample("You said I was “unprofessional and a waste of space.” I'd rather not continue. Thanks for your time.", turn: .aggressive),
            RuleExample("I've accepted an offer with an NYC-based SaaS company, so I'm withdrawing from the CI/CD role."),
            RuleExample("Thanks a lot for your help with the scheduling, Priya.", turn: .close),
            RuleExample("I'm not calling anyone an idiot; I simply won't continue.", turn: .aggressive),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        for hit in draft.hits(.profanity) { result.append(Violation(bytes: draft.bytes(of: hit))) }
        for cue in [Cue.insult, .threat, .wastedTime] {
            for hit in draft.affirmed(cue) { result.append(Violation(bytes: draft.bytes(of: hit))) }
        }
        for s in draft.sarcasticSentences.sorted() {
            // the whole sarcastic phrase, with an opening interjection ("Oh, I'm sure you're devastated")
            let phrases = draft.hits(.sarcasm, inSentence: s) + draft.hits(.sarcasticThanks, inSentence: s)
            let sentenceStart = Int(draft.analysis.sentences[s].firstToken)
            let opener = draft.hits(.interjection, inSentence: s).first { Int($0.first) == sentenceStart }
            var range = draft.bytes(ofSentence: s)
            if let first = phrases.min(by: { $0.first < $1.first }) {
                let lo = opener.map { Int(draft.tokens[Int($0.first)].start) } ?? draft.bytes(of: first).lowerBound
                let hi = draft.hits(.sarcasm, inSentence: s).isEmpty
                    ? phrases.map { draft.bytes(of: $0).upperBound }.max()! : Int(draft.analysis.sentences[s].endByte)
                range = min(lo, draft.bytes(of: first).lowerBound)..<hi
            }
            result.append(Violation(bytes: range, message: "This reads as sarcastic, which lands as hostile."))
        }
        result += shouting(draft)
        // one finding per spot: "give a damn" is both an insult and a swear word
        var kept: [Violation] = []
        for v in result.sorted(by: { ($0.bytes?.lowerBound ?? 0) < ($1.bytes?.lowerBound ?? 0) }) {
            if let r = v.bytes, kept.contains(where: { $0.bytes?.overlaps(r) == true }) { continue }
            kept.append(v)
        }
        return kept
    }

    /// The pronoun "I" (which is capitalised whatever the tone).
    func isI(_ draft: Draft, _ k: Int) -> Bool {
        let t = draft.tokens[k]
        return t.length == 1 && draft.analysis.bytes[Int(t.start)] == 73
    }

    /// Three or more words in capitals, some of them ordinary words.
    func shouting(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        let tokens = draft.tokens
        var k = 0
        while k < tokens.count {
            if !tokens[k].flags.contains(.capitalised) { k += 1; continue } // every shouted word starts with a capital
            guard tokens[k].has(.allCaps) || (isI(draft, k) && k + 1 < tokens.count && tokens[k + 1].has(.allCaps)) else { k += 1; continue }
            var e = k
            var words = 0, common = 0
            while e < tokens.count, tokens[e].sentence == tokens[k].sentence,
                  tokens[e].has(.allCaps) || tokens[e].has(.contraction) || isI(draft, e) || tokens[e].has(.number) {
                if !tokens[e].has(.contraction) {
                    words += 1
                    if ShoutedWords.common.contains(draft.word(e).replacingOccurrences(of: "’", with: "'")) { common += 1 }
                }
                e += 1
            }
            if words >= 3 && common >= 2 {
                result.append(Violation(bytes: Int(tokens[k].start)..<Int(tokens[e - 1].end), message: "Writing in capitals reads as shouting."))
            }
            k = max(e, k + 1)
        }
        if result.isEmpty {
            // ordinary words in capitals scattered through the reply: "NO. I have ALREADY told you TWICE."
            let shouted = tokens.indices.filter { tokens[$0].has(.allCaps) && ShoutedWords.common.contains(draft.word($0)) }
            if shouted.count >= 3 {
                result.append(Violation(bytes: Int(tokens[shouted[0]].start)..<Int(tokens[shouted[0]].end), message: "Words in capitals read as shouting."))
            }
        }
        return result
    }
}
