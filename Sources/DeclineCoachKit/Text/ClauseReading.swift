import DeclineCoachText

/// Who a clause's judgement falls on.
public enum Party: UInt8, Sendable, Equatable {
    case nobody, speaker, situation, thirdParty
    case theirPeople, theirProcess, theirOffer, theirRole, theirCompany

    /// The other side: the listener, the company and what it offered.
    public var isThem: Bool { rawValue >= Party.theirPeople.rawValue }

    /// How feedback names it: "criticises their process".
    public var label: String {
        switch self {
        case .nobody: "no one"
        case .speaker: "you"
        case .situation: "the situation"
        case .thirdParty: "someone else"
        case .theirPeople: "them"
        case .theirProcess: "their process"
        case .theirOffer: "their offer"
        case .theirRole: "the role"
        case .theirCompany: "the company"
        }
    }

    static let cues: [(Cue, Party)] = [
        (.speaker, .speaker), (.situation, .situation), (.theirPeople, .theirPeople), (.theirProcess, .theirProcess),
        (.theirOffer, .theirOffer), (.theirRole, .theirRole), (.theirCompany, .theirCompany),
    ]
}

/// What a clause does, beside what it says.
public struct ClauseActs: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Its sentence ends with a question mark.
    public static let question = ClauseActs(rawValue: 1 << 0)
    /// It opens a condition ("if", "unless"); "even if" concedes instead and is not one.
    public static let condition = ClauseActs(rawValue: 1 << 1)
    /// It apologises: what it regrets is the speaker's own doing ("sorry for messing up your week").
    public static let apology = ClauseActs(rawValue: 1 << 2)
    /// It sympathises or acknowledges ("I can see this is hard", "sorry to hear").
    public static let sympathy = ClauseActs(rawValue: 1 << 3)
    /// It thanks.
    public static let thanks = ClauseActs(rawValue: 1 << 4)
}

/// One clause, read for who it is about, what it says of them and what it does.
public struct Clause: Sendable {
    public let sentence: Int
    /// Its tokens.
    public let tokens: Range<Int>
    /// Its most negative judgement (a rated word or a negative cue, not negated, not quoted); 0 when none.
    public let valence: Float
    /// The token holding that judgement.
    public let judged: Int?
    /// Who the judgement falls on (`.nobody` without a judgement).
    public let about: Party
    public let acts: ClauseActs

    /// A judgement strong enough to be a put-down.
    public var isNegativeJudgement: Bool { valence <= ClauseReading.putDown }
}

/// The clauses of a text (split at commas, dashes, colons and sentence ends), each read once.
/// Built from the analysis alone, in one pass over its tokens and hits.
public struct ClauseReading: Sendable {
    public let clauses: [Clause]
    /// The clause index of every token.
    private let clauseOfToken: [Int32]
    /// The party each party word names, by its first token.
    private let party: [Party]
    /// Each token's judgement (negative valence; 0 when it judges nothing).
    private let judgement: [Float]
    /// Party words that name the one something happens to ("gone badly for you"), not the one judged.
    private let experiencer: [Bool]
    /// Pronouns that may stand for a party named in the sentence before.
    private let anaphors: Set<Int32>

    /// Who the nearest party word before token `k` in its sentence names (`.nobody` when none).
    public func party(before k: Int, in a: TextAnalysis) -> Party {
        let start = Int(a.sentences[Int(a.tokens[k].sentence)].firstToken)
        var t = k - 1
        while t >= start { if party[t] != .nobody { return party[t] }; t -= 1 }
        return .nobody
    }

    /// The party the party word starting at token `k` names (`.nobody` when none starts there).
    public func partyAt(_ k: Int) -> Party { party[k] }

    /// Whether a clause names them or theirs anywhere.
    public func mentionsThem(_ clause: Clause, in a: TextAnalysis) -> Bool {
        clause.tokens.contains { party[$0].isThem }
    }

    /// How harshly token `k` judges (negative valence; 0 when it judges nothing).
    public func judgement(at k: Int) -> Float { judgement[k] }

    /// VADER's valence at or below which a word judges ("rude" -2.0, "chaotic" -2.2; "sorry" -0.3 does not).
    public static let putDown: Float = -1.5

    static let thirdPersonPronouns = LanguageData.thirdPersonPronouns

    public func clause(ofToken k: Int) -> Clause { clauses[Int(clauseOfToken[k])] }

    /// The clauses of sentence `s`, found from its tokens rather than by scanning every clause,
    /// so asking about each sentence of a long text stays linear.
    public func clauses(inSentence s: Int, of a: TextAnalysis) -> ArraySlice<Clause> {
        let span = a.sentences[s]
        guard span.endToken > span.firstToken else { return clauses[0..<0] }
        return clauses[Int(clauseOfToken[Int(span.firstToken)])...Int(clauseOfToken[Int(span.endToken) - 1])]
    }

    public init(_ a: TextAnalysis) {
        let tokens = a.tokens
        var clauseOfToken = [Int32](repeating: 0, count: tokens.count)
        // Party words by the token they start at; "my"/"our" before one makes it the speaker's.
        var party = [Party](repeating: .nobody, count: tokens.count)
        var experiencer = [Bool](repeating: false, count: tokens.count)
        var covered = [Bool](repeating: false, count: tokens.count)
        let lexicon = a.lexicon
        let my = lexicon.id(of: "my"), our = lexicon.id(of: "our"), you = lexicon.id(of: "you"), own = lexicon.id(of: "own")
        // ids of function words (registered by the lexicon; an unknown word has id 0 and must never match)
        func ids(_ words: [String]) -> Set<Int32> { Set(words.map { lexicon.id(of: $0) }.filter { $0 != 0 }) }
        let prepositions = ids(["for", "to", "with", "on", "at", "from"])
        for (cue, p) in Party.cues {
            for hit in a.hits(cue.rawValue) {
                let k = Int(hit.first)
                guard !covered[k], party[k] == .nobody || p == .speaker else { continue }
                var resolved = p
                // "my timeline", "my own timeline"
                let owner = k > 1 && own != 0 && tokens[k - 1].word == own ? k - 2 : k - 1
                if owner >= 0, tokens[owner].word == my, p != .speaker { resolved = .speaker }
                if k > 0, tokens[k - 1].word == our { resolved = .nobody }
                party[k] = resolved
                // a longer party phrase owns its words: "everyone I met" is them, not the speaker
                if hit.last > hit.first {
                    for t in k + 1...Int(hit.last) where party[t] == .speaker || party[t] == .nobody {
                        party[t] = .nobody; covered[t] = true
                    }
                }
                // "gone badly for you": the listener as the one it happens to, not the one judged
                if p == .theirPeople, tokens[k].word == you, k > 0, prepositions.contains(tokens[k - 1].word) { experiencer[k] = true }
            }
        }
        // after a subject pronoun a party word is a verb: "I interviewed poorly", "we call"
        let subjects = ids(["i", "we", "you", "they", "he", "she"])
        for k in tokens.indices.dropFirst()
        where ![.nobody, .speaker, .theirPeople].contains(party[k])
            && subjects.contains(tokens[k - 1].word) && tokens[k - 1].sentence == tokens[k].sentence
        {
            party[k] = .nobody
        }
        let thirdPronouns = ids(ClauseReading.thirdPersonPronouns)
        for k in tokens.indices where party[k] == .nobody && thirdPronouns.contains(tokens[k].word) { party[k] = .thirdParty }

        // Judging words: VADER's rating of the word as written, or the curated negative cue.
        var judgement = [Float](repeating: 0, count: tokens.count)
        let table = JudgementTable.shared
        a.bytes.withUnsafeBufferPointer { bytes in
            var lower = [UInt8](repeating: 0, count: 32)
            // a capitalised word inside a sentence is a name ("thanks, Rob"), not a judgement
            for k in tokens.indices
            where !tokens[k].has(.quoted) && (!tokens[k].has(.negated) || Self.affirmedDespiteNegation(k, a))
                && !tokens[k].has(.contraction)
                && !(tokens[k].has(.capitalised) && !tokens[k].has(.sentenceStart) && !tokens[k].has(.allCaps))
            {
                let t = tokens[k]
                judgement[k] = lower.withUnsafeMutableBufferPointer { table.valence(of: bytes, Int(t.start)..<Int(t.end), buffer: $0) }
            }
        }
        for hit in a.hits(Cue.negative.rawValue)
        where (!a.isNegated(hit) || Self.affirmedDespiteNegation(Int(hit.first), a)) && !a.tokens[Int(hit.first)].has(.quoted) {
            judgement[Int(hit.last)] = min(judgement[Int(hit.last)], -2)
        }
        let mild = Self.strengthenMildJudgements(&judgement, a, party)

        var acts = [ClauseActs](repeating: [], count: tokens.count)  // by the clause's first token
        func mark(_ cue: Cue, _ act: ClauseActs) {
            for hit in a.hits(cue.rawValue) { acts[Self.start(of: Int(hit.first), tokens)].insert(act) }
        }
        mark(.apology, .apology); mark(.sympathy, .sympathy); mark(.ackDirect, .sympathy); mark(.thanks, .thanks)
        for hit in a.hits(Cue.conditional.rawValue) {
            let k = Int(hit.first)
            let concessive = k > 0 && a.text(of: k - 1).lowercased() == "even"
            if !concessive { acts[Self.start(of: k, tokens)].insert(.condition) }
        }
        // "I understand ...", "I can see ...": the clause acknowledges
        // ("you sound unhinged" is no acknowledgement: what follows is a put-down, not a feeling)
        let feelings = Set(a.hits(Cue.feeling.rawValue).map { Int($0.first) })
        let putDowns = Set((a.hits(Cue.negative.rawValue) + a.hits(Cue.insult.rawValue)).map { Int($0.first) })
        let from = lexicon.id(of: "from")
        for hit in a.hits(Cue.ackVerb.rawValue) where Int(hit.first) <= Self.start(of: Int(hit.first), tokens) + 2 {
            let next = Int(hit.last) + 1
            // "I've heard from ex-staff that…" passes on hearsay; it acknowledges nothing
            if next < tokens.count, tokens[next].word == from { continue }
            let calledNames = (next...next + 2).contains { putDowns.contains($0) && !feelings.contains($0) }
            if !calledNames { acts[Self.start(of: Int(hit.first), tokens)].insert(.sympathy) }
        }

        let anaphors = ids(["it", "it's", "its", "this", "that", "that's", "they", "he", "she", "it’s", "that’s"])
        self.anaphors = anaphors
        self.experiencer = experiencer
        var clauses: [Clause] = []
        var k = 0
        while k < tokens.count {
            let s = Int(tokens[k].sentence)
            var e = k + 1
            while e < tokens.count && !tokens[e].has(.clauseStart) && Int(tokens[e].sentence) == s { e += 1 }
            let sentenceStart = Int(a.sentences[s].firstToken)
            /// Whom the judging word at `j` falls on.
            func judgedParty(_ j: Int) -> Party {
                var about = Party.nobody
                // "a bad time", "awful timing": the situation
                if j + 1 < e, party[j + 1] == .situation { about = .situation }
                // the nearest party word before the judgement in this clause, else the first after it
                // ("an insulting offer"), else the nearest before it in the sentence
                var t = j - 1
                while about == .nobody && t >= k {
                    if party[t] != .nobody && !experiencer[t] { about = party[t] }
                    t -= 1
                }
                t = j + 1
                while about == .nobody && t < e {
                    if party[t] != .nobody && !experiencer[t] { about = party[t] }
                    t += 1
                }
                // a mild judgement falls on its own clause only ("the commute would be too long": not the firm named before)
                t = k - 1
                while about == .nobody && t >= sentenceStart && !mild[j] {
                    if party[t] != .nobody && !experiencer[t] { about = party[t] }
                    t -= 1
                }
                // "It's a bit of a shambles.", "He seemed uninterested.": a pronoun before the judgement, with no party
                // of its own, stands for the party last named in the sentence before
                // (the pronoun opens its sentence: in "my sister was meant to help but she's ill" it has its antecedent)
                if about == .nobody || about == .thirdParty,
                    (k..<max(k, min(j, sentenceStart + 5))).contains(where: { anaphors.contains(tokens[$0].word) }),
                    let carried = Self.lastParty(before: s, a, party, experiencer)
                {
                    about = carried
                }
                // "this is so unprofessional of me"
                if about == .nobody || !about.isThem {
                    for t in j + 1..<e where party[t] == .speaker { about = .speaker; break }
                }
                return about
            }
            // With several judging words, one that falls on them decides: "the role was badly scoped and
            // the interview day was chaotic" criticises the role, whatever the day's word says.
            var judged: Int? = nil
            var valence: Float = 0
            var about = Party.nobody
            for t in k..<e where judgement[t] < 0 {
                let p = judgedParty(t)
                let better = judged == nil || (p.isThem && !about.isThem) || (p.isThem == about.isThem && judgement[t] < valence)
                if better { judged = t; valence = judgement[t]; about = p }
            }
            var clauseActs = acts[k]
            if a.endsWithQuestionMark(s) { clauseActs.insert(.question) }
            for t in k..<e { clauseOfToken[t] = Int32(clauses.count) }
            clauses.append(Clause(sentence: s, tokens: k..<e, valence: valence, judged: judged, about: about, acts: clauseActs))
            k = e
        }
        self.clauses = clauses
        self.clauseOfToken = clauseOfToken
        self.party = party
        self.judgement = judgement
    }

    static let remedyVerbs = LanguageData.remedyVerbs

    /// A negation that still leaves the judgement standing: a denied "less" ("doesn't make it any less dull") or a
    /// denied remedy ("money doesn't fix a toxic place", "won't change how chaotic it is") affirms the fault after it.
    static func affirmedDespiteNegation(_ k: Int, _ a: TextAnalysis) -> Bool {
        let tokens = a.tokens
        if k >= 2, a.lexicon.id(of: "less") == tokens[k - 1].word, ["any", "no"].contains(a.text(of: k - 2).lowercased()) { return true }
        let start = Self.start(of: k, tokens)
        return (max(start, k - 6)..<k).contains { t in
            tokens[t].has(.negated) && remedyVerbs.contains(a.text(of: t).lowercased())
        }
    }

    /// A mild judgement ("low", "thin", "slow") counts only when strengthened: by a degree word right before it
    /// ("pretty low", "way too slow", "a bit thin", "much longer") or by a confession of candour earlier in its
    /// sentence, or alone just before it ("Honestly, the feedback was thin", "I'll be honest. The rate is low.").
    /// Otherwise it judges nothing: "the pay is low for my rent" states a fact.
    /// It is read only where it says something of its subject or of a party word right after it ("the process was
    /// pretty slow", "a really slow process"), not of some other noun ("a really long chat"), and not measured against
    /// the speaker ("too long for me" is a matter of fit). Returns which tokens hold a strengthened mild judgement.
    static func strengthenMildJudgements(_ judgement: inout [Float], _ a: TextAnalysis, _ party: [Party]) -> [Bool] {
        let tokens = a.tokens
        let lexicon = a.lexicon
        func ids(_ words: [String]) -> Set<Int32> { Set(words.map { lexicon.id(of: $0) }.filter { $0 != 0 }) }
        let degree = ids(LanguageData.degreeWords)
        // "too long for me", "lower than I'd hoped": measured against the speaker
        let measures = ids(["for", "to", "than"])
        let selves = ids([
            "me", "my", "us", "our", "someone", "what", "myself", "anyone", "i", "i'd", "i'm", "i've", "we", "we'd", "expected", "hoped",
        ])
        let linking = ids(["than", "and", "but", "or", "so", "because", "given", "considering", "compared", "in", "at", "though"])
        // the first token after which a confession covers each sentence (Int.max: none)
        var candourFrom = [Int](repeating: Int.max, count: a.sentences.count)
        for hit in a.hits(Cue.candour.rawValue) where !a.isNegated(hit) {
            let s = Int(tokens[Int(hit.first)].sentence)
            candourFrom[s] = min(candourFrom[s], Int(hit.last) + 1)
            // "I'll be honest." covers the sentence after it
            let span = a.sentences[s]
            if Int(span.endToken) - Int(span.firstToken) <= 5, s + 1 < a.sentences.count {
                candourFrom[s + 1] = Int(a.sentences[s + 1].firstToken)
            }
        }
        var mild = [Bool](repeating: false, count: tokens.count)
        for k in tokens.indices where judgement[k] < 0 && judgement[k] > putDown {
            let strengthened =
                (k > 0 && degree.contains(tokens[k - 1].word) && tokens[k - 1].sentence == tokens[k].sentence)
                || k >= candourFrom[Int(tokens[k].sentence)]
            let next = k + 1
            let ends = next >= tokens.count || tokens[next].has(.clauseStart) || tokens[next].sentence != tokens[k].sentence
            let measured =
                !ends && measures.contains(tokens[next].word) && next + 1 < tokens.count
                && (selves.contains(tokens[next + 1].word) || Self.isFirstPerson(a.text(of: next + 1)))
            let onSubject =
                ends || party[next] != .nobody
                || (!measured && (linking.contains(tokens[next].word) || measures.contains(tokens[next].word)))
            mild[k] = strengthened && onSubject
            judgement[k] = mild[k] ? putDown - 0.1 : 0
        }
        return mild
    }

    /// Them or theirs, when named last in the sentence before `s` (nil when that names no one, or the speaker).
    static func lastParty(before s: Int, _ a: TextAnalysis, _ party: [Party], _ experiencer: [Bool]) -> Party? {
        guard s > 0 else { return nil }
        let before = a.sentences[s - 1]
        var t = Int(before.endToken) - 1
        while t >= Int(before.firstToken) && (party[t] == .nobody || party[t] == .thirdParty) { t -= 1 }
        return t >= Int(before.firstToken) && party[t].isThem && !experiencer[t] ? party[t] : nil
    }

    /// What sentence `s` is about when it opens with a pronoun ("It's still well below market.") that stands for
    /// them or theirs, named last in the sentence before.
    public func carriedParty(intoSentence s: Int, of a: TextAnalysis) -> Party? {
        let span = a.sentences[s]
        let opening = Int(span.firstToken)..<min(Int(span.endToken), Int(span.firstToken) + 5)
        guard opening.contains(where: { anaphors.contains(a.tokens[$0].word) }) else { return nil }
        return Self.lastParty(before: s, a, party, experiencer)
    }

    /// "I", "I'd", "I’m", "we'd": the speaker as a subject, however contracted.
    static func isFirstPerson(_ word: String) -> Bool {
        let w = word.lowercased()
        return w == "i" || w == "we" || w.hasPrefix("i'") || w.hasPrefix("i’") || w.hasPrefix("we'") || w.hasPrefix("we’")
    }

    /// The first token of the clause holding token `k`.
    static func start(of k: Int, _ tokens: [Token]) -> Int {
        var t = k
        while t > 0 && !tokens[t].has(.clauseStart) && tokens[t - 1].sentence == tokens[t].sentence { t -= 1 }
        return t
    }
}

/// VADER's judging words (rated -1.5 or below, less Language/lexicons/not-judgements.txt), found by
/// the word as written: VADER lists its inflections itself, so no stemming is needed and the table
/// is built in well under a millisecond.
struct JudgementTable: Sendable {
    private var words = Vocabulary(capacity: 4096)
    private var valences: [Float] = [0]

    static let shared = JudgementTable()

    private init() {
        for line in LanguageData.vader.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let v = Float(line[line.index(after: tab)...]) else { continue }
            let id = words.insert(String(line[..<tab]))
            if Int(id) == valences.count { valences.append(v) }
        }
        // our mild judgements, rated just above the put-down line so that only a strengthened one counts
        for word in LanguageData.mildJudgements {
            let id = words.insert(word)
            if Int(id) == valences.count { valences.append(JudgementTable.mild) }
        }
    }

    /// The rating given to a word of Language/lexicons/mild-judgements.txt.
    static let mild: Float = -1.0

    /// The rating of the word in `range` of `bytes`, lower-cased into `buffer` (0 when unrated, or not plain ASCII).
    func valence(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, buffer: UnsafeMutableBufferPointer<UInt8>) -> Float {
        guard range.count <= buffer.count else { return 0 }
        var n = 0
        for b in bytes[range] {
            guard b < 0x80 else { return 0 }
            buffer[n] = b >= 65 && b <= 90 ? b + 32 : b
            n += 1
        }
        var id = words.lookup(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        // VADER rates the plain word: "rudest", "ruder" and "rudely" are judged as "rude"
        if id == 0, n > 4 { id = baseForm(buffer, n) }
        return id > 0 && Int(id) < valences.count ? valences[Int(id)] : 0
    }

    /// The rated word a comparative, superlative or adverb comes from, trying its likely spellings
    /// in place in `w` (no allocation: this runs for every unrated word ending in -er, -est or -ly).
    private func baseForm(_ w: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Int32 {
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n > k + 2 else { return false }
            return suffix.withUTF8Buffer { s in (0..<k).allSatisfy { w[n - k + $0] == s[$0] } }
        }
        func look(_ keep: Int) -> Int32 { words.lookup(UnsafeBufferPointer(rebasing: w[0..<keep])) }
        /// The first `keep` bytes with a final "y" ("nastiest" -> "nasty").
        func lookY(_ keep: Int) -> Int32 {
            let saved = w[keep]
            w[keep] = UInt8(ascii: "y")
            defer { w[keep] = saved }
            return look(keep + 1)
        }
        var id: Int32 = 0
        if ends("iest") {
            id = lookY(n - 4)
        } else if ends("ier") || ends("ily") {
            id = lookY(n - 3)
        } else if ends("est") {
            id = look(n - 2)  // rudest -> rude
            if id == 0 { id = look(n - 3) }  // coldest -> cold
            if id == 0, w[n - 4] == w[n - 5] { id = look(n - 4) }  // biggest -> big
        } else if ends("er") {
            id = look(n - 1)
            if id == 0 { id = look(n - 2) }
            if id == 0, w[n - 3] == w[n - 4] { id = look(n - 3) }
        } else if ends("ly") {
            id = look(n - 2)  // incompetently -> incompetent
        }
        return id
    }
}
