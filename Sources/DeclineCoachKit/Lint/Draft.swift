import DeclineCoachText
import Foundation

/// The parts of an email draft that the email rules look at, as byte ranges.
public struct EmailParts: Sendable {
    public var subjectLine: Range<Int>?
    /// The subject's text after `Subject:` (and any `Re:`/`Fwd:`).
    public var subject: Range<Int>?
    public var greeting: Range<Int>?
    public var closing: Range<Int>?
    public var signature: Range<Int>?

    /// Lines that frame the message rather than say something.
    public var frame: [Range<Int>] { [subjectLine, greeting, closing, signature].compactMap { $0 } }
}

/// A text being linted, with everything the rules share: the analysis, the
/// context, the email's parts and the signals several rules need (sarcasm,
/// stated reasons). Computed lazily, once per text.
public final class Draft {
    public let analysis: TextAnalysis
    public let context: LintContext
    /// Each rule's violations, computed once when first asked for.
    private var verdicts: [ObjectIdentifier: [Violation]] = [:]

    public init(analysis: TextAnalysis, context: LintContext) {
        self.analysis = analysis
        self.context = context
    }

    public convenience init(text: String, context: LintContext) {
        self.init(analysis: TextAnalysis(text: text, lexicon: Cue.lexicon, cueCount: Cue.count), context: context)
    }

    /// What `rule` finds in this text, whether or not it applies in this context:
    /// a rule that builds on another asks here instead of relying on run order.
    public func violations(of rule: any Rule.Type) -> [Violation] {
        if let known = verdicts[ObjectIdentifier(rule)] { return known }
        let found = rule.init().check(self)
        verdicts[ObjectIdentifier(rule)] = found
        return found
    }

    public var tokens: [Token] { analysis.tokens }
    public var isEmail: Bool { context.channel == .email }

    // MARK: Hits

    /// Every occurrence of a cue outside quotation marks.
    public func hits(_ cue: Cue) -> [Hit] { analysis.hits(cue.rawValue) }

    /// Occurrences whose first word is not negated.
    public func affirmed(_ cue: Cue) -> [Hit] { hits(cue).filter { !analysis.isNegated($0) } }

    /// Whether a phrase reaches into quoted words: then it reports someone else's words, not the speaker's.
    public func quotes(_ hit: Hit) -> Bool { (Int(hit.first)...Int(hit.last)).contains { tokens[$0].has(.quoted) } }

    /// Occurrences in the message itself, not in its subject, greeting or sign-off.
    /// The subject, greeting and sign-off lines of an email (empty for speech).
    public lazy var frame: [Range<Int>] = email?.frame ?? []

    public func inBody(_ cue: Cue) -> [Hit] {
        if frame.isEmpty { return hits(cue) }
        return hits(cue).filter { hit in
            let at = Int(tokens[Int(hit.first)].start)
            return !frame.contains { $0.contains(at) }
        }
    }

    public func hits(_ cue: Cue, inSentence sentence: Int) -> [Hit] {
        analysis.hits(inSentence: sentence).filter { $0.cue == cue.rawValue }
    }

    public func sentence(_ sentence: Int, has cue: Cue) -> Bool {
        analysis.hits(inSentence: sentence).contains { $0.cue == cue.rawValue }
    }

    /// Index of the first token of the clause holding `token`.
    public func clauseStart(of token: Int) -> Int {
        var k = token
        while k > 0 && !tokens[k].has(.clauseStart) { k -= 1 }
        return k
    }

    public func clauseEnd(of token: Int) -> Int {
        var k = token + 1
        while k < tokens.count && !tokens[k].has(.clauseStart) { k += 1 }
        return k
    }

    /// Whether `token` is the last word of its clause (a comma, a dash or the sentence's end follows).
    public func endsClause(_ token: Int) -> Bool {
        token + 1 >= tokens.count || tokens[token + 1].has(.clauseStart) || tokens[token + 1].sentence != tokens[token].sentence
    }

    /// Whether no hit of `cue` lies in the clause holding token `k`.
    public func clause(ofToken k: Int, hasNo cue: Cue) -> Bool {
        let lo = clauseStart(of: k), hi = clauseEnd(of: k)
        return !analysis.hits(inSentence: Int(tokens[k].sentence)).contains {
            $0.cue == cue.rawValue && Int($0.first) >= lo && Int($0.first) < hi
        }
    }

    /// Whether a cue occurs in the same clause as `hit`.
    public func clause(of hit: Hit, has cue: Cue) -> Bool {
        let lo = clauseStart(of: Int(hit.first)), hi = clauseEnd(of: Int(hit.last))
        return analysis.hits(inSentence: analysis.sentence(of: hit)).contains {
            $0.cue == cue.rawValue && Int($0.first) >= lo && Int($0.first) < hi
        }
    }

    public func bytes(of hit: Hit) -> Range<Int> {
        Int(tokens[Int(hit.first)].start)..<Int(tokens[Int(hit.last)].end)
    }

    public func bytes(ofSentence s: Int) -> Range<Int> {
        Int(analysis.sentences[s].startByte)..<Int(analysis.sentences[s].endByte)
    }

    /// Whether the sentence ends with a question mark.
    public func isQuestion(_ s: Int) -> Bool { analysis.endsWithQuestionMark(s) }

    /// Whether sentence `s` ends with "!".
    public func endsWithExclamation(_ s: Int) -> Bool {
        let k = Int(analysis.sentences[s].endByte)
        return k < analysis.bytes.count && analysis.bytes[k] == 33
    }

    /// The number of words (contractions count once) in a sentence.
    public func wordCount(_ s: Int) -> Int {
        let sentence = analysis.sentences[s]
        var n = 0
        for k in Int(sentence.firstToken)..<Int(sentence.endToken) where !tokens[k].has(.contraction) { n += 1 }
        return n
    }

    /// Whether the text outside an email's subject, greeting and sign-off has at most `limit` words.
    public func bodyHasAtMost(_ limit: Int) -> Bool {
        var n = 0
        for t in tokens where !t.has(.contraction) && !frame.contains(where: { $0.contains(Int(t.start)) }) {
            n += 1
            if n > limit { return false }
        }
        return true
    }

    public func text(_ range: Range<Int>) -> String { analysis.string(range) }

    /// The lower-cased source text of one token.
    public func word(_ k: Int) -> String { analysis.text(of: k).lowercased() }

    public func isFrame(_ sentence: Int) -> Bool {
        guard !frame.isEmpty else { return false }
        let start = Int(analysis.sentences[sentence].startByte)
        return frame.contains { $0.contains(start) }
    }

    // MARK: Shared signals

    /// Every clause, read for who it is about, what it says of them and what it does.
    public lazy var reading = ClauseReading(analysis)

    /// The quoted words (one to four) set off with quotation marks as if dubious, not reported
    /// ("your 'easy commute'", "thanks for 'understanding'"): a quote after a determiner, with no
    /// speech verb before it, that is not a title ("the “Content Strategist” interview").
    public lazy var scareQuotes: [Range<Int>] = {
        var result: [Range<Int>] = []
        let speech: Set<String> = [
            "said", "say", "says", "saying", "called", "call", "calls", "asked", "ask", "told", "tell", "wrote",
            "write", "mentioned", "put", "described", "quote", "quoted", "words", "word", "phrase", "line",
            "like", "felt", "feel", "found", "find", "whether", "right", "as",
        ]
        let determiners: Set<String> = ["your", "the", "a", "an", "this", "that", "my", "our", "his", "her", "their", "for", "so-called"]
        var k = 0
        while k < tokens.count {
            guard tokens[k].has(.quoted) else { k += 1; continue }
            var e = k
            while e < tokens.count && tokens[e].has(.quoted) && tokens[e].sentence == tokens[k].sentence { e += 1 }
            let words = (k..<e).filter { !tokens[$0].has(.contraction) }
            let sentenceStart = Int(analysis.sentences[Int(tokens[k].sentence)].firstToken)
            let determined = (max(sentenceStart, k - 3)..<k).contains { determiners.contains(word($0)) }
            let reported = (max(sentenceStart, k - 6)..<k).contains { speech.contains(word($0)) }
            let title = words.allSatisfy { tokens[$0].has(.capitalised) }
            if words.count <= 4 && determined && !reported && !title { result.append(k..<e) }
            k = e
        }
        return result
    }()

    /// Sentences that mock by incongruity: thanks for something unwelcome ("cheers for the lecture"),
    /// for something overdue ("thank you for finally replying"), or that hold a scare quote.
    lazy var incongruousSentences: Set<Int> = {
        var result = Set<Int>()
        for hit in hits(.thanks) + hits(.praise) + hits(.kindness) where !analysis.isNegated(hit) {
            let s = analysis.sentence(of: hit)
            let end = min(Int(analysis.sentences[s].endToken), Int(hit.last) + 6)
            if hits(.unwelcome, inSentence: s).contains(where: { Int($0.first) > Int(hit.last) && Int($0.first) < end }) {
                result.insert(s)
            }
            if (Int(hit.last) + 1..<end).contains(where: { word($0) == "finally" }) { result.insert(s) }
        }
        for quote in scareQuotes { result.insert(Int(tokens[quote.lowerBound].sentence)) }
        let sentences = analysis.sentences.indices
        // Praise of their conduct in a few words, to a recruiter who has just turned nasty: "Charming.", "Really professional."
        if context.turn == .aggressive || context.turn == .frustration {
            for s in sentences
            where wordCount(s) <= 5 && (sentence(s, has: .conductPraise) || sentence(s, has: .conductJudgement)) && !isQuestion(s) {
                let courteous = [Cue.thanks, .wellWish, .farewell, .apology, .ackVerb, .ackDirect, .decision, .door].contains {
                    sentence(s, has: $0)
                }
                if !courteous { result.insert(s) }
            }
        }
        // Praise and nothing else, where nothing deserves it: "Right, lovely, thanks for that." to a recruiter
        // who has turned nasty, or "Brilliant." after a pointed question ("So there was money all along? Brilliant.")
        for s in sentences where isBarePraise(s) {
            let pushedBack = context.turn == .aggressive || context.turn == .frustration
            let pointed = s > 0 && isQuestion(s - 1) && wordCount(s - 1) >= 3 && !asksPlainly(s - 1)
            if pushedBack || pointed || (s > 0 && sentence(s - 1, has: .onlyNow)) { result.insert(s) }
        }
        // A wish that is a jab ("hope you find someone who can put up with it") is sarcasm too
        for hit in hits(.mockWish) { result.insert(analysis.sentence(of: hit)) }
        // Praise or thanks beside a put-down: "Great attitude. This is exactly why I'm glad I pulled out.",
        // "thanks for the gracious reply… your email confirms I made the right call"
        let putDown = { (t: Int) in
            self.sentence(t, has: .vindication) || self.sentence(t, has: .complaint) || self.sentence(t, has: .keptWaiting)
        }
        // thanks or praise whose object is what they did to the speaker: "thanks for the lovely experience of
        // being rescheduled three times" (not across a "but": "I appreciate it, but ... get shouted at")
        for hit in hits(.thanks) + hits(.praise) + hits(.conductPraise) where !analysis.isNegated(hit) {
            let s = analysis.sentence(of: hit)
            let jab = (hits(.doneToMe, inSentence: s) + hits(.theirManner, inSentence: s)).first { $0.first > hit.last }
            if let jab, !(Int(hit.last) + 1..<Int(jab.first)).contains(where: { Draft.contrastWords.contains(word($0)) }) {
                result.insert(s)
            }
        }
        // (not across a "but": "Thanks, but this is the third time you've come back" thanks sincerely, then complains)
        let putDownCues: [Cue] = [.vindication, .complaint, .keptWaiting]
        for s in sentences where sentence(s, has: .conductPraise) || sentence(s, has: .feignedPraise) || sentence(s, has: .thanks) {
            let praise =
                (hits(.conductPraise, inSentence: s) + hits(.feignedPraise, inSentence: s) + hits(.thanks, inSentence: s))
                .map { Int($0.last) }.min() ?? 0
            let sameSentence = putDownCues.flatMap { hits($0, inSentence: s) }.contains { hit in
                !(min(praise, Int(hit.first))..<Int(hit.first)).contains { Draft.contrastWords.contains(word($0)) }
            }
            if sameSentence || (s + 1 < analysis.sentences.count && putDown(s + 1) && !sentence(s, has: .thanks)) { result.insert(s) }
        }
        return result
    }()

    /// Words that turn a sentence around (Language/lexicons/contrast-words.txt).
    static let contrastWords = Set(TextAnalysis.contrast)

    /// Words a sentence of bare praise is made of (Language/lexicons/bare-praise.txt, praise-fillers.txt):
    /// word lists, not cues, because the fillers are common words that would otherwise be hits everywhere.
    static let barePraise = Set(LanguageData.barePraise), praiseFillers = Set(LanguageData.praiseFillers)

    /// "Lovely.", "Right, lovely, thanks for that.", "Wow, really professional.": praise with nothing it praises.
    func isBarePraise(_ s: Int) -> Bool {
        let span = analysis.sentences[s]
        let range = Int(span.firstToken)..<Int(span.endToken)
        // someone else's words, quoted, are not the speaker's praise
        guard !range.isEmpty, range.count <= 9, !isQuestion(s), !range.contains(where: { tokens[$0].has(.quoted) }) else { return false }
        let words = range.map { word($0) }
        return words.contains { Draft.barePraise.contains($0) }
            && words.allSatisfy { Draft.barePraise.contains($0) || Draft.praiseFillers.contains($0) }
    }

    /// A question the speaker asks to go on sincerely ("Could we talk next week?"), not a pointed one.
    func asksPlainly(_ s: Int) -> Bool {
        let span = analysis.sentences[s]
        // the speaker asking about themselves ("have I caught you at a bad time?") is no jab
        if (Int(span.firstToken)..<Int(span.endToken)).contains(where: { ["i", "me", "my"].contains(word($0)) }) { return true }
        let first = word(Int(span.firstToken))
        return ["could", "can", "would", "may", "shall", "is", "are", "will", "when", "what", "how", "do", "does"].contains(first)
    }

    /// Sentences whose courtesy is sarcastic: mocking sympathy, "thanks a lot"
    /// next to a complaint or an interjection, "good luck with that" as a jab.
    static let shoutedIntensifiers = Set(LanguageData.shoutedIntensifiers)

    public lazy var sarcasticSentences: Set<Int> = {
        var result = incongruousSentences
        for hit in hits(.sarcasm) where !analysis.isNegated(hit) {
            let s = analysis.sentence(of: hit)
            // "good luck with that" is only a jab when it ends the sentence or meets a put-down
            if analysis.text(from: hit.first, to: hit.last).lowercased() == "good luck with that" {
                let end = Int(hit.last) + 1
                let endsSentence = end >= Int(analysis.sentences[s].endToken)
                if !endsSentence && !sentence(s, has: .negative) && !sentence(s, has: .insult) { continue }
            }
            result.insert(s)
        }
        // Exaggerated praise is mockery when it follows "oh"/"wow" and runs on into what it mocks
        // ("Oh, what a generous offer — a junior salary for a senior job"), when a complaint or a
        // question sits beside it, or when it opens the reply's turn ("Amazing how flexible everyone gets").
        // Sympathy with a shouted intensifier mocks what it pretends to feel: "I'm sure this is SO hard for you."
        for hit in hits(.ackDirect) {
            let shouted = (Int(hit.first)...Int(hit.last)).contains {
                tokens[$0].has(.allCaps) && Self.shoutedIntensifiers.contains(word($0))
            }
            let s = analysis.sentence(of: hit)
            let span = analysis.sentences[s]
            let lowerElsewhere = (Int(span.firstToken)..<Int(span.endToken)).contains { !tokens[$0].has(.allCaps) && word($0) != "i" }
            if shouted && lowerElsewhere { result.insert(s) }
        }
        for hit in hits(.feignedPraise) where !analysis.isNegated(hit) {
            let s = analysis.sentence(of: hit)
            let span = analysis.sentences[s]
            let first = Int(span.firstToken)
            let opener = hits(.interjection, inSentence: s).contains { Int($0.first) == first && $0.first <= hit.first }
            let runsOn = Int(span.endToken) - Int(hit.last) > 2 && !endsWithExclamation(s)
            let sour = { (t: Int) in self.sentence(t, has: .complaint) || self.soursOnThem(t) || self.isQuestion(t) }
            let sourNext = s + 1 < analysis.sentences.count && sour(s + 1)
            let word0 = analysis.text(from: hit.first, to: hit.first).lowercased()
            let exclaims = word0 == "what"  // "What a generous offer" can be sincere beside a complaint about something else
            let aside =
                ["amazing", "funny", "remarkable"].contains(word0) && Int(hit.first) == first
                && (s > 0 && isQuestion(s - 1) || sour(s) || sourNext || sentence(s, has: .onlyNow))
            let mocking = opener && (runsOn || sourNext)
            if mocking || (!exclaims && sour(s)) || aside { result.insert(s) }
        }
        for hit in hits(.sarcasticThanks) {
            let s = analysis.sentence(of: hit)
            let phrase = analysis.text(from: hit.first, to: hit.last).lowercased()
            if phrase.contains("nothing") || phrase.contains("wasting") { result.insert(s); continue }
            // "thanks a lot" is sarcastic beside an interjection, a complaint, or a bare order
            let first = Int(analysis.sentences[s].firstToken)
            let opensWithInterjection = hits(.interjection, inSentence: s).contains {
                Int($0.first) == first && Int($0.first) < Int(hit.first)
            }
            let sourSentence = sentence(s, has: .complaint) || sentence(s, has: .wastedTime) || soursOnThem(s)
            let next = s + 1 < analysis.sentences.count ? s + 1 : nil
            let sourNext =
                next.map {
                    sentence($0, has: .complaint) || sentence($0, has: .wastedTime) || soursOnThem($0)
                        || isBareOrder($0) || isQuestion($0)
                } ?? false
            let thanksFor = Int(hit.last) + 1 < tokens.count ? word(Int(hit.last) + 1) : ""
            let forAnAction =
                thanksFor == "for" && Int(hit.last) + 2 < tokens.count && word(Int(hit.last) + 2).hasSuffix("ing")
                && ![
                    "getting", "reaching", "being", "making", "taking", "letting", "understanding", "thinking", "considering", "helping",
                    "arranging", "organising", "organizing", "coming", "offering", "setting", "showing", "sharing", "explaining",
                    "inviting", "having", "going", "backing", "looking", "fighting", "pushing", "checking", "putting",
                ].contains(word(Int(hit.last) + 2))
            if opensWithInterjection || sourSentence || sourNext || forAnAction { result.insert(s) }
        }
        return result
    }()

    /// Whether sentence `s` holds a negative word that is not about the speaker or the situation:
    /// "Thanks a lot for lining up Friday. I've been a bit of an idiot" mocks no one.
    func soursOnThem(_ s: Int) -> Bool {
        let clauses = reading.clauses(inSentence: s, of: analysis)
        guard sentence(s, has: .negative) || clauses.contains(where: \.isNegativeJudgement) else { return false }
        return clauses.contains { clause in
            clause.isNegativeJudgement && clause.about != .speaker && clause.about != .situation
        }
            || hits(.negative, inSentence: s).contains {
                reading.party(before: Int($0.first), in: analysis) != .speaker
                    && reading.clause(ofToken: Int($0.first)).about != .speaker
            }
    }

    /// Whether the break before token `k` is a comma, not a dash, semicolon or colon.
    public func precededByComma(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        let b = analysis.bytes
        return (Int(tokens[k - 1].end)..<Int(tokens[k].start)).contains { b[$0] == 44 }
    }

    /// Whether a command-like phrase ("calm down", "go away") is narrated rather than said to them:
    /// it has a subject ("when things calm down", "the offer went away") or is inflected ("went").
    public func isNarrated(_ hit: Hit) -> Bool {
        let k = Int(hit.first)
        let raw = analysis.text(of: k).lowercased()
        if ["went", "gone", "goes", "going", "got", "gets", "getting", "grew", "grown", "calmed", "calms", "calming", "shuts"].contains(raw)
        {
            return true
        }
        guard k > 0, tokens[k - 1].sentence == tokens[k].sentence, !tokens[k].has(.clauseStart) else { return false }
        let subjects: Set<String> = [
            "i", "we", "they", "he", "she", "it", "things", "everything", "everyone", "that", "which",
            "who", "dust", "life", "work", "stuff", "matters",
        ]
        return subjects.contains(word(k - 1))
    }

    /// A short imperative with no courtesy ("Move it.").
    func isBareOrder(_ s: Int) -> Bool {
        let span = analysis.sentences[s]
        guard span.tokenCount > 0, span.tokenCount <= 3 else { return false }
        let first = word(Int(span.firstToken))
        let orders = ["move", "fix", "change", "reschedule", "sort", "stop", "drop", "cancel", "leave", "deal", "call", "email"]
        return orders.contains(first) && !sentence(s, has: .courtesyPhrase) && !sentence(s, has: .thanks)
    }

    /// Genuine thanks: not negated, not sarcastic, not "no thanks".
    public lazy var sincereThanks: [Hit] = {
        (hits(.thanks) + hits(.kindness)).filter { hit in
            let s = analysis.sentence(of: hit)
            if analysis.isNegated(hit) || sarcasticSentences.contains(s) { return false }
            return !hits(.noThanks, inSentence: s).contains { $0.first <= hit.first && $0.last >= hit.first }
        }
    }()

    /// Sentences that are thanks, praise or good wishes rather than content.
    public lazy var courtesySentences: [Bool] = {
        var result = [Bool](repeating: false, count: analysis.sentences.count)
        let sarcastic = sarcasticSentences
        for cue in [Cue.thanks, .kindness, .praise, .wellWish, .door, .ackDirect, .farewell] {
            for hit in hits(cue) where !analysis.isNegated(hit) {  // "I don't love the product" is no courtesy
                let s = analysis.sentence(of: hit)
                if sarcastic.isEmpty || !sarcastic.contains(s) { result[s] = true }
            }
        }
        // "I hope ..." is courtesy when it hopes something good for them
        for hit in hits(.hopeFor) where sentence(analysis.sentence(of: hit), has: .goodOutcome) {
            result[analysis.sentence(of: hit)] = true
        }
        return result
    }()

    /// Whether sentence `s` speaks of their terms: salary, equity, title, room to move, a sum of money.
    func mentionsTerms(_ s: Int, after start: Int = 0) -> Hit? {
        for cue in [Cue.termsNoun, .give, .bargainAmount] {
            // "my notice period", "my work number": the user's own, not their terms
            let owned: Set<String> = ["my", "phone", "work", "mobile", "contact"]
            if let hit = hits(cue, inSentence: s).first(where: {
                Int($0.first) >= start && !analysis.isNegated($0) && !tokens[Int($0.first)].has(.quoted)
                    && !(Int($0.first) > 0 && owned.contains(word(Int($0.first) - 1))) && word(Int($0.first)) != "based"
            }) {
                return hit
            }
        }
        return nil
    }

    /// A sum in sentence `s` from token `start` on: money ("95k", "£5,000") or, in a question, a bare
    /// figure that is not a time ("could you do 60?", not "at 3").
    func amount(in s: Int, from start: Int, bare: Bool) -> Int? {
        let span = analysis.sentences[s]
        let b = analysis.bytes
        let times: Set<String> = [
            "am", "pm", "o'clock", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months",
            "month", "years", "year", "th", "st", "nd", "rd", "times", "time", "rounds", "people", "interviews",
        ]
        let before: Set<String> = ["at", "on", "by", "before", "after", "until", "till", "around", "from", "in", "the", "of"]
        for k in max(start, Int(span.firstToken))..<Int(span.endToken) where tokens[k].has(.number) && !tokens[k].has(.quoted) {
            let t = tokens[k]
            let last = b[Int(t.end) - 1]
            let at = Int(t.start)
            let currency = at > 0 && (b[at - 1] == 36 || b[at - 1] == 0xA3 || b[at - 1] == 0xAC)  // $ £ €
            let digits = b[at] >= 48 && b[at] <= 57
            if (digits && (last == 107 || last == 75 || t.length >= 5)) || currency { return k }
            if bare {
                let next = k + 1 < Int(span.endToken) ? word(k + 1) : ""
                let prior = k > Int(span.firstToken) ? word(k - 1) : ""
                if !times.contains(next) && !before.contains(prior) && !["one", "half"].contains(word(k)) { return k }
            }
        }
        return nil
    }

    /// Whether sentence `s` is a question that asks (a wh-word, an auxiliary, "any", "and the ..."),
    /// not one that echoes what they said ("Sixty-five?", "Hybrid with two days in?").
    func asks(_ s: Int) -> Bool {
        guard isQuestion(s) else { return false }
        let span = analysis.sentences[s]
        // "..., is it?" only seeks agreement; "who signs up for that?" only jabs
        if hits(.rhetoricalQuestion, inSentence: s).contains(where: { _ in true }) { return false }
        let end = Int(span.endToken)
        if end - Int(span.firstToken) > 3, tokens[end - 2].has(.clauseStart) || tokens[end - 3].has(.clauseStart),
            ["is", "are", "was", "do", "does", "did", "will", "would", "can", "could", "have", "has"].contains(
                word(tokens[end - 2].has(.clauseStart) ? end - 2 : end - 3))
        {
            return false
        }
        return firstAskingWord(s) != nil
    }

    /// The first word of sentence `s` that asks (a wh-word, an auxiliary, "any", "and").
    func firstAskingWord(_ s: Int) -> Int? {
        let askingWords: Set<String> = [
            "what", "what's", "whats", "how", "which", "where", "when", "who", "why", "is", "are", "was",
            "were", "could", "can", "would", "will", "do", "does", "did", "any", "and", "should", "might", "may",
        ]
        let span = analysis.sentences[s]
        return (Int(span.firstToken)..<Int(span.endToken)).first { askingWords.contains(word($0)) }
    }

    /// A condition proper: not "even if" (which concedes), not a manner of speaking ("if I'm honest"),
    /// not in quotation marks.
    /// The words a condition can open with as written (the phrase files match stems, and "'s" stems to "be" as "were" does).
    static let conditionOpeners: Set<String> = ["if", "unless", "maybe", "provided", "providing", "as", "in", "were", "should"]

    public lazy var conditions: [Hit] = {
        hits(.conditional).filter { hit in
            let k = Int(hit.first)
            if tokens[k].has(.quoted) || (k > 0 && word(k - 1) == "even") { return false }
            // "were the salary higher" inverts a condition; "it's the pay" only stems to the same words
            if !Draft.conditionOpeners.contains(word(k)) { return false }
            return !hits(.idiomIf, inSentence: analysis.sentence(of: hit)).contains { $0.first == hit.first }
        }
    }()

    /// Where the reply asks about their terms: a question, or "out of curiosity ...", that names
    /// salary, equity, a title, room to move or a figure ("Could you do 60?", "Is the equity negotiable?").
    public lazy var termsQuestions: [Range<Int>] = {
        var result: [Range<Int>] = []
        for s in analysis.sentences.indices {
            // the terms must come in the asking part: "I've had another offer, but could I let you know?" asks about time
            let opener = hits(.asking, inSentence: s).first { !tokens[Int($0.first)].has(.quoted) }.map { Int($0.first) }
            guard let from = asks(s) ? firstAskingWord(s) : opener else { continue }
            if mentionsTerms(s, after: from) != nil || (asks(s) && wordCount(s) <= 16 && amount(in: s, from: from, bare: true) != nil) {
                result.append(bytes(ofSentence: s))
            }
        }
        return result
    }()

    /// Conditions on their terms: "if you could cover the train fare", "unless there's flexibility on the base",
    /// "what if the title were Principal" (not "even if the number doubled", which concedes).
    public lazy var termsConditions: [Range<Int>] = {
        var result: [Range<Int>] = []
        var seen = Set<Int>()
        for hit in conditions {
            let k = Int(hit.first), s = analysis.sentence(of: hit)
            // "if a remote role ever comes up": leaving the door open, not a condition on this offer;
            // "if I join a new company ...": the speaker's own plans
            guard !seen.contains(s), !clause(of: hit, has: .door), !clause(of: hit, has: .futureOpening) else { continue }
            if k + 1 < tokens.count, word(k + 1) == "i" || word(k + 1).hasPrefix("i'") { continue }
            // "if we cut back ...": the speaker's household; "unless we're talking 110 base" names a figure
            if k + 1 < tokens.count, word(k + 1) == "we" || word(k + 1).hasPrefix("we'"), amount(in: s, from: k, bare: true) == nil {
                continue
            }
            // "if the range had been listed": a regret about the past, not a condition on this offer
            if (k + 1..<clauseEnd(of: k)).contains(where: { word($0) == "had" }) { continue }
            let terms =
                mentionsTerms(s, after: k).map { Int($0.last) }
                ?? hits(.improveTerms, inSentence: s).first(where: { Int($0.first) > k && mentionsTerms(s) != nil }).map { Int($0.last) }
                ?? amount(in: s, from: k, bare: false) ?? improvedToAFigure(s, after: k)
            guard let end = terms else { continue }
            seen.insert(s)
            result.append(Int(tokens[k].start)..<Int(tokens[clauseEnd(of: end) - 1].end))
        }
        return result
    }()

    /// "get close to 90", "come up to eighty-five": a better figure named with the verb that asks for it,
    /// so a bare number is an amount even without "k" or a currency sign (the number's token).
    func improvedToAFigure(_ s: Int, after k: Int) -> Int? {
        for hit in hits(.improveTerms, inSentence: s) where Int(hit.first) > k {
            if let n = amount(in: s, from: Int(hit.first), bare: true), n <= Int(hit.last) + 2 { return n }
        }
        return nil
    }

    /// "For what it's worth, Harlow pays its leads around 95", "the other place is at 90, just saying":
    /// a rival's terms offered as leverage, which bargains and leaves the decision open.
    public lazy var leverageHints: [Range<Int>] = {
        var result: [Range<Int>] = []
        for hit in hits(.leverageAside) {
            let s = analysis.sentence(of: hit)
            let span = analysis.sentences[s]
            // the aside may close the sentence ("..., just saying") or open it ("FYI, they pay 95")
            let figure = (Int(span.firstToken)..<Int(span.endToken)).contains { tokens[$0].has(.number) && tokens[$0].length >= 2 }
            let terms = mentionsTerms(s) != nil || amount(in: s, from: Int(span.firstToken), bare: true) != nil || figure
            // not "advised me to just say ..."
            let aside = Int(hit.first) == Int(span.firstToken) || Int(hit.last) == Int(span.endToken) - 1
            if terms, aside, result.last != bytes(ofSentence: s) { result.append(bytes(ofSentence: s)) }
        }
        return result
    }()

    /// Where, in each sentence, the user starts to reopen the decision or to
    /// bargain (the first token of that clause). Reasons mentioned from there
    /// on are not the stated reason, and courtesy there is not sincere.
    public lazy var bargainingRegions: [Int: Range<Int>] = {
        var result: [Int: Range<Int>] = [:]
        func mark(_ hit: Hit) {
            let s = analysis.sentence(of: hit)
            let start = clauseStart(of: Int(hit.first)), end = clauseEnd(of: Int(hit.last))
            let old = result[s] ?? start..<end
            result[s] = min(old.lowerBound, start)..<max(old.upperBound, end)
        }
        for hit in hits(.bargainQuestion) + hits(.reopen) where !analysis.isNegated(hit) { mark(hit) }
        for hit in conditions {
            let s = analysis.sentence(of: hit)
            if sentence(s, has: .improveTerms) || sentence(s, has: .bargainAmount) || sentence(s, has: .reopenVerb) { mark(hit) }
        }
        return result
    }()

    /// Whether a hit lies in the bargaining or reopening part of its sentence:
    /// from the clause where it starts to the end of the clause where it ends.
    public func isBargaining(_ hit: Hit) -> Bool {
        guard let region = bargainingRegions[analysis.sentence(of: hit)] else { return false }
        return region.contains(Int(hit.first))
    }

    /// Whether a hit lies in the last clause of a sentence that ends with a question mark.
    public func isAsked(_ hit: Hit) -> Bool {
        let s = analysis.sentence(of: hit)
        guard isQuestion(s) else { return false }
        var k = Int(analysis.sentences[s].endToken) - 1
        while k > Int(hit.first) && !tokens[k].has(.clauseStart) { k -= 1 }
        return k <= Int(hit.first) || !tokens[k].has(.clauseStart) || clauseStart(of: Int(hit.first)) == k
    }

    /// First tokens of the clauses that thank, praise or wish well.
    lazy var courtesyClauses: Set<Int> = {
        var result = Set<Int>()
        for cue in [Cue.thanks, .praise, .kindness, .wellWish, .door] {
            for hit in hits(cue) { result.insert(clauseStart(of: Int(hit.first))) }
        }
        return result
    }()

    private static let reasonCues: [(Reason, Cue)] = [
        (.acceptedOffer, .acceptedOffer), (.poorFit, .poorFit), (.compensation, .compensation),
        (.personalCircumstances, .personal), (.stayingPut, .stayingPut), (.companyConcerns, .companyConcerns),
        (.logistics, .logistics), (.pausingSearch, .pausing),
    ]

    /// Words before "what I was looking for" that mean it was met (Language/lexicons/meets-wishes.txt).
    static let meetsWishes = Set(LanguageData.meetsWishes)

    static let issueWords = Set(LanguageData.issueWords), termsPraise = Set(LanguageData.termsPraise)
    static let remedyVerbs = Set(LanguageData.remedyVerbs).union(["shorten", "shortens"])

    /// A reason dismissed as the cause, as the subject of a denial: "money was never the issue", "more money won't
    /// change the fit", "the money doesn't shorten the drive".
    func isDismissed(_ hit: Hit) -> Bool {
        let end = clauseEnd(of: Int(hit.last))
        guard
            let negator = (Int(hit.last) + 1..<min(end, Int(hit.last) + 4)).first(where: { tokens[$0].has(.negator) || word($0) == "never" }
            )
        else { return false }
        return (negator + 1..<min(end, negator + 5)).contains {
            Draft.issueWords.contains(word($0)) || Draft.remedyVerbs.contains(word($0))
        }
    }

    /// A reason conceded, not given: "even with the mileage paid it's still three hours", "even at that number".
    func isConceded(_ hit: Hit) -> Bool {
        let start = clauseStart(of: Int(hit.first))
        return (max(start, Int(hit.first) - 4)..<Int(hit.first)).contains { k in
            word(k) == "even" && k + 1 < tokens.count
                && ["with", "at", "on", "paying", "for", "after", "allowing", "including"].contains(word(k + 1))
        }
    }

    /// A term of theirs acknowledged or weighed up: "that's a generous package", "that's a lot of money", "remote helps".
    func praisesTerms(_ hit: Hit) -> Bool {
        let start = clauseStart(of: Int(hit.first)), end = clauseEnd(of: Int(hit.last))
        let clause = start..<end
        return clause.contains { Draft.termsPraise.contains(word($0)) && !tokens[$0].has(.negated) }
            // not a denial, a contrast or a wish: "three days at home would change things a lot" asks for more
            && !clause.contains { tokens[$0].has(.negator) || ["but", "would", "could", "if"].contains(word($0)) }
    }

    /// The reasons the text gives for withdrawing, with where each is said.
    /// Ignored: mentions inside thanks or praise ("thank you for covering my
    /// travel"), denied ones ("it isn't the money"), quoted words, and
    /// sentences that bargain or reopen the decision.
    public lazy var statedReasons: [(reason: Reason, hit: Hit)] = {
        var result: [(Reason, Hit)] = []
        for (reason, cue) in Draft.reasonCues {
            // the first genuine mention of each reason is enough
            for hit in inBody(cue) where !result.contains(where: { $0.0 == reason }) {
                let s = analysis.sentence(of: hit)
                if analysis.isNegated(hit) && reason != .poorFit && reason != .companyConcerns { continue }
                // a capitalised word inside a sentence is a name ("Orchid Pay"), not a reason
                let first = tokens[Int(hit.first)]
                if first.has(.capitalised) && !first.has(.sentenceStart) && hit.first == hit.last { continue }
                if isBargaining(hit) || sarcasticSentences.contains(s) { continue }
                if courtesyClauses.contains(clauseStart(of: Int(hit.first))) { continue }
                if isAsked(hit) { continue }
                // a good outcome wished for them is no reason: "I hope the next candidate is a great fit"
                let wished = (hits(.hopeFor, inSentence: s) + hits(.wellWish, inSentence: s)).contains { $0.last < hit.first }
                if wished, !analysis.isNegated(hit),
                    hits(.goodOutcome, inSentence: s).contains(where: { $0.first <= hit.last && $0.last >= hit.first })
                {
                    continue
                }
                // what met the speaker's wishes is no poor fit: "came back with what I was looking for"
                if reason == .poorFit, word(Int(hit.first)) == "what", hit.first > 0, !analysis.isNegated(hit),
                    Draft.meetsWishes.contains(word(Int(hit.first) - 1))
                {
                    continue
                }
                if isDismissed(hit) || isConceded(hit) { continue }
                if reason == .compensation || reason == .logistics, praisesTerms(hit) { continue }
                // "I talked to my partner about it": whom you consulted, not why
                if reason == .personalCircumstances,
                    hits(.consulted, inSentence: s).contains(where: { $0.first < hit.first && $0.last >= hit.first - 1 })
                {
                    continue
                }
                result.append((reason, hit))
            }
        }
        // "a new position with my current employer" is staying put, not another offer
        let stayingPut = result.filter { $0.0 == .stayingPut }.map { clauseStart(of: Int($0.1.first)) }
        result.removeAll { reason, hit in reason == .acceptedOffer && stayingPut.contains(clauseStart(of: Int(hit.first))) }
        return result
    }()

    // MARK: Email structure

    public lazy var email: EmailParts? = isEmail ? Draft.parseEmail(analysis) : nil

    static let greetingWords = [
        "dear", "hi", "hello", "hey", "greetings", "good morning", "good afternoon", "good evening",
        "to whom", "to all", "to the", "attn", "morning", "afternoon", "evening",
        // other languages' salutations, as written in English emails
        "kia ora", "tēnā koe", "tena koe", "a chara", "a chairde", "annwyl", "shwmae", "namaste", "salaam",
        "assalamu alaikum", "hola", "bonjour", "ciao", "hallo", "guten tag", "sehr geehrte", "estimado",
        "estimada", "caro", "cara", "olá", "ola",
    ]
    static let closingWords = [
        "best", "regards", "kind regards", "warm regards", "best regards", "sincerely", "yours",
        "thanks", "thank you", "many thanks", "cheers", "warm wishes", "best wishes", "with thanks",
        "with gratitude", "all the best", "warmly", "respectfully", "take care", "talk soon",
        "with appreciation", "kindest regards", "warmest regards", "gratefully", "with best wishes",
        "thanks again", "thank you again", "warm", "speak soon", "kind wishes", "with many thanks", "love",
        // short and texting forms
        "all best", "all good wishes", "every good wish", "good wishes", "rgds", "kr", "br", "thx", "tx", "ty",
        "ta", "tks", "thanking you", "with love", "until next time",
        // respect and apology ("With my sincere apologies," loses its "with")
        "respect", "with respect", "with kind regards", "apologies", "my apologies", "my sincere apologies",
        "sincere apologies", "with apologies", "apologies again", "sorry again", "again, sorry",
        "again, my apologies", "humbly", "faithfully",
        // other languages' closings
        "mahalo", "ngā mihi", "nga mihi", "noho ora mai", "nāku noa", "naku noa", "is mise le meas",
        "le meas", "le gach dea-ghuí", "cofion", "cofion cynnes", "cofion gorau", "yn gywir", "diolch",
        "saludos", "saludos cordiales", "un saludo", "atentamente", "cordialmente", "un abrazo", "abrazos",
        "atenciosamente", "abraços", "cordialement", "bien cordialement", "bien à vous", "amitiés",
        "mit freundlichen grüßen", "freundliche grüße", "viele grüße", "liebe grüße", "beste grüße",
        "met vriendelijke groet", "groeten", "cordiali saluti", "distinti saluti", "saluti", "grazie",
        "gracias", "merci", "danke", "obrigado", "obrigada", "dhanyavaad", "shukriya", "namaste", "salaam",
        "arigato", "arigatō", "kamsahamnida", "xièxie", "xiexie",
    ]

    /// Where a greeting that opens a longer line ends: at the first comma, dash, "!" or ":" within its
    /// first six words ("Hi Melissa! Thanks so much ...", "hey Marcus, thank u ...").
    static func inlineGreetingEnd(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        var words = 0, inWord = false, k = line.lowerBound
        while k < line.upperBound, words <= 6 {
            let b = bytes[k]
            // a greeting cut from the line names someone: "hey!" alone is the body's first word
            if b == 44 || b == 33 || b == 58 { return words >= 2 ? k + 1 : nil }  // , ! :
            // an em or en dash (E2 80 94 / 93), or a hyphen between spaces
            if b == 0xE2, k + 2 < line.upperBound, bytes[k + 1] == 0x80, bytes[k + 2] == 0x94 || bytes[k + 2] == 0x93 { return k }
            if b == 45, k > line.lowerBound, bytes[k - 1] == 32 { return k }
            if b == 46 || b == 63 { return nil }  // a sentence ends first: no greeting to cut off
            let letter = b != 32 && b != 9
            if letter && !inWord { words += 1 }
            inWord = letter
            k += 1
        }
        return nil
    }

    static func parseEmail(_ a: TextAnalysis) -> EmailParts {
        var parts = EmailParts()
        // the subject and greeting are in the first lines with text, the sign-off in the last; the middle is never read.
        // Header lines (Cc:, To:) after the subject are not the frame.
        let headers = ["cc:", "bcc:", "to:", "from:", "date:", "sent:"]
        let lines = a.firstLines(6).filter { range in
            let l = a.string(range).lowercased().trimmedSpaces
            return !headers.contains { l.hasPrefix($0) }
        }.prefix(2).map { $0 }
        guard !lines.isEmpty else { return parts }
        var index = 0
        let first = a.string(lines[0]).trimmedSpaces
        if first.lowercased().hasPrefix("subject:") || first.lowercased().hasPrefix("subject :") {
            parts.subjectLine = lines[0]
            var start =
                lines[0].lowerBound + (first.firstIndex(of: ":").map { first.utf8.distance(from: first.startIndex, to: $0) + 1 } ?? 0)
            // skip leading spaces and reply prefixes
            let bytes = a.bytes
            func skipSpaces() { while start < lines[0].upperBound && (bytes[start] == 32 || bytes[start] == 9) { start += 1 } }
            skipSpaces()
            for prefix in ["re:", "fw:", "fwd:"] {
                let end = min(start + prefix.utf8.count, lines[0].upperBound)
                if a.string(start..<end).lowercased() == prefix { start = end; skipSpaces() }
            }
            parts.subject = start..<lines[0].upperBound
            index = 1
        }
        if index < lines.count {
            let line = a.string(lines[index]).trimmedSpaces
            let lower = line.lowercased()
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," })
            // a texter's "hiii" or "heyyy" is "hi" or "hey"
            let greetingWord = lower.prefix { $0.isLetter }
            let stretched =
                (greetingWord.count > 2 && greetingWord.allSatisfy { $0 == "h" || $0 == "i" })
                || (greetingWord.count > 3 && greetingWord.hasPrefix("hey") && greetingWord.dropFirst(3).allSatisfy { $0 == "y" })
            let startsWithGreeting =
                stretched || greetingWords.contains { lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") }
            let shortAddress =
                words.count <= 4 && (line.hasSuffix(",") || line.hasSuffix(":")) && line.first?.isUppercase == true
                && !closingWords.contains(where: { lower.hasPrefix($0) })
            if (startsWithGreeting && words.count <= 12) || shortAddress {
                parts.greeting = lines[index]
                index += 1
            } else if startsWithGreeting, let end = inlineGreetingEnd(a.bytes, lines[index]) {
                // a message in one paragraph, as on LinkedIn: "Hi Rahul — thanks for the note ..."
                parts.greeting = lines[index].lowerBound..<end
            }
        }
        // Sign-off: the last closing line ("Kind regards,"), then a name; contact details,
        // a job title or a disclaimer may follow the name.
        let ending = a.lastLines(8).filter { !parts.frame.contains($0) && $0.lowerBound > (parts.greeting?.lowerBound ?? -1) }
        for i in ending.indices.reversed() {
            let raw = a.string(ending[i])
            let closingLine = raw.trimmedSpaces
            let nextIsName = i + 1 < ending.count && isName(a.string(ending[i + 1]).trimmedSpaces)
            if isClosing(closingLine) {
                parts.closing = ending[i]
                // "Best regards, Jordan" on one line
                if let comma = closingLine.firstIndex(of: ","), isName(String(closingLine[closingLine.index(after: comma)...])) {
                    parts.signature = ending[i]
                } else if nextIsName {
                    parts.signature = ending[i + 1]
                }
                return parts
            }
            // A closing that runs on ("Best wishes, and good luck with the search.") or ends the last paragraph
            // ("... in future. With best wishes for the recruitment,"), when a name follows it. Only the closing
            // itself is the frame: what the sentence goes on to say is still the message.
            if nextIsName, let closing = closingInside(raw) {
                parts.closing = (ending[i].lowerBound + closing.lowerBound)..<(ending[i].lowerBound + closing.upperBound)
                parts.signature = ending[i + 1]
                return parts
            }
        }
        return parts
    }

    static let longestClosingsFirst = closingWords.sorted { $0.utf8.count > $1.utf8.count }

    static func isClosing(_ line: String) -> Bool {
        var lower = line.lowercased().trimmed(" ,.!—–-")
        if lower.hasPrefix("with ")
            && !closingWords.contains(where: {
                $0.hasPrefix("with ") && (lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ","))
            })
        {
            lower = String(lower.dropFirst(5))  // "With warm regards"
        }
        let words = lower.split(separator: " ")
        guard !words.isEmpty, words.count <= 7 else { return false }
        if closingWords.contains(where: { lower == $0 || lower.hasPrefix($0 + ",") || lower.hasPrefix($0 + " ") }) {
            return line.hasSuffix(",") || words.count <= 3 || line.contains(",")
        }
        return false
    }

    /// The bytes (relative to `line`) of a closing formula inside a longer line: the line's last sentence, or the
    /// line itself, opening with a closing and then either a comma ("Best wishes, and good luck") or a short
    /// phrase up to a final comma ("With best wishes for the recruitment,"). At most twelve words.
    static func closingInside(_ line: String) -> Range<Int>? {
        let bytes = Array(line.utf8)
        // sentence starts: the line's start and every ". ", "! ", "? "
        var starts = [0]
        var k = 0
        while k + 1 < bytes.count {
            if bytes[k] == 46 || bytes[k] == 33 || bytes[k] == 63, bytes[k + 1] == 32 { starts.append(k + 1) }
            k += 1
        }
        guard var start = starts.last else { return nil }
        while start < bytes.count, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 || bytes[end - 1] == 13 { end -= 1 }
        guard start < end else { return nil }
        let sentence = String(decoding: bytes[start..<end], as: UTF8.self)
        let lower = sentence.lowercased()
        let count = lower.split(separator: " ").count
        guard count <= 14, lower.first?.isLetter == true else { return nil }
        let body = lower.hasPrefix("with ") ? String(lower.dropFirst(5)) : lower
        let skipped = lower.utf8.count - body.utf8.count
        for formula in longestClosingsFirst where body.hasPrefix(formula) {
            let after = body.utf8.dropFirst(formula.utf8.count)
            guard let next = after.first else { continue }
            // one-word formulas ("best", "warm") open ordinary sentences too ("Best of luck with the search, ...")
            let phrase = formula.contains(" ") || formula.hasPrefix("thank")
            if next == 44, count <= 12 {  // "Best wishes, and good luck with the search."
                return start..<(start + skipped + formula.utf8.count + 1)
            }
            if next == 32, phrase, count <= 12, sentence.hasSuffix(",") {
                // "With best wishes for the recruitment,": a wish that closes the email; its words still say something,
                // so only the final comma is the frame
                return (end - 1)..<end
            }
            if next == 32, formula.hasPrefix("thank") || formula.hasPrefix("many thanks"), let comma = after.firstIndex(of: 44) {
                // "Thanks so much for your time, and best of luck with your hiring!"
                return start..<(start + skipped + formula.utf8.count + after.distance(from: after.startIndex, to: comma) + 1)
            }
        }
        return nil
    }

    /// One to four capitalised words (initials and an address allowed); a template slot ("[Your Name]") is not a name.
    static func isName(_ text: String) -> Bool {
        var t = text.trimmedSpaces
        if let lt = t.firstIndex(of: "<"), t.hasSuffix(">"), t[lt...].contains("@") { t = String(t[..<lt]).trimmedSpaces }
        if t.hasPrefix("[") || t.hasPrefix("{") || t.hasPrefix("<") { return false }
        let words = t.split(separator: " ")
        guard (1...5).contains(words.count), !t.hasSuffix("."), !t.hasSuffix(",") || words.count <= 3 else { return false }
        // "XXX", "TBD", "NAME": a slot in capitals
        if words.count == 1,
            ["XXX", "XX", "TBD", "TBC", "NAME", "FIRSTNAME", "YOURNAME"].contains(t) || (t.count >= 2 && t.allSatisfy({ $0 == "X" }))
        {
            return false
        }
        return words.allSatisfy { w in
            guard let f = w.first else { return false }
            return f.isUppercase || w.allSatisfy({ $0.isUppercase || $0 == "." })
                || ["de", "van", "von", "da", "di", "le", "la", "bin", "al"].contains(w.lowercased())
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (cheaper than Foundation's trimming).
    var trimmedSpaces: String { trimmed(" \t\r") }

    func trimmed(_ characters: String) -> String {
        var start = startIndex, end = endIndex
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
