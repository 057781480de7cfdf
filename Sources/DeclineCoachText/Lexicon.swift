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
    package private(set) var vocabulary = Vocabulary(capacity: 16_384)
    private var nodes: [Node] = [Node()]  // only while compiling; `freeze` flattens them
    private var numberFlags: [Bool] = []
    /// Ids of the fixed words contractions expand to, by `Tokenizer.Piece` raw value.
    package private(set) var pieceIDs: [Int32] = []
    /// First step of every phrase, indexed by word id (0 when no phrase starts there).
    private var rootNext: [Int32] = []

    private struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        var any: Int32 = -1
        var number: Int32 = -1
        var capital: Int32 = -1
        var terminals: [Int] = []
    }

    private enum Step: Hashable {
        case word(Int32)
        case any, number, capital
    }

    /// Words already registered while compiling, so repeated words cost one lookup.
    private var registered: [Substring: [Int32]] = [:]

    public init(entries: [(cue: Int, pattern: String)], extraWords: [String] = []) {
        var numbers = Set<Int32>()
        for w in Lexicon.numberWordList { numbers.insert(Lexicon.register(w, in: &vocabulary)) }
        // irregular forms first: a word list naming "gave" or "found" must not give it an id of its own
        for (surface, base) in Stemmer.irregular.sorted(by: { $0.key < $1.key }) {  // sorted: ids come out the same every build
            let id = Lexicon.register(base, in: &vocabulary)
            vocabulary.insert(surface, id: id)
        }
        for w in extraWords { _ = Lexicon.register(w, in: &vocabulary) }
        for piece in Tokenizer.Piece.allCases {  // indexed by raw value, which runs 0, 1, 2, ...
            let text = piece.text.description
            pieceIDs.append(text.isEmpty ? 0 : Lexicon.register(text, in: &vocabulary))
        }
        for entry in entries {
            for node in insert(entry.pattern) where !nodes[node].terminals.contains(entry.cue) {
                nodes[node].terminals.append(entry.cue)
            }
        }
        let size = Int(vocabulary.idCount) + 1
        numberFlags = Array(repeating: false, count: size)
        for id in numbers where Int(id) < size { numberFlags[Int(id)] = true }
        registered = [:]
        rootNext = Array(repeating: 0, count: size)
        for (word, node) in nodes[0].children where Int(word) < size { rootNext[Int(word)] = node }
        freeze()
    }

    // MARK: The frozen trie: flat arrays, so matching never copies a node or touches a reference count.

    private var anyNext: [Int32] = []
    private var numberNext: [Int32] = []
    private var capitalNext: [Int32] = []
    private var terminalStart: [Int32] = []
    private var terminalCues: [Int32] = []
    private var edgeKeys: [UInt64] = []
    private var edgeValues: [Int32] = []
    private var edgeMask = 0

    @inline(__always)
    private static func edgeHash(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    private mutating func freeze() {
        anyNext = nodes.map(\.any)
        numberNext = nodes.map(\.number)
        capitalNext = nodes.map(\.capital)
        terminalStart = [0]
        for node in nodes {
            terminalCues.append(contentsOf: node.terminals.map(Int32.init))
            terminalStart.append(Int32(terminalCues.count))
        }
        let edges = nodes.indices.dropFirst().reduce(0) { $0 + nodes[$1].children.count }
        var size = 16
        while size < edges * 2 { size <<= 1 }
        edgeMask = size - 1
        edgeKeys = Array(repeating: UInt64.max, count: size)
        edgeValues = Array(repeating: -1, count: size)
        for (index, node) in nodes.enumerated() where index > 0 {
            // in key order, so the table (and the build's compiled copy of it) comes out the same every time
            for (word, next) in node.children.sorted(by: { $0.key < $1.key }) {
                let key = UInt64(index) << 32 | UInt64(UInt32(bitPattern: word))
                var i = Lexicon.edgeHash(key) & edgeMask
                while edgeKeys[i] != UInt64.max { i = (i + 1) & edgeMask }
                edgeKeys[i] = key
                edgeValues[i] = next
            }
        }
        nodes = []
    }

    // MARK: Compiled form, written by the build (Sources/language-data) and read at start-up.

    /// Written compactly: the sparse tables as (node, next) pairs and the edge table as its
    /// filled slots only, so the binary carries about a fifth of the matcher's memory.
    public func write(to out: inout CompiledWriter) {
        vocabulary.write(to: &out)
        out.write(numberFlags.map { $0 ? 1 : 0 } as [UInt8])
        out.write(pieceIDs)
        out.write(rootNext)
        for table in [anyNext, numberNext, capitalNext] {
            out.write(table.indices.filter { table[$0] >= 0 }.flatMap { [Int32($0), table[$0]] })
        }
        out.write(terminalStart.indices.dropLast().map { UInt8(terminalStart[$0 + 1] - terminalStart[$0]) } as [UInt8])
        out.write(terminalCues.map { UInt8($0) } as [UInt8])
        let filled = edgeKeys.indices.filter { edgeKeys[$0] != UInt64.max }
        out.write(filled.map { edgeKeys[$0] })
        out.write(filled.map { edgeValues[$0] })
    }

    /// The matcher exactly as `init(entries:extraWords:)` built it when `write(to:)` ran.
    package init(compiled input: inout CompiledReader) throws {
        vocabulary = try Vocabulary(from: &input)
        numberFlags = try input.bytes().map { $0 != 0 }
        pieceIDs = try input.signedWords()
        rootNext = try input.signedWords()
        var sparse: [[Int32]] = []
        for _ in 0..<3 { sparse.append(try input.signedWords()) }
        let terminalCounts = try input.bytes()
        terminalCues = try input.bytes().map { Int32($0) }
        let keys = try input.doubleWords(), values = try input.signedWords()
        nodes = []
        let nodeCount = terminalCounts.count
        guard keys.count == values.count, sparse.allSatisfy({ $0.count % 2 == 0 }),
            pieceIDs.count == Tokenizer.Piece.allCases.count, input.isAtEnd
        else { throw CompiledReader.Damaged() }
        var tables: [[Int32]] = []
        for pairs in sparse {
            var table = [Int32](repeating: -1, count: nodeCount)
            for k in stride(from: 0, to: pairs.count, by: 2) {
                guard pairs[k] >= 0, Int(pairs[k]) < nodeCount else { throw CompiledReader.Damaged() }
                table[Int(pairs[k])] = pairs[k + 1]
            }
            tables.append(table)
        }
        (anyNext, numberNext, capitalNext) = (tables[0], tables[1], tables[2])
        terminalStart = [Int32](unsafeUninitializedCapacity: nodeCount + 1) { out, initialised in
            var total: Int32 = 0
            out[0] = 0
            for k in 0..<nodeCount { total += Int32(terminalCounts[k]); out[k + 1] = total }
            initialised = nodeCount + 1
        }
        guard Int(terminalStart[nodeCount]) == terminalCues.count else { throw CompiledReader.Damaged() }
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        edgeMask = size - 1
        edgeKeys = Array(repeating: UInt64.max, count: size)
        edgeValues = Array(repeating: -1, count: size)
        for (key, value) in zip(keys, values) {
            var i = Lexicon.edgeHash(key) & edgeMask
            while edgeKeys[i] != UInt64.max { i = (i + 1) & edgeMask }
            edgeKeys[i] = key
            edgeValues[i] = value
        }
    }

    package var vocabularySize: Int { rootNext.count }

    @inline(__always)
    package func isNumberWord(_ id: Int32) -> Bool { Int(id) < numberFlags.count && numberFlags[Int(id)] }

    package static let numberWordList = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
        "million", "k", "grand", "half", "dozen",
    ]

    /// The id of a word as the text would produce it (stemmed), registering it if new.
    package static func register(_ word: String, in vocabulary: inout Vocabulary) -> Int32 {
        let lower = String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        let stem = Stemmer.stem(lower)
        // British and American spellings meet: organise/organize, analyse/analyze, colour/color.
        var variants: [String] = []
        let bytes = Array(stem.utf8)
        for (a, b) in [(UInt8(ascii: "z"), UInt8(ascii: "s")), (UInt8(ascii: "s"), UInt8(ascii: "z"))] {
            // swap the consonant in every "iz"/"yz" (or "is"/"ys")
            var swapped = bytes
            var changed = false
            for k in 1..<max(1, swapped.count)
            where swapped[k] == a && (swapped[k - 1] == UInt8(ascii: "i") || swapped[k - 1] == UInt8(ascii: "y")) {
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

    /// Adds every word sequence a pattern stands for to the trie, part by part, and returns the
    /// nodes where the sequences end. Walking a frontier of nodes (not a list of whole sequences)
    /// keeps start-up proportional to the trie's size.
    private mutating func insert(_ pattern: String) -> [Int] {
        var frontier: [Int] = [0]
        for part in pattern.split(separator: " ") {
            var piece = Substring(part)
            let optional = piece.hasSuffix("?") && piece.count > 1
            if optional { piece.removeLast() }
            var options: [[Step]] = []
            for alternative in piece.split(separator: "|") {
                switch alternative {
                case "*": options.append([.any])
                case "#num": options.append([.number])
                case "#cap": options.append([.capital])
                default:
                    if let ids = registered[alternative] { options.append(ids.map { .word($0) }); continue }
                    let words = Tokenizer.words(of: String(alternative.map { $0 == "+" ? " " : $0 }))
                    let ids = words.map { Lexicon.register($0, in: &vocabulary) }
                    registered[alternative] = ids
                    options.append(ids.map { .word($0) })
                }
            }
            var next: [Int] = []
            next.reserveCapacity(frontier.count * (options.count + 1))
            for start in frontier {
                for option in options {
                    var node = start
                    for step in option { node = child(of: node, step) }
                    next.append(node)
                }
                if optional { next.append(start) }
            }
            var seen = Set<Int>()
            frontier = next.filter { seen.insert($0).inserted }
        }
        return frontier.filter { $0 != 0 }
    }

    /// Finds every phrase occurrence that stays inside one sentence and does not
    /// start inside quotation marks. Hits come out ordered by their first token.
    package func match(_ tokens: [Token]) -> [Hit] {
        var hits: [Hit] = []
        hits.reserveCapacity(tokens.count / 4)
        let count = tokens.count
        var stack: [(node: Int32, next: Int32)] = []
        stack.reserveCapacity(64)
        tokens.withUnsafeBufferPointer { t in
            rootNext.withUnsafeBufferPointer { root in
                anyNext.withUnsafeBufferPointer { anyNext in
                    numberNext.withUnsafeBufferPointer { numberNext in
                        capitalNext.withUnsafeBufferPointer { capitalNext in
                            terminalStart.withUnsafeBufferPointer { terminalStart in
                                terminalCues.withUnsafeBufferPointer { terminalCues in
                                    edgeKeys.withUnsafeBufferPointer { edgeKeys in
                                        edgeValues.withUnsafeBufferPointer { edgeValues in
                                            let mask = edgeMask
                                            @inline(__always) func edge(_ node: Int32, _ word: Int32) -> Int32 {
                                                let key = UInt64(node) << 32 | UInt64(UInt32(bitPattern: word))
                                                var i = Lexicon.edgeHash(key) & mask
                                                while true {
                                                    let k = edgeKeys[i]
                                                    if k == key { return edgeValues[i] }
                                                    if k == UInt64.max { return -1 }
                                                    i = (i + 1) & mask
                                                }
                                            }
                                            for i in 0..<count {
                                                let tok = t[i]
                                                if tok.flags.contains(.quoted) { continue }
                                                if tok.word != 0, Int(tok.word) < root.count, root[Int(tok.word)] != 0 {
                                                    stack.append((root[Int(tok.word)], Int32(i + 1)))
                                                }
                                                if numberNext[0] >= 0, tok.flags.contains(.number) {
                                                    stack.append((numberNext[0], Int32(i + 1)))
                                                }
                                                if capitalNext[0] >= 0, tok.flags.contains(.capitalised) {
                                                    stack.append((capitalNext[0], Int32(i + 1)))
                                                }
                                                while let (node, next) = stack.popLast() {
                                                    let n = Int(node)
                                                    for c in Int(terminalStart[n])..<Int(terminalStart[n + 1]) {
                                                        hits.append(Hit(cue: Int(terminalCues[c]), first: Int32(i), last: next - 1))
                                                    }
                                                    let j = Int(next)
                                                    guard j < count, t[j].sentence == tok.sentence else { continue }
                                                    let nt = t[j]
                                                    if nt.word != 0 {
                                                        let c = edge(node, nt.word); if c >= 0 { stack.append((c, next + 1)) }
                                                    }
                                                    if anyNext[n] >= 0 { stack.append((anyNext[n], next + 1)) }
                                                    if numberNext[n] >= 0, nt.flags.contains(.number) {
                                                        stack.append((numberNext[n], next + 1))
                                                    }
                                                    if capitalNext[n] >= 0, nt.flags.contains(.capitalised) {
                                                        stack.append((capitalNext[n], next + 1))
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return hits
    }
}
