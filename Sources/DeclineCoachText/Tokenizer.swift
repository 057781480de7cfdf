/// Splits UTF-8 bytes into normalised words and break events in one pass.
///
/// Normalisation: ASCII case folding, curly apostrophes to straight ones,
/// contractions expanded ("won't" -> "will not", "I'm" -> "I am"), possessive
/// "'s" dropped, hyphenated words split ("final-round" -> "final round").
/// Curly quotes, dashes, ellipses and no-break spaces are punctuation.
package enum Tokenizer {
    package enum Break: UInt8, Comparable {
        case none = 0
        case clause, sentence, paragraph
        package static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
    }

    package enum Quote { case open, close, toggle, openSingle, closeSingle }

    package enum Class {
        case letter, digit, apostrophe, space, newline, sentenceEnd, clause, colon, hyphen
        case quote(Quote)
    }

    /// Classifies the scalar starting at `i`; returns its class and byte length.
    @inline(__always)
    package static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Class, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 97...122, 65...90: return (.letter, 1)
            case 48...57: return (.digit, 1)
            case 39: return (.apostrophe, 1)
            case 10: return (.newline, 1)
            // a line ends at "\n", "\r\n" or a lone "\r", as editors count lines
            case 13: return i + 1 < b.count && b[i + 1] == 10 ? (.space, 1) : (.newline, 1)
            case 46, 33, 63: return (.sentenceEnd, 1)
            case 44, 59, 40, 41, 91, 93, 123, 125, 60, 62, 124: return (.clause, 1)
            case 58: return (.colon, 1)
            case 45: return (.hyphen, 1)
            case 34: return (.quote(.toggle), 1)
            default: return (.space, 1)
            }
        }
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        guard i + length <= b.count else { return (.space, b.count - i) }
        if length == 2, c == 0xC2 {
            switch b[i + 1] {
            case 0xA0, 0xAD: return (.space, 2)  // no-break space, soft hyphen
            case 0xA3, 0xA5, 0xA9, 0xAE, 0xB0: return (.space, 2)  // £ ¥ © ® °
            case 0xAB, 0xBB: return (.quote(.toggle), 2)  // « »
            default: return (.letter, 2)
            }
        }
        if length == 3, c == 0xE2 {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80 {
                switch c2 {
                case 0x99: return (.apostrophe, 3)  // ’
                case 0x98: return (.quote(.openSingle), 3)  // ‘
                case 0x9C: return (.quote(.open), 3)  // “
                case 0x9D: return (.quote(.close), 3)  // ”
                case 0x90, 0x91: return (.hyphen, 3)  // ‐ ‑
                case 0x92, 0x93, 0x94, 0x95, 0xA2, 0xA6: return (.clause, 3)  // dashes, bullet, …
                case 0x8B, 0x8C, 0x8D, 0xAF, 0x80...0x8A: return (.space, 3)  // spaces
                case 0xA8, 0xA9: return (.clause, 3)  // line and paragraph separators: a break, not a line
                default: return (.space, 3)
                }
            }
            if c1 == 0x82 { return (.space, 3) }  // currency signs (€)
            return (.space, 3)  // arrows, symbols
        }
        if length == 3, c == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 { return (.space, 3) }  // ideographic space
        if length == 4 { return (.space, 4) }  // emoji and other symbols
        if length == 3, c == 0xEF, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return (.space, 3) }  // BOM
        return (.letter, length)
    }

    /// A fixed word that a contraction expands to.
    package enum Piece: UInt8, CaseIterable {
        case none, not, am, are, have, will, would, `is`, us, to, can, shall, going, want, with

        var text: StaticString {
            switch self {
            case .none: ""
            case .not: "not"
            case .am: "am"
            case .are: "are"
            case .have: "have"
            case .will: "will"
            case .would: "would"
            case .is: "is"
            case .us: "us"
            case .to: "to"
            case .can: "can"
            case .shall: "shall"
            case .going: "going"
            case .want: "want"
            case .with: "with"
            }
        }
    }

    @inline(__always)
    package static func equals(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard b.count == n else { return false }
        let p = s.utf8Start
        for i in 0..<n where b[i] != p[i] { return false }
        return true
    }

    package static let pronounsWithIs: [StaticString] = [
        "it", "that", "what", "there", "here", "he", "she", "who", "where",
        "how", "when", "why", "everything", "nothing", "something", "this",
    ]

    /// Splits one lower-cased word into a base (a prefix of the word, or a
    /// fixed replacement) and an optional second word, without allocating.
    @inline(__always)
    package static func expand(_ w: UnsafeBufferPointer<UInt8>) -> (baseLength: Int, replacement: Piece, second: Piece) {
        if w.count == 1 && w[0] == 119 { return (0, .with, .none) }  // texting "w" for "with"
        if w.count != 6 && w.count != 5 && !w.contains(39) { return (w.count, .none, .none) }
        var apostrophe = -1
        var k = w.count - 1
        while k >= 0 { if w[k] == 39 { apostrophe = k; break }; k -= 1 }
        if apostrophe < 0 {
            if equals(w, "cannot") { return (0, .can, .not) }
            if equals(w, "gonna") { return (0, .going, .to) }
            if equals(w, "wanna") { return (0, .want, .to) }
            return (w.count, .none, .none)
        }
        let suffix = UnsafeBufferPointer(rebasing: w[apostrophe...])
        let base = UnsafeBufferPointer(rebasing: w[..<apostrophe])
        if apostrophe == 0 { return (w.count, .none, .none) }
        if equals(suffix, "'t"), base.last == 110 {  // n't
            let stem = UnsafeBufferPointer(rebasing: base.dropLast())
            if stem.isEmpty { return (w.count, .none, .none) }
            if equals(stem, "wo") { return (0, .will, .not) }
            if equals(stem, "ca") { return (0, .can, .not) }
            if equals(stem, "sha") { return (0, .shall, .not) }
            if equals(stem, "ai") { return (0, .is, .not) }
            return (stem.count, .none, .not)
        }
        if equals(suffix, "'s") {
            if equals(base, "let") { return (apostrophe, .none, .us) }
            for p in pronounsWithIs where equals(base, p) { return (apostrophe, .none, .is) }
            return (apostrophe, .none, .none)  // possessive
        }
        if equals(suffix, "'m") { return (apostrophe, .none, .am) }
        if equals(suffix, "'re") { return (apostrophe, .none, .are) }
        if equals(suffix, "'ve") { return (apostrophe, .none, .have) }
        if equals(suffix, "'ll") { return (apostrophe, .none, .will) }
        if equals(suffix, "'d") { return (apostrophe, .none, .would) }
        if equals(suffix, "'") { return (apostrophe, .none, .none) }
        return (w.count, .none, .none)  // o'clock: kept whole
    }

    /// The normalised words of a short string (used to compile phrases).
    package static func words(of text: String) -> [String] {
        var collector = WordCollector()
        var copy = text
        copy.withUTF8 { scan($0, into: &collector) }
        return collector.words
    }

    struct WordCollector: TokenSink {
        var words: [String] = []
        mutating func word(_ base: UnsafeBufferPointer<UInt8>, replacement: Piece, second: Piece, start: Int, end: Int, shape: TokenFlags) {
            words.append(replacement == .none ? String(decoding: base, as: UTF8.self) : replacement.text.description)
            if second != .none { words.append(second.text.description) }
        }
        mutating func brk(_ kind: Break) {}
        mutating func quote(_ kind: Quote) {}
        mutating func newline(_ lineStart: Int) {}
    }

    /// Walks the text once, telling `sink` about each word (its normalised
    /// pieces, byte range and raw-case shape), each break, quotation mark and line.
    package static func scan<Sink: TokenSink>(_ b: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var i = 0
        let n = b.count
        let lower = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        defer { lower.deallocate() }
        var lineStart = 0
        var lineHasText = false
        var lastNonSpace: UInt8 = 0
        var lastWordStart = 0, lastWordEnd = 0
        var previousWasSpace = true
        while i < n {
            if b[i] == 32 { previousWasSpace = true; i += 1; continue }  // the commonest byte, first
            let (cls, len) = classify(b, i)
            switch cls {
            case .letter, .digit:
                let start = i
                var letters = 0, upper = 0, digits = 0, count = 0
                var sawApostrophe = false
                var firstUpper = false
                var j = i
                scanning: while j < n {
                    // fast path: ASCII letters and digits
                    let byte = b[j]
                    if byte >= 97 && byte <= 122 {
                        letters += 1
                        if count < 255 { lower[count] = byte; count += 1 }
                        j += 1; continue scanning
                    }
                    if byte >= 65 && byte <= 90 {
                        if j == start { firstUpper = true }
                        letters += 1; upper += 1
                        if count < 255 { lower[count] = byte + 32; count += 1 }
                        j += 1; continue scanning
                    }
                    let (c, l) = classify(b, j)
                    switch c {
                    case .letter:
                        let byte = b[j]
                        letters += 1
                        if byte >= 65 && byte <= 90 {
                            if j == start { firstUpper = true }
                            upper += 1
                            if count < 255 { lower[count] = byte + 32; count += 1 }
                        } else {
                            for k in 0..<l where count < 255 { lower[count] = b[j + k]; count += 1 }
                        }
                        j += l; continue scanning
                    case .digit:
                        digits += 1
                        if count < 255 { lower[count] = b[j]; count += 1 }
                        j += l; continue scanning
                    case .apostrophe:
                        // inside a word only when a letter follows ("don't"); "companies' " keeps it too
                        if j + l < n, case .letter = classify(b, j + l).0 {
                            if count < 255 { lower[count] = 39; count += 1 }
                            sawApostrophe = true
                            j += l; continue scanning
                        }
                    case .sentenceEnd where b[j] == 46:
                        if j + 1 < n, classify(b, j + 1).0.isAlphanumeric {
                            if count < 255 { lower[count] = 46; count += 1 }
                            j += 1; continue scanning
                        }
                    case .clause where b[j] == 44 && digits > 0 && letters == 0:
                        // 95,000: the comma groups digits
                        if j + 1 < n, b[j + 1] >= 48, b[j + 1] <= 57 {
                            if count < 255 { lower[count] = 44; count += 1 }
                            j += 1; continue scanning
                        }
                    case .space where b[j] == 64 || b[j] == 95:  // @ and _ join (addresses, first_name)
                        if j + 1 < n, classify(b, j + 1).0.isAlphanumeric {
                            if count < 255 { lower[count] = b[j]; count += 1 }
                            j += 1; continue scanning
                        }
                    default: break
                    }
                    break scanning
                }
                var shape: TokenFlags = []
                if firstUpper { shape.insert(.capitalised) }
                if upper >= 2 && upper == letters { shape.insert(.allCaps) }
                if letters > 0 { shape.insert(.alphabetic) }
                if digits > 0 && (letters == 0 || (letters == 1 && count > 0 && (lower[count - 1] == 107 || lower[count - 1] == 109))) {
                    shape.insert(.number)  // 120, 95,000, 15k, 2m
                }
                let w = UnsafeBufferPointer(start: lower, count: count)
                let (baseLength, replacement, second) =
                    sawApostrophe || count == 5 || count == 6 || count == 1 ? expand(w) : (count, .none, .none)
                sink.word(
                    UnsafeBufferPointer(start: lower, count: baseLength), replacement: replacement, second: second,
                    start: start, end: j, shape: shape)
                lastWordStart = start; lastWordEnd = j
                lineHasText = true
                lastNonSpace = b[j - 1]
                previousWasSpace = false
                i = j
                continue
            case .newline:
                let lineLength = i - lineStart
                if !lineHasText {
                    sink.brk(.paragraph)
                } else if lineLength >= 60, lastNonSpace != 46, lastNonSpace != 33, lastNonSpace != 63,
                    lastNonSpace != 58, lastNonSpace != 59, lastNonSpace != 44
                {
                    // a hard-wrapped line of prose: the sentence goes on
                } else {
                    sink.brk(.sentence)
                }
                lineStart = i + len
                lineHasText = false
                sink.newline(lineStart)
            case .sentenceEnd:
                // "Dr. Mensah" and "Mr. Holt" do not end a sentence
                let titled = lastWordEnd == i && isTitle(UnsafeBufferPointer(rebasing: b[lastWordStart..<lastWordEnd]))
                if b[i] == 46 && titled {
                } else if b[i] == 46, i + 1 < n, b[i + 1] == 46 {
                    sink.brk(.clause)  // "..." trails off
                } else {
                    sink.brk(.sentence)
                }
                lineHasText = true
            case .clause, .colon:
                sink.brk(.clause); lineHasText = true
            case .hyphen:
                // "final-round" splits quietly; " - " is a dash
                let spaced = previousWasSpace || (i + len < n && (b[i + len] == 32 || b[i + len] == 10))
                if spaced { sink.brk(.clause) }
                lineHasText = true
            case .quote(let q):
                sink.quote(q); sink.brk(.clause); lineHasText = true
            case .apostrophe:
                // not inside a word: a single quotation mark, 'like this'
                let nextIsLetter: Bool = {
                    guard i + len < n else { return false }
                    if case .letter = classify(b, i + len).0 { return true }
                    return false
                }()
                if previousWasSpace && nextIsLetter {
                    sink.quote(.openSingle); sink.brk(.clause)
                } else if !nextIsLetter {
                    sink.quote(.closeSingle)
                }
                lineHasText = true
            case .space:
                break
            }
            switch cls {
            case .space, .newline: previousWasSpace = true
            default:
                previousWasSpace = false
                lastNonSpace = b[i + len - 1]
            }
            if case .colon = cls { lastNonSpace = 58 }
            i += len
        }
    }

    @inline(__always)
    package static func isTitle(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count <= 4, w.count >= 2 else { return false }
        var lowered: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &lowered) { out in
            for (k, c) in w.enumerated() { out[k] = c >= 65 && c <= 90 ? c + 32 : c }
        }
        return withUnsafeBytes(of: lowered) { raw in
            let x = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: w.count)
            return equals(x, "mr") || equals(x, "mrs") || equals(x, "ms") || equals(x, "dr") || equals(x, "prof")
                || equals(x, "st") || equals(x, "jr") || equals(x, "sr") || equals(x, "vs")
        }
    }
}

/// Receives what `Tokenizer.scan` finds. Generic, so the scan specialises for
/// each receiver without closure calls on the hot path.
package protocol TokenSink {
    mutating func word(
        _ base: UnsafeBufferPointer<UInt8>, replacement: Tokenizer.Piece, second: Tokenizer.Piece,
        start: Int, end: Int, shape: TokenFlags)
    mutating func brk(_ kind: Tokenizer.Break)
    mutating func quote(_ kind: Tokenizer.Quote)
    mutating func newline(_ lineStart: Int)
}

extension Tokenizer.Class {
    package var isAlphanumeric: Bool {
        switch self {
        case .letter, .digit: return true;
        default: return false
        }
    }
}
