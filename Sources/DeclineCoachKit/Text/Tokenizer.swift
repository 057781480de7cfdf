/// Splits UTF-8 bytes into normalised words and break events in one pass.
///
/// Normalisation: ASCII case folding, curly apostrophes to straight ones,
/// contractions expanded ("won't" -> "will not", "I'm" -> "I am"), possessive
/// "'s" dropped, hyphenated words split ("final-round" -> "final round").
/// Curly quotes, dashes, ellipses and no-break spaces are punctuation.
enum Tokenizer {
    enum Break: UInt8, Comparable {
        case none = 0, clause, sentence, paragraph
        static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
    }

    enum Quote { case open, close, toggle }

    enum Class {
        case letter, digit, apostrophe, space, newline, sentenceEnd, clause, colon, hyphen, quote(Quote)
    }

    /// Classifies the scalar starting at `i`; returns its class and byte length.
    @inline(__always)
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Class, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 97...122, 65...90: return (.letter, 1)
            case 48...57: return (.digit, 1)
            case 39: return (.apostrophe, 1)
            case 10: return (.newline, 1)
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
            case 0xA0, 0xAD: return (.space, 2)          // no-break space, soft hyphen
            case 0xA3, 0xA5, 0xA9, 0xAE, 0xB0: return (.space, 2) // £ ¥ © ® °
            case 0xAB, 0xBB: return (.quote(.toggle), 2) // « »
            default: return (.letter, 2)
            }
        }
        if length == 3, c == 0xE2 {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80 {
                switch c2 {
                case 0x99: return (.apostrophe, 3)       // ’
                case 0x98: return (.space, 3)            // ‘
                case 0x9C: return (.quote(.open), 3)     // “
                case 0x9D: return (.quote(.close), 3)    // ”
                case 0x90, 0x91: return (.hyphen, 3)     // ‐ ‑
                case 0x92, 0x93, 0x94, 0x95, 0xA2, 0xA6: return (.clause, 3) // dashes, bullet, …
                case 0x8B, 0x8C, 0x8D, 0xAF, 0x80...0x8A: return (.space, 3)  // spaces
                case 0xA8, 0xA9: return (.newline, 3)
                default: return (.space, 3)
                }
            }
            if c1 == 0x82 { return (.space, 3) } // currency signs (€)
            return (.space, 3)                    // arrows, symbols
        }
        if length == 3, c == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 { return (.space, 3) } // ideographic space
        if length == 4 { return (.space, 4) } // emoji and other symbols
        if length == 3, c == 0xEF, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return (.space, 3) } // BOM
        return (.letter, length)
    }

    static let pronounsWithIs: Set<String> = ["it", "that", "what", "there", "here", "he", "she", "who", "where",
                                              "how", "when", "why", "everything", "nothing", "something", "this"]

    /// Expands one lower-cased word into its normalised pieces.
    @inline(__always)
    static func expand(_ w: [UInt8], into out: inout [[UInt8]]) {
        out.removeAll(keepingCapacity: true)
        guard let apostrophe = w.lastIndex(of: 39) else {
            switch w {
            case Array("cannot".utf8): out.append(Array("can".utf8)); out.append(Array("not".utf8))
            case Array("gonna".utf8): out.append(Array("going".utf8)); out.append(Array("to".utf8))
            case Array("wanna".utf8): out.append(Array("want".utf8)); out.append(Array("to".utf8))
            default: out.append(w)
            }
            return
        }
        let suffix = Array(w[apostrophe...])
        var base = Array(w[..<apostrophe])
        func plain() { out.append(w.filter { $0 != 39 }) }
        switch suffix {
        case Array("'t".utf8) where base.last == 110: // n't
            base.removeLast()
            switch base {
            case Array("wo".utf8): base = Array("will".utf8)
            case Array("ca".utf8): base = Array("can".utf8)
            case Array("sha".utf8): base = Array("shall".utf8)
            case Array("ai".utf8): base = Array("is".utf8)
            default: break
            }
            out.append(base); out.append(Array("not".utf8))
        case Array("'s".utf8):
            let b = String(decoding: base, as: UTF8.self)
            if b == "let" { out.append(base); out.append(Array("us".utf8)) }
            else if pronounsWithIs.contains(b) { out.append(base); out.append(Array("is".utf8)) }
            else { out.append(base) }
        case Array("'m".utf8): out.append(base); out.append(Array("am".utf8))
        case Array("'re".utf8): out.append(base); out.append(Array("are".utf8))
        case Array("'ve".utf8): out.append(base); out.append(Array("have".utf8))
        case Array("'ll".utf8): out.append(base); out.append(Array("will".utf8))
        case Array("'d".utf8): out.append(base); out.append(Array("would".utf8))
        case Array("'".utf8): out.append(base)
        default: plain()
        }
        if out.contains(where: { $0.isEmpty }) { out.removeAll(); plain() }
    }

    /// The normalised words of a short string (used to compile phrases).
    static func words(of text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { buffer in
            scan(buffer, word: { pieces, _, _, _ in
                for p in pieces { result.append(String(decoding: p, as: UTF8.self)) }
            }, brk: { _, _ in }, quote: { _ in }, newline: { _ in })
        }
        return result
    }

    /// Walks the text. `word` receives the normalised pieces of each word, its
    /// byte range and the raw-case facts about it; `brk` each break; `quote`
    /// each quotation mark; `newline` the byte offset of each line start.
    static func scan(
        _ b: UnsafeBufferPointer<UInt8>,
        word: (_ pieces: [[UInt8]], _ start: Int, _ end: Int, _ shape: TokenFlags) -> Void,
        brk: (_ kind: Break, _ at: Int) -> Void,
        quote: (_ kind: Quote) -> Void,
        newline: (_ lineStart: Int) -> Void
    ) {
        var i = 0
        let n = b.count
        var lower: [UInt8] = []
        lower.reserveCapacity(64)
        var pieces: [[UInt8]] = []
        var lineStart = 0
        var lineHasText = false
        var lastNonSpace: UInt8 = 0
        var lastWordLower: [UInt8] = []
        var previousWasSpace = true
        while i < n {
            let (cls, len) = classify(b, i)
            switch cls {
            case .letter, .digit:
                let start = i
                var letters = 0, upper = 0, digits = 0
                var firstUpper = false
                lower.removeAll(keepingCapacity: true)
                var j = i
                while j < n {
                    let (c, l) = classify(b, j)
                    switch c {
                    case .letter:
                        let byte = b[j]
                        if byte >= 65 && byte <= 90 {
                            if j == start { firstUpper = true }
                            upper += 1; letters += 1; lower.append(byte + 32)
                        } else {
                            if byte >= 97 && byte <= 122 { letters += 1 } else if l > 1 && j == start {
                                letters += 1
                            } else if l > 1 { letters += 1 }
                            for k in 0..<l { lower.append(b[j + k]) }
                        }
                        j += l; continue
                    case .digit:
                        digits += 1; lower.append(b[j]); j += l; continue
                    case .apostrophe:
                        // Inside a word only when a letter follows.
                        if j + l < n, case .letter = classify(b, j + l).0 { lower.append(39); j += l; continue }
                        if j + l < n, letters > 0, lower.last == 115 || lower.last == 110 { // companies' / n'
                            let next = classify(b, j + l).0
                            if case .space = next { lower.append(39); j += l }
                        }
                    case .sentenceEnd where b[j] == 46 || b[j] == 64:
                        if j + 1 < n, b[j + 1] != 32, case let nc = classify(b, j + 1).0, nc.isAlphanumeric {
                            lower.append(b[j]); j += 1; continue
                        }
                    case .clause where b[j] == 44 && digits > 0 && letters == 0:
                        // 95,000: the comma groups digits
                        if j + 1 < n, b[j + 1] >= 48, b[j + 1] <= 57 { lower.append(b[j]); j += 1; continue }
                    case .space where b[j] == 64 || b[j] == 95: // @ and _ join (addresses, first_name)
                        if j + 1 < n, classify(b, j + 1).0.isAlphanumeric { lower.append(b[j]); j += 1; continue }
                    default: break
                    }
                    break
                }
                var shape: TokenFlags = []
                if firstUpper { shape.insert(.capitalised) }
                if upper >= 2 && upper == letters { shape.insert(.allCaps) }
                if letters == 1 && upper == 1 && lower == [105] { shape.insert(.capitalised) }
                if letters > 0 { shape.insert(.alphabetic) }
                if digits > 0 && (letters == 0 || (letters == 1 && (lower.last == 107 || lower.last == 109))) {
                    shape.insert(.number) // 120, 95,000, 15k, 2m
                }
                expand(lower, into: &pieces)
                word(pieces, start, j, shape)
                lastWordLower = lower
                lineHasText = true
                lastNonSpace = b[j - 1]
                previousWasSpace = false
                i = j
                continue
            case .newline:
                let lineLength = i - lineStart
                if !lineHasText {
                    brk(.paragraph, i)
                } else if lineLength >= 60, !".!?:;,".utf8.contains(lastNonSpace) {
                    // a hard-wrapped line of prose: the sentence goes on
                } else {
                    brk(.sentence, i)
                }
                lineStart = i + len
                lineHasText = false
                newline(lineStart)
            case .sentenceEnd:
                let abbreviation = ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs"].contains {
                    Array($0.utf8) == lastWordLower
                }
                if b[i] == 46 && (abbreviation && !previousWasSpace) {
                    // "Dr. Mensah": not the end of a sentence
                } else if b[i] == 46, i + 1 < n, b[i + 1] == 46 {
                    brk(.clause, i) // "..." trails off
                } else {
                    brk(.sentence, i)
                }
                lineHasText = true
            case .clause:
                brk(.clause, i); lineHasText = true
            case .colon:
                brk(.clause, i); lineHasText = true
            case .hyphen:
                // "final-round" splits quietly; " - " is a dash
                let spaced = previousWasSpace || (i + len < n && (b[i + len] == 32 || b[i + len] == 10))
                if spaced { brk(.clause, i) }
                lineHasText = true
            case .quote(let q):
                quote(q); brk(.clause, i); lineHasText = true
            case .apostrophe:
                lineHasText = true
            case .space:
                break
            }
            if case .space = cls { previousWasSpace = true } else if case .newline = cls { previousWasSpace = true } else {
                previousWasSpace = false
                lastNonSpace = b[i + len - 1]
            }
            if case .colon = cls { lastNonSpace = 58 }
            i += len
        }
    }
}

extension Tokenizer.Class {
    var isAlphanumeric: Bool {
        switch self { case .letter, .digit: return true; default: return false }
    }
}
