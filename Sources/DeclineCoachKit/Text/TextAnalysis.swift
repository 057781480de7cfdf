import DeclineCoachText
import Dispatch

/// A reply or draft after the text pipeline: tokens with their source ranges,
/// sentences, quotation and negation marks, and every lexicon phrase found.
/// Built once per text; every rule reads from it and none re-scans the text.
public struct TextAnalysis: Sendable {
    public let bytes: [UInt8]
    public private(set) var tokens: [Token] = []
    public private(set) var sentences: [Sentence] = []
    /// Byte offset where each line starts (line 1 at index 0).
    public private(set) var lineStarts: [Int32] = [0]
    public private(set) var hits: [Hit] = []
    private var hitsByCue: [[Int32]] = []
    /// Index of each sentence's first hit in `hits` (one extra entry at the end).
    private var sentenceHits: [Int32] = []
    public let lexicon: Lexicon

    /// Words that open a negation scope, and words that close one early.
    /// (Language/lexicons/negators.txt, contrast-words.txt, scope-closers.txt)
    static let negators = LanguageData.negators
    static let contrast = LanguageData.contrastWords
    static let scopeClosers = LanguageData.scopeClosers
    static let scopeLength = 6

    public init(text: String, lexicon: Lexicon, cueCount: Int) {
        self.init(bytes: Array(text.utf8), lexicon: lexicon, cueCount: cueCount)
    }

    /// Collects tokens, sentences, lines and quotation spans from the scan.
    private struct Builder: TokenSink {
        let lexicon: Lexicon
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var lineStarts: [Int32] = [0]
        var pending = Tokenizer.Break.paragraph
        var quoteStart: Int? = nil
        var singleQuoteStart: Int? = nil
        var quotedRanges: [(Int, Int)] = []
        var stemBuffer: [UInt8] = []

        /// Added to every byte offset: where this stretch starts in the whole text.
        let offset: Int

        init(lexicon: Lexicon, capacity: Int, offset: Int = 0) {
            self.lexicon = lexicon
            self.offset = offset
            tokens.reserveCapacity(capacity)
            stemBuffer.reserveCapacity(64)
        }

        mutating func id(of base: UnsafeBufferPointer<UInt8>) -> Int32 {
            let id = lexicon.vocabulary.lookup(base)
            if id != 0 || !Stemmer.mayChange(base) { return id }
            stemBuffer.removeAll(keepingCapacity: true)
            stemBuffer.append(contentsOf: base)
            Stemmer.stem(&stemBuffer)
            if stemBuffer.count == base.count { return 0 }
            let stemmed = stemBuffer.withUnsafeBufferPointer { lexicon.vocabulary.lookup($0) }
            // "note" stems to "not": a negation must be the word itself
            return stemmed == lexicon.pieceIDs[Int(Tokenizer.Piece.not.rawValue)] ? 0 : stemmed
        }

        mutating func word(
            _ base: UnsafeBufferPointer<UInt8>, replacement: Tokenizer.Piece, second: Tokenizer.Piece,
            start: Int, end: Int, shape: TokenFlags
        ) {
            let first = replacement == .none ? id(of: base) : lexicon.pieceIDs[Int(replacement.rawValue)]
            append(first, start: start, end: end, flags: shape, isFirst: true)
            if second != .none {
                var flags = shape
                flags.remove(.capitalised); flags.remove(.allCaps); flags.insert(.contraction)
                append(lexicon.pieceIDs[Int(second.rawValue)], start: start, end: end, flags: flags, isFirst: false)
            }
            pending = .none
        }

        @inline(__always)
        mutating func append(_ id: Int32, start relativeStart: Int, end relativeEnd: Int, flags shape: TokenFlags, isFirst: Bool) {
            let start = relativeStart + offset, end = relativeEnd + offset
            var flags = shape
            if id != 0, lexicon.isNumberWord(id) { flags.insert(.number) }
            if isFirst, pending >= .clause { flags.insert(.clauseStart) }
            if isFirst, pending >= .sentence || tokens.isEmpty {
                flags.insert(.sentenceStart)
                if !sentences.isEmpty { sentences[sentences.count - 1].endToken = Int32(tokens.count) }
                sentences.append(
                    Sentence(
                        firstToken: Int32(tokens.count), endToken: Int32(tokens.count),
                        startByte: Int32(start), endByte: Int32(end)))
            }
            tokens.append(
                Token(
                    start: Int32(start), word: id, sentence: Int32(sentences.count - 1),
                    length: UInt16(clamping: end - start), flags: flags))
            sentences[sentences.count - 1].endByte = Int32(end)
        }

        mutating func brk(_ kind: Tokenizer.Break) {
            if kind > pending { pending = kind }
            if kind == .paragraph { quoteStart = nil; singleQuoteStart = nil }
        }

        mutating func quote(_ kind: Tokenizer.Quote) {
            if kind == .openSingle { singleQuoteStart = tokens.count; return }
            if kind == .closeSingle {
                if let s = singleQuoteStart, s < tokens.count { quotedRanges.append((s, tokens.count)) }
                singleQuoteStart = nil
                return
            }
            switch (kind, quoteStart) {
            case (.open, _), (.toggle, nil): quoteStart = tokens.count
            case (.close, let s?), (.toggle, let s?):
                if s < tokens.count { quotedRanges.append((s, tokens.count)) }
                quoteStart = nil
            case (.close, nil), (.openSingle, _), (.closeSingle, _): break
            }
        }

        mutating func newline(_ lineStart: Int) { lineStarts.append(Int32(lineStart + offset)) }
    }

    /// The analysis of one stretch of text, with absolute byte offsets.
    private struct Chunk {
        var tokens: [Token]
        var sentences: [Sentence]
        var lineStarts: [Int32]
        var hits: [Hit]
    }

    /// Tokenises, marks quotation and negation, and matches phrases in `range`.
    /// A range other than the first starts at a paragraph break, so nothing
    /// (quotation, negation, a sentence) carries over from the text before it.
    private static func analyse(
        _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexicon: Lexicon,
        capacity: Int, wholeText: Bool
    ) -> Chunk {
        var builder = Builder(lexicon: lexicon, capacity: capacity, offset: range.lowerBound)
        if range.lowerBound > 0 { builder.lineStarts = [] }
        Tokenizer.scan(UnsafeBufferPointer(rebasing: b[range]), into: &builder)
        if !builder.sentences.isEmpty { builder.sentences[builder.sentences.count - 1].endToken = Int32(builder.tokens.count) }
        var tokens = builder.tokens
        builder.tokens = []
        // A reply typed entirely inside quotation marks is still the user's own.
        let ranges = builder.quotedRanges
        let coversAll = wholeText && ranges.count == 1 && ranges[0].0 == 0 && ranges[0].1 == tokens.count && tokens.count > 1
        if !coversAll {
            for (s, e) in ranges { for k in s..<e { tokens[k].flags.insert(.quoted) } }
        }
        markNegation(&tokens, lexicon: lexicon)
        let hits = lexicon.match(tokens)
        return Chunk(tokens: tokens, sentences: builder.sentences, lineStarts: builder.lineStarts, hits: hits)
    }

    /// Where to cut a large text into `parts` pieces: at paragraph breaks only.
    private static func splitPoints(_ b: UnsafeBufferPointer<UInt8>, parts: Int) -> [Int] {
        var cuts = [0]
        for p in 1..<parts {
            var k = max(b.count * p / parts, cuts.last! + 1)
            let limit = min(b.count - 1, k + (1 << 20))
            while k < limit && !(b[k] == 10 && b[k + 1] == 10) { k += 1 }
            if k < limit { cuts.append(k + 2) }
        }
        cuts.append(b.count)
        return cuts
    }

    /// Texts this large are analysed in two halves at once (two cores); above
    /// the upper bound, one pass keeps peak memory to one copy of the tokens.
    static let parallelRange = 1_000_000...32_000_000

    public init(bytes: [UInt8], lexicon: Lexicon, cueCount: Int) {
        self.init(bytes: bytes, lexicon: lexicon, cueCount: cueCount, parallel: TextAnalysis.parallelRange.contains(bytes.count))
    }

    init(bytes: [UInt8], lexicon: Lexicon, cueCount: Int, parallel: Bool) {
        self.bytes = bytes
        self.lexicon = lexicon
        let capacity = bytes.count / 5 + 16
        var merged = bytes.withUnsafeBufferPointer { b -> Chunk in
            let cuts = parallel ? TextAnalysis.splitPoints(b, parts: 2) : [0, b.count]
            if cuts.count == 2 {
                return TextAnalysis.analyse(b, 0..<b.count, lexicon: lexicon, capacity: capacity, wholeText: true)
            }
            let parts = cuts.count - 1
            let results = UnsafeMutableBufferPointer<Chunk?>.allocate(capacity: parts)
            results.initialize(repeating: nil)
            defer { results.deinitialize(); results.deallocate() }
            nonisolated(unsafe) let out = results
            nonisolated(unsafe) let text = b
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                // the first part gets room for everything, so the others append without copying it again
                out[p] = TextAnalysis.analyse(
                    text, cuts[p]..<cuts[p + 1], lexicon: lexicon,
                    capacity: p == 0 ? capacity : (cuts[p + 1] - cuts[p]) / 5 + 16, wholeText: false)
            }
            var first = results[0]!
            results[0] = nil
            first.hits.reserveCapacity(first.hits.count * parts + 16)
            for p in 1..<parts {
                let chunk = results[p]!
                results[p] = nil
                let tokenOffset = Int32(first.tokens.count), sentenceOffset = Int32(first.sentences.count)
                first.tokens.append(
                    contentsOf: chunk.tokens.lazy.map {
                        var t = $0; t.sentence += sentenceOffset; return t
                    })
                first.sentences.append(
                    contentsOf: chunk.sentences.lazy.map {
                        var s = $0; s.firstToken += tokenOffset; s.endToken += tokenOffset; return s
                    })
                first.lineStarts.append(contentsOf: chunk.lineStarts)
                first.hits.append(
                    contentsOf: chunk.hits.lazy.map {
                        var h = $0; h.first += tokenOffset; h.last += tokenOffset; return h
                    })
            }
            return first
        }
        // Hits come out ordered by their first token, so each sentence's hits are one contiguous run.
        let hits = merged.hits
        var sentenceHits = [Int32](repeating: Int32(hits.count), count: merged.sentences.count + 1)
        var byCue = Array(repeating: [Int32](), count: cueCount)
        var nextSentence = 0
        for (index, hit) in hits.enumerated() {
            let s = Int(merged.tokens[Int(hit.first)].sentence)
            while nextSentence <= s { sentenceHits[nextSentence] = Int32(index); nextSentence += 1 }
            if hit.cue < cueCount { byCue[hit.cue].append(Int32(index)) }
        }
        self.tokens = merged.tokens
        merged.tokens = []
        self.sentences = merged.sentences
        self.lineStarts = merged.lineStarts
        self.hits = hits
        self.hitsByCue = byCue
        self.sentenceHits = sentenceHits
    }

    private static func markNegation(_ tokens: inout [Token], lexicon: Lexicon) {
        var isNegator = [Bool](repeating: false, count: lexicon.vocabularySize)
        var isContrast = isNegator, isCloser = isNegator
        for w in negators { let id = Int(lexicon.id(of: w)); if id > 0 && id < isNegator.count { isNegator[id] = true } }
        // a contrast ("but") or a new joined clause ("and", "so") ends the negation's reach
        for w in contrast + LanguageData.scopeBreakers {
            let id = Int(lexicon.id(of: w)); if id > 0 && id < isContrast.count { isContrast[id] = true }
        }
        for w in scopeClosers { let id = Int(lexicon.id(of: w)); if id > 0 && id < isCloser.count { isCloser[id] = true } }
        var remaining = 0
        for k in tokens.indices {
            let t = tokens[k]
            let w = Int(t.word)
            if t.flags.contains(.clauseStart) || (w < isContrast.count && isContrast[w]) { remaining = 0 }
            if w > 0 && w < isNegator.count && isNegator[w] {
                tokens[k].flags.insert(.negator)
                remaining = scopeLength
            } else if remaining > 0 {
                tokens[k].flags.insert(.negated)
                remaining = w < isCloser.count && isCloser[w] ? 0 : remaining - 1
            }
        }
    }

    // MARK: Queries

    public func hits(_ cue: Int) -> [Hit] {
        guard cue < hitsByCue.count else { return [] }
        return hitsByCue[cue].map { hits[Int($0)] }
    }

    public func has(_ cue: Int) -> Bool { cue < hitsByCue.count && !hitsByCue[cue].isEmpty }

    /// The source text of a token range.
    public func text(from first: Int32, to last: Int32) -> String {
        let s = Int(tokens[Int(first)].start), e = Int(tokens[Int(last)].end)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    public func text(of token: Int) -> String {
        String(decoding: bytes[Int(tokens[token].start)..<Int(tokens[token].end)], as: UTF8.self)
    }

    public func sentenceText(_ index: Int) -> String {
        let s = sentences[index]
        return String(decoding: bytes[Int(s.startByte)..<Int(s.endByte)], as: UTF8.self)
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    /// The line and column of many byte offsets at once, in one sweep: counting each column from
    /// its line's start would cost the line's length per offset (quadratic on one long line).
    public func locations(ofBytes offsets: [Int]) -> [Int: (line: Int, column: Int)] {
        var result: [Int: (line: Int, column: Int)] = [:]
        result.reserveCapacity(offsets.count)
        var line = -1, k = 0, column = 1
        for offset in Set(offsets).sorted() {
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if Int(lineStarts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
            }
            if lo != line { line = lo; k = Int(lineStarts[lo]); column = 1 }
            while k < offset && k < bytes.count {
                if bytes[k] & 0xC0 != 0x80 { column += 1 }
                k += 1
            }
            result[offset] = (line + 1, column)
        }
        return result
    }

    public func location(ofByte offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(lineStarts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var k = Int(lineStarts[lo])
        while k < offset && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (lo + 1, column)
    }

    /// Whether a byte range holds anything but spaces.
    func hasText(_ range: Range<Int>) -> Bool {
        bytes[range].contains { $0 != 32 && $0 != 9 && $0 != 13 && $0 != 0xC2 && $0 != 0xA0 }
    }

    /// The byte range of line `index` (0-based), without its newline.
    func line(_ index: Int) -> Range<Int> {
        let start = Int(lineStarts[index])
        var end = index + 1 < lineStarts.count ? Int(lineStarts[index + 1]) - 1 : bytes.count
        if end > start, bytes[end - 1] == 13 { end -= 1 }
        return start..<max(start, end)
    }

    /// The first `count` lines that hold text.
    public func firstLines(_ count: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var k = 0
        while k < lineStarts.count && result.count < count {
            if hasText(line(k)) { result.append(line(k)) }
            k += 1
        }
        return result
    }

    /// The last `count` lines that hold text, in reading order.
    public func lastLines(_ count: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var k = lineStarts.count - 1
        while k >= 0 && result.count < count {
            if hasText(line(k)) { result.insert(line(k), at: 0) }
            k -= 1
        }
        return result
    }

    public func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Tokens whose start byte falls in `range`.
    public func tokenRange(inBytes range: Range<Int>) -> Range<Int> {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(tokens[mid].start) < range.lowerBound { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < tokens.count && Int(tokens[end].start) < range.upperBound { end += 1 }
        return lo..<end
    }

    /// Whether sentence `s` ends with a question mark (closing quotes and spaces may come between).
    public func endsWithQuestionMark(_ s: Int) -> Bool {
        var k = Int(sentences[s].endByte)
        while k < bytes.count,
            bytes[k] == 32 || bytes[k] == 34 || bytes[k] == 0xE2 || bytes[k] == 0x80 || bytes[k] == 0x9D || bytes[k] == 0x9C
        { k += 1 }
        return k < bytes.count && bytes[k] == 63
    }

    /// Whether the hit's first word is negated (and so the phrase is denied).
    public func isNegated(_ hit: Hit) -> Bool { tokens[Int(hit.first)].flags.contains(.negated) }

    public func sentence(of hit: Hit) -> Int { Int(tokens[Int(hit.first)].sentence) }

    /// The hits whose first word lies in sentence `s`.
    public func hits(inSentence s: Int) -> ArraySlice<Hit> {
        guard s >= 0, s < sentences.count else { return [] }
        return hits[Int(sentenceHits[s])..<Int(sentenceHits[s + 1])]
    }
}
