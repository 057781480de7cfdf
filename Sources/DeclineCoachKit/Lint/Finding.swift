/// One thing the linter noticed, in the form every front end shows it.
public struct Finding: Sendable, Equatable, Codable {
    public var rule: String
    public var level: Level
    public var message: String
    public var hint: String
    public var section: String
    public var line: Int?
    public var column: Int?
    public var endLine: Int?
    public var endColumn: Int?
    /// The offending words, when there are some.
    public var excerpt: String?
    /// Byte range in the checked text (not encoded; used to mark the words).
    public var byteRange: Range<Int>?

    enum CodingKeys: String, CodingKey { case rule, level, message, hint, section, line, column, endLine, endColumn, excerpt }
}

/// The linter's verdict on one text.
public struct LintResult: Sendable {
    public var context: LintContext
    /// Rule ids that were applied; a checked rule without a finding passed.
    public var checked: [String]
    public var findings: [Finding]
    public var score: Int
    /// The reasons the reply gave for declining (SPEC §2 "Reasons"), in the order of the catalogue.
    public var statedReasons: [Reason] = []
    /// The name an email was signed with ("Ada Lovelace" from "Best,\nAda Lovelace"), when it has one.
    public var signedName: String?

    public init(context: LintContext, checked: [String], findings: [Finding], score: Int, statedReasons: [Reason] = []) {
        self.context = context; self.checked = checked; self.findings = findings; self.score = score
        self.statedReasons = statedReasons
    }

    public func passed(_ rule: String) -> Bool { checked.contains(rule) && !findings.contains { $0.rule == rule } }
    public func failed(_ rule: String) -> Bool { findings.contains { $0.rule == rule } }
    public var hasErrors: Bool { findings.contains { $0.level == .error } }

    /// 100 minus a penalty per finding by level, never below 0.
    public static func score(_ findings: [Finding]) -> Int {
        max(0, 100 - findings.reduce(0) { $0 + $1.level.penalty })
    }
}
