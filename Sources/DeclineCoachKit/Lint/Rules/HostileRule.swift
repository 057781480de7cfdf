import DeclineCoachText
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
            // wishing the next person what the speaker never got
            RuleExample("Thanks, Ana. I hope the next applicant gets some feedback.", turn: .close),
            RuleExample("«Right, lovely, thanks for that».", turn: .frustration),
            RuleExample("Oh, so there was money all along? «Brilliant».", turn: .counteroffer),
            RuleExample("«Well, I hope you find someone who can put up with it».", turn: .close),
            RuleExample("Keep talking, I'm «recording this» and it's going straight to your CEO.", turn: .aggressive),
            RuleExample("«You lot are a complete shambles». I'm done.", turn: .aggressive),
            RuleExample("Oh, get lost, you «clown».", turn: .aggressive),
            RuleExample("Stop wasting my «damn» time.", turn: .counteroffer),
            RuleExample("«YOU'RE THE ONE WASTING MY TIME».", turn: .aggressive),
            RuleExample("«Oh, I'm sure you're devastated».", turn: .frustration),
            RuleExample("Keep talking to me like that and «I'll post» this call online.", turn: .aggressive),
            RuleExample("«Wow, thanks a lot». Took you three weeks to come up with that?", turn: .counteroffer),
            RuleExample("If the calls carry on, I'll be talking to a lawyer. Goodbye.", turn: .aggressive),
            RuleExample("One more message like that and I'm posting the whole thread online.", turn: .aggressive),
            // "you sound ..." before a put-down is name-calling, not an acknowledgement
            RuleExample("You sound unhinged, frankly. I'm hanging up.", turn: .aggressive),
            RuleExample("And you wonder why nobody wants to work for you. Goodbye.", turn: .aggressive),
            RuleExample("Your last message was frankly pathetic. Please don't write again.", channel: .email, turn: .aggressive),
            // their feeling thrown back as a question
            RuleExample("Upset? Try living on what you were offering.", turn: .frustration),
            RuleExample("Funny how the budget turns up the moment I've said no.", turn: .counteroffer),
        ],
        nonTriggering: [
            RuleExample("Could we keep in touch? Brilliant, thank you, and I'm still withdrawing.", turn: .counteroffer),
            RuleExample("I hope you find someone who loves the work as much as the team does.", turn: .close),
            RuleExample(
                "You said I was “unprofessional and a waste of space.” I'd rather not continue. Thanks for your time.", turn: .aggressive),
            RuleExample("I've accepted an offer with an NYC-based SaaS company, so I'm withdrawing from the CI/CD role."),
            RuleExample("Thanks a lot for your help with the scheduling, Priya.", turn: .close),
            RuleExample("I'm not calling anyone an idiot; I simply won't continue.", turn: .aggressive),
            RuleExample("Let's grab a coffee when things calm down.", turn: .close),
            RuleExample("I'm sorry I've made you look bad with the partners.", turn: .frustration),
            RuleExample("You called it a pathetic excuse. I can see why it sounds that way, but it's the truth.", turn: .frustration),
            RuleExample("Disappointed? I completely understand, and I'm sorry it's come to this.", turn: .frustration),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        for hit in draft.hits(.profanity) { result.append(Violation(bytes: draft.bytes(of: hit))) }
        let reading = draft.reading
        // "I'm an idiot" runs down the speaker, not them
        for hit in draft.affirmed(.insult)
        where reading.party(before: Int(hit.first), in: draft.analysis) != .speaker
            && !draft.isNarrated(hit)
        {
            result.append(Violation(bytes: draft.bytes(of: hit), message: "This insults them: «\(draft.text(draft.bytes(of: hit)))»."))
        }
        for hit in draft.affirmed(.threat) {
            result.append(Violation(bytes: draft.bytes(of: hit), message: "This threatens them: «\(draft.text(draft.bytes(of: hit)))»."))
        }
        for hit in draft.affirmed(.wastedTime) { result.append(Violation(bytes: draft.bytes(of: hit))) }
        for hit in draft.affirmed(.condescending) where !draft.isNarrated(hit) {
            result.append(
                Violation(bytes: draft.bytes(of: hit), message: "This talks down to them: «\(draft.text(draft.bytes(of: hit)))»."))
        }
        for hit in draft.hits(.rhetoricalQuestion) where draft.isQuestion(draft.analysis.sentence(of: hit)) {
            result.append(
                Violation(bytes: draft.bytes(of: hit), message: "This is a rhetorical jab at them: «\(draft.text(draft.bytes(of: hit)))»."))
        }
        result += secondPersonPutDowns(draft)
        // their own words reported are no jab of the speaker's ("you said I'm 'the reason recruiters drink'")
        for hit in draft.affirmed(.jab) where !draft.quotes(hit) {
            result.append(
                Violation(bytes: draft.bytes(of: hit), message: "This is a parting jab at them: «\(draft.text(draft.bytes(of: hit)))»."))
        }
        // contempt for them or what they did: "your last email was unhinged", "don't guilt-trip me, it's pathetic"
        // (not their word reported: "you called it a pathetic excuse")
        let saying: Set<String> = ["called", "call", "said", "say", "says", "told", "wrote", "described", "labelled", "labeled"]
        for hit in draft.affirmed(.contempt)
        where !draft.tokens[Int(hit.first)].has(.quoted)
            && !(max(0, Int(hit.first) - 4)..<Int(hit.first)).contains(where: { saying.contains(draft.word($0)) })
        {
            let about = reading.clause(ofToken: Int(hit.last)).about
            let aboutThem = about.isThem || (about == .nobody && [.frustration, .aggressive].contains(draft.context.turn))
            if aboutThem {
                result.append(Violation(bytes: draft.bytes(of: hit), message: "This scorns them: «\(draft.text(draft.bytes(of: hit)))»."))
            }
        }
        result += throwsTheirFeelingBack(draft)
        // one finding for a run of sarcastic sentences ("Great. Good luck with that shambles.")
        var previous: Int? = nil
        for s in draft.sarcasticSentences.sorted() {
            defer { previous = s }
            if let p = previous, p == s - 1, let last = result.last, let range = last.bytes {
                result[result.count - 1].bytes = range.lowerBound..<Int(draft.analysis.sentences[s].endByte)
                continue
            }
            // the whole sarcastic phrase, with an opening interjection ("Oh, I'm sure you're devastated")
            let phrases = draft.hits(.sarcasm, inSentence: s) + draft.hits(.sarcasticThanks, inSentence: s)
            let sentenceStart = Int(draft.analysis.sentences[s].firstToken)
            let opener = draft.hits(.interjection, inSentence: s).first { Int($0.first) == sentenceStart }
            var range = draft.bytes(ofSentence: s)
            if let first = phrases.min(by: { $0.first < $1.first }) {
                let lo = opener.map { Int(draft.tokens[Int($0.first)].start) } ?? draft.bytes(of: first).lowerBound
                let hi =
                    draft.hits(.sarcasm, inSentence: s).isEmpty
                    ? phrases.map { draft.bytes(of: $0).upperBound }.max()! : Int(draft.analysis.sentences[s].endByte)
                range = min(lo, draft.bytes(of: first).lowerBound)..<hi
            }
            result.append(Violation(bytes: range, message: HostileRule.sarcasmMessage))
        }
        // name what was read as sarcasm, once its run of sentences is known
        for i in result.indices where result[i].message == HostileRule.sarcasmMessage {
            if let range = result[i].bytes {
                result[i].message = "This reads as sarcastic, which lands as hostile: «\(draft.text(range))»."
            }
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

    static let sarcasmMessage = "This reads as sarcastic, which lands as hostile."

    /// Ordinary words that, alone in capitals, insist rather than stress ("I am NOT interested").
    static let insisting: Set<String> = [
        "no", "not", "never", "cannot", "won't", "don't", "stop", "you", "heard", "already",
        "told", "said", "literally", "twice", "again", "my", "listen", "enough",
    ]

    /// Words that may stand between "you" and what it is called: "you're being a complete ...", "you sound so ...".
    static let linking: Set<String> = [
        "be", "are", "re", "is", "were", "was", "sound", "sounds", "seem", "seems", "look", "looks", "act",
        "acting", "being", "like", "a", "an", "such", "so", "really", "seriously", "completely", "absolutely", "totally", "quite",
        "bit", "little", "just", "very", "utterly", "proper", "real", "truly", "right", "an", "of", "'re", "’re", "been", "ve", "have",
        "the", "most", "single",
        // "you lot are a complete shambles", "you guys are an absolute joke"
        "lot", "guys", "people", "lads", "all", "two", "complete", "total", "absolute", "utter", "actual",
    ]

    /// Verbs that make "you" the one something happens to: "I've made you look bad".
    static let causatives: Set<String> = [
        "made", "make", "makes", "making", "let", "lets", "letting", "left", "leave",
        "leaves", "leaving", "got", "get", "gets", "getting", "had", "have",
    ]

    /// "You're a bully", "you sound unhinged", "you rude little man": the listener called something bad.
    func secondPersonPutDowns(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        let you = draft.analysis.lexicon.id(of: "you")
        let tokens = draft.tokens
        for k in tokens.indices
        where tokens[k].word == you && !tokens[k].has(.quoted) && !tokens[k].has(.negated)
            && !(k > 0 && HostileRule.causatives.contains(draft.word(k - 1)))
        {
            var t = k + 1
            while t < tokens.count && t <= k + 6 && !tokens[t].has(.clauseStart) && tokens[t].sentence == tokens[k].sentence {
                if draft.reading.judgement(at: t) <= ClauseReading.putDown {
                    let range = Int(tokens[k].start)..<Int(tokens[t].end)
                    result.append(Violation(bytes: range, message: "This calls them names: «\(draft.text(range))»."))
                    break
                }
                guard tokens[t].has(.contraction) || HostileRule.linking.contains(draft.word(t)) else { break }
                t += 1
            }
        }
        return result
    }

    /// "Disappointed? Try living on what you were offering.": their feeling echoed as a question, then a
    /// retort instead of an acknowledgement.
    func throwsTheirFeelingBack(_ draft: Draft) -> [Violation] {
        let a = draft.analysis
        for s in a.sentences.indices.dropLast() where draft.isQuestion(s) && draft.wordCount(s) <= 3 {
            // a feeling ("disappointed", "upset"), not the "why" the feeling cue also holds ("I understand why")
            guard draft.hits(.feeling, inSentence: s).contains(where: { !["why", "how"].contains(draft.word(Int($0.first))) }) else {
                continue
            }
            let next = s + 1
            let acknowledges = [Cue.ackDirect, .ackVerb, .apology, .sympathy, .thanks].contains { draft.sentence(next, has: $0) }
            if !acknowledges { return [Violation(bytes: draft.bytes(ofSentence: s).lowerBound..<draft.bytes(ofSentence: next).upperBound)] }
        }
        return []
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
            // every shouted word starts with a capital; quoted words are someone else's
            if !tokens[k].flags.contains(.capitalised) || tokens[k].has(.quoted) { k += 1; continue }
            guard tokens[k].has(.allCaps) || (isI(draft, k) && k + 1 < tokens.count && tokens[k + 1].has(.allCaps)) else {
                k += 1; continue
            }
            var e = k
            var words = 0, common = 0
            while e < tokens.count, tokens[e].sentence == tokens[k].sentence,
                tokens[e].has(.allCaps) || tokens[e].has(.contraction) || isI(draft, e) || tokens[e].has(.number)
            {
                if !tokens[e].has(.contraction) {
                    words += 1
                    if ShoutedWords.common.contains(draft.word(e).replacingOccurrences(of: "’", with: "'")) { common += 1 }
                }
                e += 1
            }
            if words >= 3 && common >= 2 {
                result.append(
                    Violation(bytes: Int(tokens[k].start)..<Int(tokens[e - 1].end), message: "Writing in capitals reads as shouting."))
            }
            k = max(e, k + 1)
        }
        if result.isEmpty {
            // ordinary words in capitals scattered through the reply: "NO. I have ALREADY told you TWICE."
            let shouted = tokens.indices.filter {
                tokens[$0].has(.allCaps) && !tokens[$0].has(.quoted) && ShoutedWords.common.contains(draft.word($0))
            }
            // two ordinary words in capitals, or one that insists: "Thanks, but NO.", "I HEARD you."
            let insists = shouted.contains { HostileRule.insisting.contains(draft.word($0)) }
            if shouted.count >= 2 || insists {
                result.append(
                    Violation(
                        bytes: Int(tokens[shouted[0]].start)..<Int(tokens[shouted[0]].end), message: "Words in capitals read as shouting."))
            }
        }
        return result
    }
}
