import DeclineCoachText
import Foundation

// Build-time compiler for DeclineCoachKit's language data (run by the
// LanguageDataPlugin). Usage: language-data OUTPUT LANGUAGE_DIR RULES_DIR
//
// - LANGUAGE_DIR/cues/GROUP/NAME.txt: one cue. The first lines starting with
//   "# " say what the cue means; every other non-empty line is a phrase
//   (syntax on `Lexicon`). The cue's Swift name is NAME in camelCase.
// - LANGUAGE_DIR/lexicons/vader_lexicon.txt: VADER's rated words (word TAB mean ...).
// - RULES_DIR/*.swift: every `struct NameRule: Rule` is registered.
// A malformed file stops the build with `file:line: error: ...`.

struct Failure: Error { let message: String }

func fail(_ file: String, _ line: Int, _ message: String) -> Failure { Failure(message: "\(file):\(line): error: \(message)") }

func camelCase(_ kebab: String) -> String {
    let parts = kebab.split(separator: "-")
    return parts.enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
}

func swiftLiteral(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
        switch ch {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out + "\""
}

/// The most word sequences one phrase line may stand for: it keeps the compiled matcher small.
let maxPaths = 2000

struct CueFile { var name: String; var path: String; var meaning: String; var phrases: [(text: String, line: Int)] }

func readCues(_ root: URL) throws -> [CueFile] {
    let fm = FileManager.default
    var result: [CueFile] = []
    let groups = try fm.contentsOfDirectory(atPath: root.path).sorted()
    for group in groups {
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.appending(path: group).path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
        for file in try fm.contentsOfDirectory(atPath: root.appending(path: group).path).sorted() where file.hasSuffix(".txt") {
            let relative = "cues/\(group)/\(file)"
            let text = try String(contentsOf: root.appending(path: group).appending(path: file), encoding: .utf8)
            let base = String(file.dropLast(4))
            guard base.allSatisfy({ $0.isLowercase || $0 == "-" }), !base.isEmpty else {
                throw fail(relative, 1, "a cue file is named in lower-case kebab-case (like 'well-wish.txt')")
            }
            var cue = CueFile(name: camelCase(base), path: relative, meaning: "", phrases: [])
            var seen = Set<String>()
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                if line == "#" || line.hasPrefix("# ") {
                    if cue.phrases.isEmpty { cue.meaning += (cue.meaning.isEmpty ? "" : " ") + line.dropFirst(2) }
                    continue
                }
                if line.contains("||") || line.hasPrefix("|") || line.hasSuffix("|") || line.contains("| ") || line.contains(" |") {
                    throw fail(relative, index + 1, "an empty alternative in '\(line)'")
                }
                guard seen.insert(line).inserted else { throw fail(relative, index + 1, "'\(line)' is listed twice") }
                // every combination of alternatives becomes a path in the matcher
                let paths = line.split(separator: " ").reduce(1) { n, part in
                    let optional = part.hasSuffix("?") && part.count > 1
                    return n * (part.split(separator: "|").count + (optional ? 1 : 0))
                }
                if paths > maxPaths {
                    throw fail(
                        relative, index + 1,
                        "this phrase stands for \(paths) word sequences (at most \(maxPaths)): split it into several lines or drop optional words"
                    )
                }
                cue.phrases.append((line, index + 1))
            }
            if cue.meaning.isEmpty { throw fail(relative, 1, "the file starts with no '# ' line saying what the cue means") }
            if cue.phrases.isEmpty { throw fail(relative, 1, "the cue has no phrases") }
            if result.contains(where: { $0.name == cue.name }) {
                throw fail(relative, 1, "another group already has a cue named '\(base)'")
            }
            result.append(cue)
        }
    }
    return result
}

/// VADER's single words that judge (valence at or below `threshold`), less `excluded`, as "word<TAB>valence" lines.
func readVader(_ file: URL, threshold: Double, excluded: Set<String>) throws -> String {
    let text = try String(contentsOf: file, encoding: .utf8)
    var lines: [String] = []
    // the file is shipped as published, with CRLF line ends: "\r\n" is one Character, so split on any newline
    for raw in text.split(whereSeparator: \.isNewline) {
        let fields = raw.split(separator: "\t")
        guard fields.count >= 2, let valence = Double(fields[1]) else { continue }
        let word = fields[0]
        guard word.allSatisfy({ $0.isLetter && $0.isASCII || $0 == "'" || $0 == "-" }), valence <= threshold,
            !excluded.contains(String(word))
        else { continue }
        lines.append("\(word)\t\(valence)")
    }
    if lines.count < 1000 {
        throw fail("lexicons/vader_lexicon.txt", 1, "only \(lines.count) judging words read: the file is damaged or in another format")
    }
    return lines.joined(separator: "\n")
}

/// Every other lexicons/*.txt file: a list of words, one per line, after "# " header lines.
func readWordLists(_ dir: URL) throws -> [(name: String, words: [String])] {
    var lists: [(String, [String])] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    where file.hasSuffix(".txt") && file != "vader_lexicon.txt" && !file.contains("LICENSE") {
        let text = try String(contentsOf: dir.appending(path: file), encoding: .utf8)
        var words: [String] = []
        var described = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "#" || line.hasPrefix("# ") { described = described || words.isEmpty; continue }
            guard !line.contains(" ") else { throw fail("lexicons/\(file)", index + 1, "one word per line ('\(line)')") }
            words.append(line.lowercased())
        }
        if !described { throw fail("lexicons/\(file)", 1, "the file starts with no '# ' line saying what the list is") }
        lists.append((camelCase(String(file.dropLast(4))), words))
    }
    return lists
}

func ruleTypes(_ dir: URL) throws -> [String] {
    var names: [String] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where file.hasSuffix(".swift") {
        let text = try String(contentsOf: dir.appending(path: file), encoding: .utf8)
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "{" })
            guard let k = words.firstIndex(of: "struct"), k + 2 < words.count, words[k + 2] == "Rule" else { continue }
            names.append(String(words[k + 1]))
        }
    }
    return names
}

func generate(_ args: [String]) throws {
    guard args.count == 4 else { throw Failure(message: "usage: language-data OUTPUT LANGUAGE_DIR RULES_DIR") }
    let language = URL(fileURLWithPath: args[2]), rules = URL(fileURLWithPath: args[3])
    let cues = try readCues(language.appending(path: "cues"))
    let ruleNames = try ruleTypes(rules)
    let wordLists = try readWordLists(language.appending(path: "lexicons"))
    // Only words that judge are kept: the reading asks for nothing milder, and a small table keeps start-up fast.
    let excluded = Set(wordLists.first { $0.name == "notJudgements" }?.words ?? [])
    let vader = try readVader(language.appending(path: "lexicons/vader_lexicon.txt"), threshold: -1.5, excluded: excluded)
    var out = "// Generated at build time by the language-data tool from Language/ and Lint/Rules/.\n"
    out += "// Edit those files, not this one.\n\n"
    out += "/// A named group of phrases (one file in Language/cues/). Rules combine cues\n"
    out += "/// with context: negation, quotation, the clause, the turn.\n"
    out += "public enum Cue: Int, CaseIterable, Sendable {\n"
    for cue in cues { out += "    /// \(cue.meaning) (\(cue.path))\n    case \(cue.name)\n" }
    out += "}\n\nextension Cue {\n"
    out += "    /// The data file the cue's phrases come from, relative to Language/.\n"
    out += "    public var file: String { Cue.files[rawValue] }\n"
    out += "    /// What the cue means, from its file's header.\n"
    out += "    public var meaning: String { Cue.meanings[rawValue] }\n"
    out += "    static let files: [String] = [\n" + cues.map { "        \(swiftLiteral($0.path)),\n" }.joined() + "    ]\n"
    out += "    static let meanings: [String] = [\n" + cues.map { "        \(swiftLiteral($0.meaning)),\n" }.joined() + "    ]\n"
    out += "    /// Each cue's phrases with their line in the file, by raw value.\n"
    out += "    static let phraseLines: [[(String, Int)]] = [\n"
    for cue in cues {
        out += "        [" + cue.phrases.map { "(\(swiftLiteral($0.text)), \($0.line))" }.joined(separator: ", ") + "],\n"
    }
    out += "    ]\n}\n\n"
    // The matcher itself, built here by the library's own code: start-up only decodes it.
    let matcherWords = wordLists.filter { $0.name != "notJudgements" }.flatMap(\.words)
    let entries = cues.enumerated().flatMap { index, cue in cue.phrases.map { (cue: index, pattern: $0.text) } }
    var compiled = CompiledWriter()
    Lexicon(entries: entries, extraWords: matcherWords).write(to: &compiled)
    out += "enum LanguageData {\n"
    out += "    /// The phrase matcher for every cue above, compiled at build time (`Lexicon.write(to:)`).\n"
    out += "    static let compiledLexicon: StaticString = \"" + compiled.base64 + "\"\n"
    out += "    /// Words the matcher registers beside the phrases: every word list here but not-judgements.txt.\n"
    out +=
        "    static var lexiconWords: [String] { " + wordLists.filter { $0.name != "notJudgements" }.map(\.name).joined(separator: " + ")
        + " }\n"
    out += "    /// What the build compiled: every phrase line, tagged with its cue's raw value.\n"
    out += "    static func lexiconEntries(phraseLines: [[(String, Int)]]) -> [(cue: Int, pattern: String)] {\n"
    out += "        phraseLines.enumerated().flatMap { index, lines in lines.map { (cue: index, pattern: $0.0) } }\n    }\n"
    out += "    /// VADER's single words rated -1.5 or below, less Language/lexicons/not-judgements.txt,\n"
    out += "    /// \"word<TAB>valence\" per line (Language/lexicons/vader_lexicon.txt).\n"
    out += "    static let vader = " + swiftLiteral(vader) + "\n"
    for list in wordLists {
        out += "    /// Language/lexicons/\(list.name).txt\n"
        out += "    static let \(list.name): [String] = [" + list.words.map(swiftLiteral).joined(separator: ", ") + "]\n"
    }
    out += "}\n\n"
    out += "extension Linter {\n    /// Every rule file in Lint/Rules/, by file name.\n"
    out += "    static let registered: [any Rule.Type] = [\n" + ruleNames.map { "        \($0).self,\n" }.joined() + "    ]\n}\n"
    let target = URL(fileURLWithPath: args[1])
    // Only rewrite when the text changed, so an unchanged build compiles nothing again.
    if (try? String(contentsOf: target, encoding: .utf8)) != out {
        try out.write(to: target, atomically: true, encoding: .utf8)
    }
}

do { try generate(CommandLine.arguments) } catch let failure as Failure {
    FileHandle.standardError.write(Data((failure.message + "\n").utf8)); exit(1)
} catch {
    FileHandle.standardError.write(Data("language-data: \(error)\n".utf8)); exit(1)
}
