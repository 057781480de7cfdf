import DeclineCoachText
import Foundation
import Testing

@testable import DeclineCoachKit

@Suite("Text pipeline")
struct TextPipelineTests {
    func analyse(_ text: String) -> TextAnalysis { TextAnalysis(text: text, lexicon: Cue.lexicon, cueCount: Cue.count) }
    func words(_ text: String) -> [String] { Tokenizer.words(of: text) }

    @Test func contractionsExpandWithStraightAndCurlyApostrophes() {
        #expect(words("I won't, can't, I'm") == ["i", "will", "not", "can", "not", "i", "am"])
        #expect(words("I’ve decided it’s time") == ["i", "have", "decided", "it", "is", "time"])
        #expect(words("the company's plans") == ["the", "company", "plans"])
    }

    @Test func hyphenatedWordsSplitButAddressesStayWhole() {
        #expect(words("final-round interviews") == ["final", "round", "interviews"])
        #expect(words("mira.jensen@example.com") == ["mira.jensen@example.com"])
        #expect(words("£95,000 and 15k") == ["95,000", "and", "15k"])
    }

    /// A regular word whose stem spells an irregular form stays itself: "range" is not "ring"
    /// (through "rang"), so "the range is low" never reads as a phone call.
    @Test func stemsNeverTurnIntoAnIrregularWord() {
        let lexicon = Cue.lexicon
        #expect(lexicon.id(of: "range") != lexicon.id(of: "ring"))
        #expect(lexicon.id(of: "rang") == lexicon.id(of: "ring"))
        var merged: [String] = []
        for (surface, base) in Stemmer.irregular where surface != base {
            for suffix in ["e", "ed", "es", "ing", "s"] where Stemmer.irregular[surface + suffix] != base {
                let word = surface + suffix
                if lexicon.id(of: base) != 0, lexicon.id(of: word) == lexicon.id(of: base) { merged.append("\(word)→\(base)") }
            }
        }
        #expect(merged.isEmpty, "\(merged)")
    }

    @Test func britishAndAmericanSpellingsMeet() {
        let lexicon = Cue.lexicon
        #expect(lexicon.id(of: "apologise") == lexicon.id(of: "apologize"))
        #expect(lexicon.id(of: "disorganised") == lexicon.id(of: "disorganized"))
        #expect(lexicon.id(of: "withdrew") == lexicon.id(of: "withdrawing"))
    }

    @Test func theShippedMatcherIsTheOneThePhraseFilesBuild() throws {
        var built = CompiledWriter()
        Cue.buildLexicon().write(to: &built)
        // compared by length and first difference: the text itself is a megabyte
        let shipped = LanguageData.compiledLexicon.description
        #expect(built.base64.count == shipped.count)
        #expect(
            built.base64.utf8.elementsEqual(shipped.utf8),
            "first difference at character \(zip(built.base64.utf8, shipped.utf8).prefix { $0 == $1 }.count)")
    }

    @Test func theDecodedMatcherFindsWhatTheBuiltOneFinds() throws {
        // every labelled reply in Tests/corpus, read with the shipped matcher and with one built here
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        let texts = try files.flatMap { file in
            try String(contentsOf: corpus.appending(path: file), encoding: .utf8).split(separator: "\n").compactMap { line in
                (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
            }
        }
        #expect(texts.count > 2_000)
        let text = texts.joined(separator: "\n\n")
        let shipped = TextAnalysis(text: text, lexicon: Cue.lexicon, cueCount: Cue.count)
        let rebuilt = TextAnalysis(text: text, lexicon: Cue.buildLexicon(), cueCount: Cue.count)
        #expect(shipped.hits.count > 10_000)
        #expect(shipped.hits.map { [$0.cue, Int($0.first), Int($0.last)] } == rebuilt.hits.map { [$0.cue, Int($0.first), Int($0.last)] })
        #expect(shipped.tokens.map(\.word) == rebuilt.tokens.map(\.word))
        #expect(shipped.tokens.map(\.flags.rawValue) == rebuilt.tokens.map(\.flags.rawValue))
    }

    @Test func damagedCompiledDataIsRefusedNotMisread() {
        #expect(throws: CompiledReader.Damaged.self) {
            var r = try CompiledReader(base64: "AAAA*AAA"); _ = try Lexicon(compiled: &r)
        }
        #expect(throws: CompiledReader.Damaged.self) {
            var r = try CompiledReader(base64: "AQAAAA=="); _ = try Lexicon(compiled: &r)
        }
    }

    @Test func placingManyOffsetsAtOnceAgreesWithPlacingEach() {
        let a = analyse("Café déjà vu, naïve.\nSecond line — “quoted” text.\r\nThird\rfourth line ends here.")
        let offsets = Array(stride(from: 0, to: a.bytes.count, by: 3)) + [a.bytes.count]
        let all = a.locations(ofBytes: offsets.reversed())
        for offset in offsets { #expect(all[offset]! == a.location(ofByte: offset), "offset \(offset)") }
        #expect(a.location(ofByte: a.bytes.count).line == 4, "a lone CR ends the third line")
    }

    @Test func tokensKeepTheirSourceRanges() {
        let a = analyse("Hi Marco,\nI’m withdrawing.")
        let marco = a.tokens[1]
        #expect(a.text(of: 1) == "Marco")
        #expect(a.location(ofByte: Int(marco.start)) == (1, 4))
        let withdrawing = a.tokens.indices.first { a.text(of: $0) == "withdrawing" }!
        #expect(a.location(ofByte: Int(a.tokens[withdrawing].start)) == (2, 5))
    }

    @Test func sentencesSplitOnPunctuationAndLinesButNotTitles() {
        let a = analyse("Dear Dr. Mensah,\nThanks. I'm out! Really?")
        #expect(a.sentences.count == 4)
        #expect(a.sentenceText(0) == "Dear Dr. Mensah")
    }

    @Test func quotedWordsAreMarkedButAWhollyQuotedReplyIsNot() {
        let a = analyse("You said I was “unprofessional” and I'm leaving.")
        let quoted = a.tokens.indices.filter { a.tokens[$0].has(.quoted) }.map { a.text(of: $0) }
        #expect(quoted == ["unprofessional"])
        let b = analyse("“I appreciate that, but I'm withdrawing.”")
        #expect(!b.tokens.contains { $0.has(.quoted) })
    }

    @Test func singleQuotationMarksQuoteButApostrophesDoNot() {
        let a = analyse("You called my decision ‘unprofessional’ and said the candidates' 'attitude' was off.")
        let quoted = a.tokens.indices.filter { a.tokens[$0].has(.quoted) }.map { a.text(of: $0) }
        #expect(quoted == ["unprofessional", "attitude"])
    }

    @Test func aNoteIsNotANegation() {
        let a = analyse("I'm sending a note to each of the companies.")
        #expect(!a.tokens.contains { $0.has(.negated) || $0.has(.negator) })
    }

    @Test func negationCoversTheFollowingWordsOfItsClause() {
        let a = analyse("I wouldn't call the process disorganised, but it was slow.")
        func negated(_ w: String) -> Bool { a.tokens[a.tokens.indices.first { a.text(of: $0) == w }!].has(.negated) }
        #expect(negated("disorganised"))
        #expect(!negated("slow"))
    }

    @Test func phrasesMatchAcrossInflectionsAndWildcards() {
        let a = analyse("I'd love to hear about future openings. I accepted a full-time offer.")
        #expect(a.has(Cue.door.rawValue))
        let accepted = a.hits(Cue.acceptedOffer.rawValue).map { a.text(from: $0.first, to: $0.last) }
        #expect(accepted.contains("accepted a full-time offer"))
    }

    @Test func phrasesNeverCrossSentences() {
        let a = analyse("I hope. You find it.")
        #expect(!a.hits(Cue.wellWish.rawValue).contains { a.text(from: $0.first, to: $0.last).contains("find") })
        #expect(a.hits(Cue.goodOutcome.rawValue).allSatisfy { a.sentence(of: $0) == 1 })
        // phrases the lexicon surely knows, cut into one-word sentences: no hit may span two of them
        // (each phrase matches whole: "not interested", "dodged a bullet", "good luck with that")
        for phrase in ["not interested", "dodged a bullet", "good luck with that", "pull out", "stop calling me", "thank you"] {
            let whole = analyse("Honestly, \(phrase).")
            #expect(whole.hits.contains { $0.last > $0.first }, "'\(phrase)' should match when said in one sentence")
            let cut = analyse(phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }.joined(separator: " "))
            #expect(cut.sentences.count == phrase.split(separator: " ").count)
            #expect(cut.hits.allSatisfy { $0.first == $0.last }, "'\(phrase)' matched across sentences")
        }
    }

    /// Each phrase in Language/cues, said in its plainest form (first alternatives, optional words
    /// left out, wildcards filled), is found as its own cue: a phrase the matcher cannot find is
    /// dead data, as "give you a shout" was when a word list registered "gave" before the stemmer's
    /// irregular forms.
    @Test func everyCuePhraseFindsItself() {
        var unmatched: [String] = []
        for cue in Cue.allCases {
            for (pattern, line) in Cue.phraseLines[cue.rawValue] {
                let words = pattern.split(separator: " ").compactMap { part -> String? in
                    if part.hasSuffix("?") && part.count > 1 { return nil }
                    switch part.split(separator: "|")[0] {
                    case "*": return "something"
                    case "#num": return "five"
                    case "#cap": return "Marco"
                    case let first: return first.replacingOccurrences(of: "+", with: " ")
                    }
                }
                let said = words.joined(separator: " ")
                let a = analyse(said)
                if !a.hits(cue.rawValue).contains(where: { $0.first == 0 }) { unmatched.append("\(cue) line \(line): '\(said)'") }
            }
        }
        #expect(unmatched.isEmpty, "\(unmatched.count) phrases never match: \(unmatched.prefix(20).joined(separator: "; "))")
    }

    @Test func analysingInTwoHalvesGivesTheSameResultAsOnePass() {
        var text = ""
        for k in 0..<400 {
            text += "Dear Marco,\n\nI wouldn't call it “disorganised”, but I'm withdrawing (\(k)). Thanks a lot!\nBest,\nSam\n\n"
        }
        let bytes = Array(text.utf8)
        let one = TextAnalysis(bytes: bytes, lexicon: Cue.lexicon, cueCount: Cue.count, parallel: false)
        let two = TextAnalysis(bytes: bytes, lexicon: Cue.lexicon, cueCount: Cue.count, parallel: true)
        #expect(one.tokens.count == two.tokens.count)
        #expect(
            zip(one.tokens, two.tokens).allSatisfy {
                $0.start == $1.start && $0.word == $1.word && $0.sentence == $1.sentence && $0.flags == $1.flags
            })
        #expect(one.sentences.map(\.firstToken) == two.sentences.map(\.firstToken))
        #expect(one.lineStarts == two.lineStarts)
        #expect(one.hits.map { [Int($0.first), Int($0.last), $0.cue] } == two.hits.map { [Int($0.first), Int($0.last), $0.cue] })
    }

    @Test func stemmerFoldsInflectionsConsistently() {
        #expect(Stemmer.stem("withdrawing") == Stemmer.stem("withdraw"))
        #expect(Stemmer.stem("declined") == Stemmer.stem("decline"))
        #expect(Stemmer.stem("values") == Stemmer.stem("value"))
        #expect(Stemmer.stem("called") == Stemmer.stem("call"))
        #expect(Stemmer.stem("thanks") == Stemmer.stem("thank"))
        #expect(Stemmer.stem("going") == Stemmer.stem("go"), "\"I'm not going to\" meets phrases written with \"go\"")
    }
}

@Suite("Input validation")
struct SourceTextTests {
    @Test func acceptsUTF8() throws {
        try SourceText.validate(Array("Renée — “fine”".utf8), source: "x")
    }

    @Test func rejectsInvalidUTF8WithItsPosition() {
        #expect(throws: InputError.invalidUTF8(source: "f.txt", line: 2, column: 3)) {
            try SourceText.validate([0x61, 0x0A, 0x62, 0x63, 0xFF, 0x64], source: "f.txt")
        }
    }

    @Test func rejectsBinary() {
        #expect(throws: InputError.binary(source: "b", offset: 2)) { try SourceText.validate([0x61, 0x62, 0x00], source: "b") }
    }
}

@Suite("Guide")
struct GuideTests {
    @Test func findsSectionsByIdOrHeadingFragment() {
        #expect(Guide.section(matching: "pushback")?.heading == "When Companies Push Back")
        #expect(Guide.section(matching: "what to avoid")?.id == "what-to-avoid")
        #expect(Guide.section(matching: "nonsense") == nil)
    }

    @Test func everySectionHasAdviceAndAUniqueId() {
        #expect(Set(Guide.sections.map(\.id)).count == Guide.sections.count)
        #expect(Guide.sections.allSatisfy { !$0.advice.isEmpty && !$0.summary.isEmpty })
    }
}

@Suite("Linter contexts")
struct LinterContextTests {
    @Test func turnKindsDecideWhatIsExpected() {
        let linter = Linter()
        let email = linter.applicableRules(LintContext(channel: .email, turn: .decline))
        #expect(["subject-line", "greeting", "sign-off", "door-open"].allSatisfy(email.contains))
        let postpone = linter.applicableRules(LintContext(turn: .postpone))
        #expect(!postpone.contains("wavering") && !postpone.contains("clear-decision") && postpone.contains("appreciation"))
        let noFuture = linter.applicableRules(LintContext(turn: .decline, futureInterest: false))
        #expect(!noFuture.contains("door-open"))
        let details = linter.applicableRules(LintContext(turn: .details, reason: .poorFit))
        #expect(details.contains("dishonest-reason") && !details.contains("appreciation"))
        let custom = linter.applicableRules(LintContext(turn: .details, expect: ["appreciation"], skip: ["curt"]))
        #expect(custom.contains("appreciation") && !custom.contains("curt"))
    }

    @Test func anEmptyReplyIsGhostingAndMissesEverythingTheTurnExpected() {
        let email = Linter().lint("  \n", context: LintContext(channel: .email))
        #expect(
            email.findings.map(\.rule) == [
                "ghosting", "clear-decision", "appreciation", "sign-off", "subject-line",
                "brief-reason", "door-open", "greeting", "personal-touch", "well-wishes",
            ])
        #expect(email.checked == email.findings.map(\.rule), "the always-on rules judged nothing, so none of them passed")
        let close = Linter().lint("", context: LintContext(turn: .close))
        #expect(close.findings.map(\.rule) == ["ghosting", "well-wishes"])
        #expect(close.score == 100 - 30 - 5)
    }

    @Test func scoresDropByLevel() {
        let result = Linter().lint(
            "Hi Ana, thanks for the call. I've accepted another offer, so I'm withdrawing from the Larkspur process. I'm so sorry, I feel terrible. I hope we stay in touch, and good luck with the search.",
            context: LintContext())
        #expect(result.findings.map(\.rule) == ["over-apology"])
        #expect(result.score == 85)
    }

    @Test func findingsCarryLineAndColumn() throws {
        let result = Linter().lint("Subject: Withdrawal\n\nDear <Name>,\n\nThanks.", context: LintContext(channel: .email))
        let slot = try #require(result.findings.first { $0.rule == "placeholder" })
        #expect(slot.line == 3 && slot.column == 6 && slot.endLine == 3 && slot.endColumn == 12)
    }
}

@Suite("Judging words")
struct JudgingWordTests {
    func valence(_ word: String) -> Float {
        let bytes = Array(word.utf8)
        var buffer = [UInt8](repeating: 0, count: 32)
        return bytes.withUnsafeBufferPointer { b in
            buffer.withUnsafeMutableBufferPointer { JudgementTable.shared.valence(of: b, 0..<b.count, buffer: $0) }
        }
    }

    @Test func vadersRatingsAreRead() {
        #expect(valence("rude") == -2.0)
        #expect(valence("Chaotic") == -2.2, "looked up lower-cased")
        #expect(valence("sorry") == 0, "a feeling, not a judgement (not-judgements.txt)")
        #expect(valence("table") == 0)
    }

    @Test func formsVaderDoesNotRateAreJudgedAsTheirWord() {
        #expect(valence("rudest") == -2.5, "VADER's own rating wins where it has one")
        #expect(valence("incompetently") == valence("incompetent"))
        #expect(valence("incompetent") < -1.5)
    }
}
