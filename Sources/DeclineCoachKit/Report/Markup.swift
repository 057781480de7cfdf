/// Escaping for the Markdown and HTML reports: every text in them came from a user or a
/// scenario file, so it is made inert before it is placed.
public enum Markup {
    /// Text made inert in Markdown: every punctuation mark Markdown gives meaning to is escaped
    /// (no forged headings, links, images or emphasis), and HTML is written as entities.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~", "=", ":":
                out.append("\\")
                out.append(c)
            case "\n", "\r": out += "  \n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Text as HTML character data or an attribute value.
    public static func html(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
