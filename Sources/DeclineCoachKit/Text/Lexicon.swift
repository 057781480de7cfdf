import Foundation

/// A compiled set of phrases, matched over tokens in one left-to-right pass.
///
/// Phrase syntax, one phrase per string, words separated by spaces:
///   `thank|grateful`   alternatives (each may itself be several words joined by `+`)
///   `really?`          optional word
///   `*`                any one word
///   `#num`             a number ("120", "fifteen")
///   `#cap`             a capitalised word
/// Every word goes through the same normalisation and stemming as the text,
/// so "withdraw" also finds "withdrawing" and "withdrew", and "i'm" finds "I am".
public struct Lexicon: Sendable {
    private(set) var vocabulary = Vocabulary(capacity: 16_384)
    private var nodes: [Node] = [Node()]
    public private(set) var maxDepth = 0
    private var numberFlags: [Bool] = []
    /// Ids of the fixed words contractions expand to, by `Tokenizer.Piece` raw value.
    private(set) var pieceIDs: [Int32] = []
    /// First step of every phrase, indexed by word id (0 when no phrase starts there).
    private var rootNext: [Int32] = []

    struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        var any: Int32 = -1
        var number: Int32 = -1
        var capital: Int32 = -1
        var terminals: [Int] = []
    }

    enum Step: Hashable { case word(Int32), any, number, capital }

    public init(entries: [(cue: Int, pattern: String)], extraWords: [String] = []) {
        var numbers = Set<Int32>()
        for w in Lexicon.numberWordList { numbers.insert(Lexicon.register(w, in: &vocabulary)) }
        for w in extraWords { _ = Lexicon.register(w, in: &vocabulary) }
        for (surface, base) in Stemmer.irregular {
            let id = Lexicon.register(base, in: &vocabulary)
            vocabulary.insert(surface, id: id)
        }
        for piece in 0...Tokenizer.Piece.want.rawValue {
            let text = Tokenizer.Piece(rawValue: piece)!.text.description
            pieceIDs.append(text.isEmpty ? 0 : Lexicon.register(text, in: &vocabulary))
        }
        for entry in entries {
            for path in compile(entry.pattern) {
                maxDepth = max(maxDepth, path.count)
                var node = 0
                for step in path { node = child(of: node, step) }
                if !nodes[node].terminals.contains(entry.cue) { nodes[node].terminals.append(entry.cue) }
            }
        }
        let size = Int(vocabulary.words.count) + 1
        numberFlags = Array(repeating: false, count: size)
        for id in numbers where Int(id) < size { numberFlags[Int(id)] = true }
        rootNext = Array(repeating: 0, count: size)
        for (word, node) in nodes[0].children where Int(word) < size { rootNext[Int(word)] = node }
    }

    var vocabularySize: Int { rootNext.count }

    @inline(__always)
    func isNumberWord(_ id: Int32) -> Bool { Int(id) < numberFlags.count && numberFlags[Int(id)] }

    static let numberWordList = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand",
        "million", "k", "grand", "half", "dozen"]

    /// The id of a word as the text would produce it (stemmed), registering it if new.
    static func register(_ word: String, in vocabulary: inout Vocabulary) -> Int32 {
        let lower = String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        let stem = Stemmer.stem(lower)
        // British and American spellings meet: organise/organize, analyse/analyze, colour/color.
        var variants: [String] = []
        let bytes = Array(stem.utf8)
        for (a, b) in [(UInt8(ascii: "z"), UInt8(ascii: "s")), (UInt8(ascii: "s"), UInt8(ascii: "z"))] {
            // swap the consonant in every "iz"/"yz" (or "is"/"ys")
            var swapped = bytes
            var changed = false
            for k in 1..<max(1, swapped.count) where swapped[k] == a && (swapped[k - 1] == UInt8(ascii: "i") || swapped[k - 1] == UInt8(ascii: "y")) {
                swapped[k] = b; changed = true
            }
            if changed { variants.append(String(decoding: swapped, as: UTF8.self)) }
        }
        if stem.hasSuffix("or"), stem.count > 4 { variants.append(String(stem.dropLast(2)) + "our") }
        if stem.hasSuffix("our"), stem.count > 5 { variants.append(String(stem.dropLast(3)) + "or") }
        var known: Int32? = nil
        for candidate in [stem] + variants where known == nil {
            let id = vocabulary.lookup(candidate)
            if id != 0 { known = id }
        }
        let id = vocabulary.insert(stem, id: known)
        for v in variants { vocabulary.insert(v, id: id) }
        if lower != stem, vocabulary.lookup(lower) == 0 { vocabulary.insert(lower, id: id) }
        return id
    }

    public func id(of word: String) -> Int32 {
        let tokens = Tokenizer.words(of: word)
        guard let first = tokens.first else { return 0 }
        let raw = vocabulary.lookup(first)
        return raw != 0 ? raw : vocabulary.lookup(Stemmer.stem(first))
    }

    private mutating func child(of node: Int, _ step: Step) -> Int {
        switch step {
        case .word(let w):
            if let next = nodes[node].children[w] { return Int(next) }
            nodes.append(Node()); nodes[node].children[w] = Int32(nodes.count - 1)
        case .any:
            if nodes[node].any >= 0 { return Int(nodes[node].any) }
            nodes.append(Node()); nodes[node].any = Int32(nodes.count - 1)
        case .number:
            if nodes[node].number >= 0 { return Int(nodes[node].number) }
            nodes.append(Node()); nodes[node].number = Int32(nodes.count - 1)
        case .capital:
            if nodes[node].capital >= 0 { return Int(nodes[node].capital) }
            nodes.append(Node()); nodes[node].capital = Int32(nodes.count - 1)
        }
        return nodes.count - 1
    }

    /// Expands a pattern into every concrete step sequence it stands for.
    private mutating func compile(_ pattern: String) -> [[Step]] {
        var paths: [[Step]] = [[]]
        for part in pattern.split(separator: " ") {
            var piece = String(part)
            let optional = piece.hasSuffix("?") && piece.count > 1
            if optional { piece.removeLast() }
            var options: [[Step]] = []
            for alternative in piece.split(separator: "|") {
                switch alternative {
                case "*": options.append([.any])
                case "#num": options.append([.number])
                case "#cap": options.append([.capital])
                default:
                    let words = Tokenizer.words(of: String(alternative.map { $0 == "+" ? " " : $0 }))
                    options.append(words.map { .word(Lexicon.register($0, in: &vocabulary)) })
                }
            }
            if optional { options.append([]) }
            var next: [[Step]] = []
            for path in paths { for option in options { next.append(path + option) } }
            paths = next
        }
        return paths.filter { !$0.isEmpty }
    }

    /// Finds every phrase occurrence that stays inside one sentence and does not
    /// start inside quotation marks.
    func match(_ tokens: [Token]) -> [Hit] {
        var hits: [Hit] = []
        let count = tokens.count
        var stack: [(node: Int, next: Int)] = []
        tokens.withUnsafeBufferPointer { t in
            nodes.withUnsafeBufferPointer { n in
                let root = n[0]
                for i in 0..<count {
                    let tok = t[i]
                    if tok.flags.contains(.quoted) { continue }
                    if tok.word != 0, Int(tok.word) < rootNext.count, rootNext[Int(tok.word)] != 0 {
                        stack.append((Int(rootNext[Int(tok.word)]), i + 1))
                    }
                    if root.number >= 0, tok.flags.contains(.number) { stack.append((Int(root.number), i + 1)) }
                    if root.capital >= 0, tok.flags.contains(.capitalised) { stack.append((Int(root.capital), i + 1)) }
                    while let (node, next) = stack.popLast() {
                        for cue in n[node].terminals { hits.append(Hit(cue: cue, first: Int32(i), last: Int32(next - 1))) }
                        guard next < count, t[next].sentence == tok.sentence else { continue }
                        let nt = t[next]
                        let nn = n[node]
                        if nt.word != 0, let c = nn.children[nt.word] { stack.append((Int(c), next + 1)) }
                        if nn.any >= 0 { stack.append((Int(nn.any), next + 1)) }
                        if nn.number >= 0, nt.flags.contains(.number) { stack.append((Int(nn.number), next + 1)) }
                        if nn.capital >= 0, nt.flags.contains(.capitalised) { stack.append((Int(nn.capital), next + 1)) }
                    }
                }
            }
        }
        return hits
    }
}
