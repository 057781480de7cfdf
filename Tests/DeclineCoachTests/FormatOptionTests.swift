import ArgumentParser
import DeclineCoachKit
import Testing

@testable import decline_coach

/// `--format` comes from one option group; the formats a command offers come from its reporters.
@Suite("One --format option, one reporter per format")
struct FormatOptionTests {
    @Test func eachCommandOffersItsOwnFormatsAndNamesThemWhenRefused() throws {
        #expect(try FormatOptions<LintReport>.parse([]).format == .text)
        #expect(try FormatOptions<LintReport>.parse(["--format", "json"]).format == .json)
        #expect(try FormatOptions<SessionReport>.parse(["--format", "html"]).format == .html)
        #expect(try FormatOptions<GraphFormats>.parse([]).format == .mermaid)
        #expect(
            FormatOptions<LintReport>.message(for: ParseFailure.of { _ = try FormatOptions<LintReport>.parse(["--format", "html"]) })
                == "--format html is not offered by this command: use text or json")
        #expect(
            FormatOptions<SessionReport>.message(for: ParseFailure.of { _ = try FormatOptions<SessionReport>.parse(["--format", "dot"]) })
                == "--format dot is not offered by this command: use text, markdown, html or json")
        #expect(FormatOptions<LintReport>.helpMessage().contains("Output format: text or json. (default: text)"))
    }

    @Test func everySubjectHasOneReporterPerFormat() {
        #expect(LintReport.formats == [.text, .json])
        #expect(SessionReport.formats == [.text, .markdown, .html, .json])
        let empty = LintReport([])
        #expect(empty.report(as: .json) == #"{"version": 1, "results": []}"#)
        #expect(empty.report(as: .html) == nil)
    }
}

enum ParseFailure {
    static func of(_ body: () throws -> Void) -> Error {
        do { try body() } catch { return error }
        return CancellationError()
    }
}
