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
    public let lexicon: Lexicon

    /// Words that open a negation scope, and words that close one early.
    static let negators = ["not", "never", "no", "none", "neither", "nor", "without", "hardly", "barely", "nothing", "nobody"]
    static let contrast = ["but", "though", "although", "however", "yet", "except", "whereas", "still"]
    static let scopeLength = 6

    public init(text: String, lexicon: Lexicon, cueCount: Int) {
        self.init(bytes: Array(text.utf8), lexicon: lexicon, cueCount: cueCount)
    }

    public init(bytes: [UInt8], lexicon: Lexicon, cueCount: Int) {
        self.bytes = bytes
        self.lexicon = lexicon
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var sentences: [Sentence] = []
        var lineStarts: [Int32] = [0]
        var pending = Tokenizer.Break.paragraph
        var quoteStart: Int? = nil
        var stemBuffer: [UInt8] = []
        var quotedRanges: [(Int, Int)] = []
        let vocabulary = lexicon.vocabulary
        let numberWords = lexicon.numberWords

        bytes.withUnsafeBufferPointer { b in
            Tokenizer.scan(b, word: { pieces, start, end, shape in
                for (index, piece) in pieces.enumerated() {
                    var id = piece.withUnsafeBufferPointer { vocabulary.lookup($0) }
                    if id == 0 {
                        stemBuffer.removeAll(keepingCapacity: true)
                        stemBuffer.append(contentsOf: piece)
                        Stemmer.stem(&stemBuffer)
                        if stemBuffer.count != piece.count {
                            id = stemBuffer.withUnsafeBufferPointer { vocabulary.lookup($0) }
                        }
                    }
                    var flags = shape
                    if index > 0 {
                        flags.insert(.contraction)
                        flags.remove(.capitalised); flags.remove(.allCaps)
                    }
                    if id != 0, numberWords.contains(id) { flags.insert(.number) }
                    if index == 0, pending >= .clause { flags.insert(.clauseStart) }
                    if index == 0, pending >= .sentence || tokens.isEmpty {
                        flags.insert(.sentenceStart)
                        if let last = sentences.indices.last { sentences[last].endToken = Int32(tokens.count) }
                        sentences.append(Sentence(firstToken: Int32(tokens.count), endToken: Int32(tokens.count),
                                                  startByte: Int32(start), endByte: Int32(end)))
                    }
                    tokens.append(Token(start: Int32(start), end: Int32(end), word: id,
                                        sentence: Int32(sentences.count - 1), flags: flags))
                    sentences[sentences.count - 1].endByte = Int32(end)
                }
                pending = .none
            }, brk: { kind, _ in
                if kind > pending { pending = kind }
                if kind == .paragraph { quoteStart = nil }
            }, quote: { kind in
                switch (kind, quoteStart) {
                case (.open, _), (.toggle, nil): quoteStart = tokens.count
                case (.close, let s?), (.toggle, let s?):
                    if s < tokens.count { quotedRanges.append((s, tokens.count)) }
                    quoteStart = nil
                case (.close, nil): break
                }
            }, newline: { lineStarts.append(Int32($0)) })
        }
        if let last = sentences.indices.last { sentences[last].endToken = Int32(tokens.count) }
        // A reply typed entirely inside quotation marks is still the user's own.
        let coversAll = quotedRanges.count == 1 && quotedRanges[0].0 == 0 && quotedRanges[0].1 == tokens.count
        if !coversAll {
            for (s, e) in quotedRanges { for k in s..<e { tokens[k].flags.insert(.quoted) } }
        }
        TextAnalysis.markNegation(&tokens, lexicon: lexicon)
        self.tokens = tokens
        self.sentences = sentences
        self.lineStarts = lineStarts
        let hits = lexicon.match(tokens)
        var byCue = Array(repeating: [Int32](), count: cueCount)
        for (index, hit) in hits.enumerated() where hit.cue < cueCount { byCue[hit.cue].append(Int32(index)) }
        self.hits = hits
        self.hitsByCue = byCue
    }

    private static func markNegation(_ tokens: inout [Token], lexicon: Lexicon) {
        let negatorIDs = Set(negators.map { lexicon.id(of: $0) }).subtracting([0])
        let contrastIDs = Set(contrast.map { lexicon.id(of: $0) }).subtracting([0])
        var remaining = 0
        for k in tokens.indices {
            let t = tokens[k]
            if t.flags.contains(.clauseStart) || contrastIDs.contains(t.word) { remaining = 0 }
            if negatorIDs.contains(t.word) {
                tokens[k].flags.insert(.negator)
                remaining = scopeLength
            } else if remaining > 0 {
                tokens[k].flags.insert(.negated)
                remaining -= 1
            }
        }
    }

    // MARK: Queries

    public var isBlank: Bool { tokens.isEmpty && !bytes.contains { $0 > 32 && $0 != 0xC2 && $0 != 0xA0 } }

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

    /// The lines of the text as byte ranges (without the newline).
    public var lines: [Range<Int>] {
        var result: [Range<Int>] = []
        for (index, start) in lineStarts.enumerated() {
            var end = index + 1 < lineStarts.count ? Int(lineStarts[index + 1]) - 1 : bytes.count
            if end > Int(start), end - 1 < bytes.count, bytes[end - 1] == 13 { end -= 1 }
            result.append(Int(start)..<max(Int(start), end))
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

    /// Whether the hit's first word is negated (and so the phrase is denied).
    public func isNegated(_ hit: Hit) -> Bool { tokens[Int(hit.first)].flags.contains(.negated) }

    public func sentence(of hit: Hit) -> Int { Int(tokens[Int(hit.first)].sentence) }
}
