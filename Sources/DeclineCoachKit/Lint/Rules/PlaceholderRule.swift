import Foundation

/// An unfilled template slot ("[Company Name]", "{{first_name}}", "XXX", a "TBD" name).
public struct PlaceholderRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "placeholder", title: "Unfilled template slot", level: .error, family: .alwaysOn,
        sections: ["email-templates"],
        rationale: "A bracketed slot left in a message shows it was pasted from a template and never read through.",
        message: "A template slot was left unfilled.",
        hint: "Replace every bracketed or placeholder slot with the real name or detail before sending.",
        triggering: [
            RuleExample("Hi «[Name]», thanks for taking my call. I'm withdrawing from the process."),
            RuleExample("Dear «<Recruiter>»,\n\nI'm withdrawing my application.\n\nBest,\nAna", channel: .email),
            RuleExample("Could we push the panel to the week of «{date}»?", turn: .postpone),
            RuleExample("Thanks for understanding.\n\nBest,\n«TBD»", channel: .email, turn: .close),
            RuleExample("Before our meeting on «XXX», I should tell you I've accepted another offer."),
        ],
        nonTriggering: [
            RuleExample("Kind regards,\nMira Jensen <mira.jensen@example.com>", channel: .email),
            RuleExample("The start date is still TBD on their side, but I've accepted the offer."),
            RuleExample("I'm withdrawing from the Data Analyst process at Larkspur."),
            RuleExample("As the posting said (see [1]), the role is mostly travel."),
        ])

    static let editorial: Set<String> = ["sic", "sic!", "...", "…", "edited", "redacted", "laughs", "sigh", "x"]
    static let tags: Set<String> = ["b", "i", "u", "br", "p", "em", "strong", "div", "span", "a", "li", "ul", "ol", "hr", "br/"]
    static let infoWords: Set<String> = [
        "date", "dates", "time", "location", "details", "detail", "salary", "start", "venue",
        "schedule", "agenda", "room", "is", "are", "still", "remains", "be", "currently", "yet", "was",
    ]
    static let slotWords: Set<String> = [
        "NAME", "FIRSTNAME", "COMPANY", "POSITION", "ROLE", "TITLE", "RECRUITER", "DATE", "MANAGER", "FIRST_NAME",
    ]

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        let bytes = draft.analysis.bytes
        // Bracketed slots and underscore blanks: one pass over the bytes, pairing
        // each opener with its closer on the same line.
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                // jump to the next bracket or underscore with memchr (vectorised) rather than byte by byte
                var next = n
                for c in [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "_")] {
                    if let p = memchr(b.baseAddress! + i, Int32(c), next - i) {
                        next = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    }
                }
                if next >= n { break }
                i = next
                let open = b[i]
                if open == 95 {  // "Dear ____,"
                    var e = i
                    while e < n && b[e] == 95 { e += 1 }
                    if e - i >= 3 { result.append(Violation(bytes: i..<e)) }
                    i = e
                    continue
                }
                guard open == 91 || open == 123 || open == 60 else { i += 1; continue }
                let close: UInt8 = open == 91 ? 93 : open == 123 ? 125 : 62
                var j = i + 1
                while j < n, j - i <= 64, b[j] != close, b[j] != 10, b[j] != open { j += 1 }
                guard j < n, b[j] == close, j - i <= 64 else { i += 1; continue }
                var end = j + 1
                if open == 123, end < n, b[end] == 125 { end += 1 }  // {{name}}
                let inner = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "{} "))
                if isSlot(inner, bracket: open, next: end < n ? b[end] : 0) { result.append(Violation(bytes: i..<end)) }
                i = end
            }
        }
        let b = bytes
        // Word slots: XXX, TBD standing for a name or detail, an all-caps NAME.
        let tokens = draft.tokens
        for k in tokens.indices where tokens[k].has(.alphabetic) && !tokens[k].has(.contraction) {
            // only short words in capitals (or x's) can be slots: skip the rest without building strings
            let first = b[Int(tokens[k].start)]
            guard tokens[k].length <= 12, tokens[k].has(.allCaps) || first == 120 else { continue }
            let raw = draft.analysis.text(of: k)
            let range = Int(tokens[k].start)..<Int(tokens[k].end)
            if raw.count >= 2, raw.allSatisfy({ $0 == "X" }) || (raw.count >= 3 && raw.allSatisfy({ $0 == "x" })) {
                result.append(Violation(bytes: range)); continue
            }
            if ["TBD", "TBC", "TBA"].contains(raw) {
                let before = (max(0, k - 2)..<k).map { draft.word($0) }
                let inBrackets = tokens[k].start > 0 && b[Int(tokens[k].start) - 1] == 40
                if before.contains(where: PlaceholderRule.infoWords.contains) || inBrackets { continue }
                result.append(Violation(bytes: range)); continue
            }
            if PlaceholderRule.slotWords.contains(raw) {
                let shouting = (k > 0 && tokens[k - 1].has(.allCaps)) || (k + 1 < tokens.count && tokens[k + 1].has(.allCaps))
                let bracketed = result.contains { $0.bytes?.contains(range.lowerBound) == true }
                if !shouting && !bracketed { result.append(Violation(bytes: range)) }
            }
        }
        return result.sorted { ($0.bytes?.lowerBound ?? 0) < ($1.bytes?.lowerBound ?? 0) }
    }

    func isSlot(_ inner: String, bracket: UInt8, next: UInt8) -> Bool {
        guard !inner.isEmpty, inner.contains(where: \.isLetter) else { return false }
        let lower = inner.lowercased()
        switch bracket {
        case 123: return true  // {role}, {{first_name}}
        case 60:
            if lower.contains("@") || lower.contains("://") || lower.hasPrefix("/") || lower.hasPrefix("www.") { return false }
            return !PlaceholderRule.tags.contains(lower) && !lower.hasPrefix("!")
        default:
            if next == 40 { return false }  // [text](link)
            if PlaceholderRule.editorial.contains(lower) { return false }
            return inner.split(separator: " ").count <= 6
        }
    }
}
