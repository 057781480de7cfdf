/// What `lint` reports: each checked text with the linter's verdict on it, in the order given.
public struct LintReport: Sendable, Reportable {
    public struct Entry: Sendable {
        /// The file name, or "-" for standard input.
        public var source: String
        public var result: LintResult
        /// The text as checked, so a report can show the words a finding marks.
        public var bytes: [UInt8]
        public init(source: String, result: LintResult, bytes: [UInt8]) {
            self.source = source
            self.result = result
            self.bytes = bytes
        }
    }

    public var entries: [Entry]
    public init(_ entries: [Entry]) { self.entries = entries }

    public static let reporters: [any Reporter<LintReport>.Type] = [LintTextReporter.self, LintJSONReporter.self]
}
