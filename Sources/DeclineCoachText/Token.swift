/// What the tokenizer learned about one word.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// First letter upper-case ("Marco", "I").
    public static let capitalised = TokenFlags(rawValue: 1 << 0)
    /// Two or more letters, all upper-case ("STOP", "NYC").
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// Digits or a number word ("120", "fifteen", "thousand").
    public static let number = TokenFlags(rawValue: 1 << 2)
    /// Inside quotation marks: someone else's words.
    public static let quoted = TokenFlags(rawValue: 1 << 3)
    /// Within the scope of a preceding "not", "never", "no"...
    public static let negated = TokenFlags(rawValue: 1 << 4)
    /// Is itself a negator.
    public static let negator = TokenFlags(rawValue: 1 << 5)
    /// First word after a comma, dash, colon, bracket or the start of a sentence.
    public static let clauseStart = TokenFlags(rawValue: 1 << 6)
    /// First word of a sentence (or of a line).
    public static let sentenceStart = TokenFlags(rawValue: 1 << 7)
    /// Second half of an expanded contraction ("n't" -> "not").
    public static let contraction = TokenFlags(rawValue: 1 << 8)
    /// Follows a colon.
    public static let afterColon = TokenFlags(rawValue: 1 << 9)
    /// Contains letters (not a bare number).
    public static let alphabetic = TokenFlags(rawValue: 1 << 10)
}

/// One normalised word with the byte range of the source text it came from.
/// Kept to 16 bytes: a 100 MB input holds millions of these.
public struct Token: Sendable {
    public var start: Int32
    /// Vocabulary id of the word's stem; 0 when the linter has no phrase using it.
    public var word: Int32
    public var sentence: Int32
    package var length: UInt16
    public var flags: TokenFlags

    package init(start: Int32, word: Int32, sentence: Int32, length: UInt16, flags: TokenFlags) {
        self.start = start; self.word = word; self.sentence = sentence; self.length = length; self.flags = flags
    }

    public var end: Int32 { start + Int32(length) }
    public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
}

/// A run of tokens between sentence breaks (., !, ?, a blank line, or a line end in a draft).
public struct Sentence: Sendable {
    public var firstToken: Int32
    public var endToken: Int32
    public var startByte: Int32
    public var endByte: Int32
    public var tokenCount: Int { Int(endToken - firstToken) }

    package init(firstToken: Int32, endToken: Int32, startByte: Int32, endByte: Int32) {
        self.firstToken = firstToken; self.endToken = endToken; self.startByte = startByte; self.endByte = endByte
    }
}

/// A phrase of the lexicon found in the text (12 bytes).
public struct Hit: Sendable {
    public var first: Int32
    public var last: Int32
    package var cueIndex: UInt16
    public var cue: Int { Int(cueIndex) }

    package init(cue: Int, first: Int32, last: Int32) {
        self.first = first; self.last = last; self.cueIndex = UInt16(cue)
    }
}
