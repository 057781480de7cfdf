/// The formats a report can be drawn in. Each command offers the ones its subject has reporters for.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, mermaid, dot
}

/// One output format of one kind of report, as SwiftLint keeps one reporter per format: a new
/// format is one type in one file, added to its subject's `reporters`.
public protocol Reporter<Subject>: Sendable {
    associatedtype Subject
    static var format: ReportFormat { get }
    /// The whole document. `style` colours text for a terminal; other formats ignore it.
    static func report(_ subject: Subject, style: TextStyle) -> String
}

/// Something with reporters: lint results, a saved session.
public protocol Reportable {
    static var reporters: [any Reporter<Self>.Type] { get }
}

extension Reportable {
    public static var formats: [ReportFormat] { reporters.map { $0.format } }

    /// The document in `format`, or nil when this subject has no reporter for it.
    public func report(as format: ReportFormat, style: TextStyle = .plain) -> String? {
        Self.reporters.first { $0.format == format }.map { $0.report(self, style: style) }
    }
}
