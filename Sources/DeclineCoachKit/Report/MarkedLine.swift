/// A line of the user's text with a finding's words underlined by carets, as every text report and
/// the live coach show it.
public enum MarkedLine {
    /// Two lines: the source line (a window around the mark when it is long) and the carets.
    public static func lines(_ raw: String, line: Int, column: Int, endLine: Int, endColumn: Int, style: TextStyle) -> [String] {
        let text = TerminalSafe.sanitize(raw.replacingOccurrences(of: "\t", with: " "))
        let scalars = Array(text.unicodeScalars)
        let start = max(0, min(column - 1, scalars.count))
        var end = endLine > line ? scalars.count : max(start + 1, min(endColumn - 1, scalars.count))
        let clipped = end - start > 60
        if clipped { end = start + 60 }
        // keep long lines readable: show a window around the mark
        let lo = max(0, start - 40), hi = min(scalars.count, max(end + 20, lo + 100))
        let prefix = lo > 0 ? "…" : "", suffix = hi < scalars.count || clipped ? "…" : ""
        let before = String(String.UnicodeScalarView(scalars[lo..<start]))
        let inside = String(String.UnicodeScalarView(scalars[start..<min(end, hi)]))
        let after = String(String.UnicodeScalarView(scalars[min(end, hi)..<hi]))
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        return [
            "    " + style.dim(gutter + " | ") + prefix + before + style.red(style.underline(inside)) + after + suffix,
            "    " + style.dim(pad + " | ") + String(repeating: " ", count: prefix.count + before.count)
                + style.red(String(repeating: "^", count: max(1, inside.count))),
        ]
    }

    /// The finding's mark in `text` (a reply as saved), or nothing when it marks no words.
    public static func lines(for f: Finding, in text: String, style: TextStyle) -> [String] {
        guard let line = f.line, let column = f.column, line >= 1 else { return [] }
        let source = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line - 1 < source.count else { return [] }
        return lines(
            String(source[line - 1]), line: line, column: column, endLine: f.endLine ?? line,
            endColumn: f.endColumn ?? column, style: style)
    }
}
