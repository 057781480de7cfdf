/// A stable code for each problem `check` can report; tests and other tools rely on them.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    case yamlSyntax = "S001"
    case wrongType = "S002"
    case unknownKey = "S003"
    case missingKey = "S004"
    case duplicate = "S005"
    case badStart = "S006"
    case danglingGoto = "S007"
    case unreachable = "S008"
    case noEnding = "S009"
    case unknownRule = "S010"
    case unknownKind = "S011"
    case unknownReason = "S012"
    case unknownStage = "S013"
    case unknownChannel = "S014"
    case unknownEnding = "S015"
    case emptyText = "S016"
    case sampleMismatch = "S017"
    case exampleMismatch = "S018"
    case nodeShape = "S019"
    case noDefaultBranch = "S020"
    case unreadable = "S021"
    case alias = "S022"
    case invalidID = "S023"
    case literalName = "S024"
    case presumption = "S025"

    /// Warnings point at lines a user would find jarring; they do not fail `check`.
    public var isWarning: Bool { self == .literalName || self == .presumption }
}

/// One problem in a scenario file, with where it is and how to fix it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var code: DiagnosticCode
    public var message: String
    public var file: String
    public var location: SourceLocation

    public init(_ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation) {
        self.code = code; self.message = message; self.file = file; self.location = location
    }

    /// `file:line:column: error[S007]: message`, the form compilers and editors understand.
    public var description: String {
        "\(file):\(location.line):\(location.column): \(code.isWarning ? "warning" : "error")[\(code.rawValue)]: \(message)"
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

/// The closest of `candidates` to `word`, when it is close enough to be a typo.
public func suggestion(for word: String, among candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance($0, word.lowercased())) }.min { $0.1 < $1.1 }
    guard let (best, distance) = scored, distance <= max(2, word.count / 3) else { return nil }
    return best
}
