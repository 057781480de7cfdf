/// `lint` for people: per input, its findings by level with the words marked, the hint and the
/// guide section, then what passed.
public enum LintTextReporter: Reporter {
    public static let format = ReportFormat.text

    public static func report(_ report: LintReport, style: TextStyle) -> String {
        report.entries.map { entry($0, style: style) }.joined(separator: "\n\n")
    }

    static func entry(_ entry: LintReport.Entry, style: TextStyle) -> String {
        let result = entry.result, bytes = entry.bytes
        var out: [String] = []
        let name = entry.source == "-" ? "standard input" : entry.source
        out.append(
            style.bold(TerminalSafe.sanitize(name)) + style.dim(" (\(result.context.channel.rawValue), \(result.context.turn.rawValue))")
                + "  score \(style.score(result.score))")
        // lines end as the linter counts them: "\n", "\r\n" or a lone "\r"; split only when a
        // finding has no byte range to mark by (a finding the linter made always has one)
        let lines =
            result.findings.allSatisfy({ $0.byteRange != nil || $0.line == nil })
            ? []
            : String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
                .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        for level in [Level.error, .warning, .suggestion] {
            let group = result.findings.filter { $0.level == level }
            guard !group.isEmpty else { continue }
            out.append("")
            out.append(style.level(level) + style.dim(" (\(group.count))"))
            for f in group {
                let at = f.line.map { "\($0):\(f.column ?? 1) " } ?? ""
                out.append("  \(style.bold(f.rule))  \(style.dim(at))\(f.message)")
                if let line = f.line, let w = window(f, bytes) {
                    out += MarkedLine.lines(
                        w.text, line: line, column: w.column, endLine: w.endColumn == Int.max ? line + 1 : line,
                        endColumn: w.endColumn, style: style)
                } else if let line = f.line, let column = f.column, line >= 1, line - 1 < lines.count {
                    out += MarkedLine.lines(
                        String(lines[line - 1]), line: line, column: column,
                        endLine: f.endLine ?? line, endColumn: f.endColumn ?? column, style: style)
                }
                out.append("    " + style.green("hint:") + " " + f.hint)
                out.append("    " + style.dim("Guide › " + f.section))
            }
        }
        let passed = result.checked.filter { result.passed($0) }
        out.append("")
        if result.findings.isEmpty { out.append(style.green("✓ No findings.")) }
        if !passed.isEmpty { out.append(style.green("✓ ") + style.dim("passed: " + passed.joined(separator: ", "))) }
        return out.joined(separator: "\n")
    }

    /// The finding's own stretch of its line (a few hundred bytes around it), with the column in
    /// that stretch: marking a whole 1 MB line for each finding would be quadratic.
    static func window(_ f: Finding, _ bytes: [UInt8]) -> (text: String, column: Int, endColumn: Int)? {
        guard let range = f.byteRange, range.upperBound <= bytes.count else { return nil }
        var from = range.lowerBound
        while from > 0, range.lowerBound - from < 160, bytes[from - 1] != 10, bytes[from - 1] != 13 { from -= 1 }
        while from < range.lowerBound, bytes[from] & 0xC0 == 0x80 { from += 1 }  // a whole character
        var to = range.upperBound
        while to < bytes.count, to - range.upperBound < 160, bytes[to] != 10, bytes[to] != 13 { to += 1 }
        while to < bytes.count, to > range.upperBound, bytes[to] & 0xC0 == 0x80 { to -= 1 }
        func characters(_ r: Range<Int>) -> Int { bytes[r].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
        let column = 1 + characters(from..<range.lowerBound)
        let end = f.endLine == f.line ? column + characters(range) : Int.max
        return (String(decoding: bytes[from..<to], as: UTF8.self), column, end)
    }
}
