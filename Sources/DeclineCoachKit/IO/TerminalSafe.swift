/// The one sanitiser for text on its way to a terminal.
///
/// Scenario files, transcripts and replies are written by people we do not know; a control
/// sequence inside them could clear the screen, set the window title, write the clipboard
/// (OSC 52) or plant a link (OSC 8). Everything the executable prints passes through here, so
/// no such sequence survives whichever path the text took.
public enum TerminalSafe {
    /// The SGR codes our own styling uses (reset, bold, dim, underline, four colours, and the
    /// red underline of marked words in `rules`);
    /// with `allowingStyle` only these survive, so foreign text can at most colour itself.
    static let styleCodes: Set<String> = ["0", "1", "2", "4", "31", "32", "33", "36", "4;31"]

    /// Removes every C0/C1 control character except newline and tab, and every escape
    /// sequence (CSI, OSC, DCS, SOS, PM, APC, and two-character escapes) with its payload.
    /// With `allowingStyle`, a CSI `…m` whose code is one of ours is kept.
    public static func sanitize(_ text: String, allowingStyle: Bool = false) -> String {
        guard needsWork(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i].value
            switch c {
            case 0x1B where i + 1 < scalars.count:
                let kind = scalars[i + 1].value
                switch kind {
                case 0x5B:  // ESC [  (CSI)
                    i = skipCSI(scalars, from: i + 2, keepingStyle: allowingStyle, into: &out, prefix: "\u{1B}[")
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ESC ] OSC, ESC P DCS, ESC X SOS, ESC ^ PM, ESC _ APC
                    i = skipString(scalars, from: i + 2)
                default:  // a two-character escape (ESC 7, ESC c, ...)
                    i += 2
                }
            case 0x9B:  // C1 CSI
                i = skipCSI(scalars, from: i + 1, keepingStyle: false, into: &out, prefix: "")
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // C1 OSC, DCS, SOS, PM, APC
                i = skipString(scalars, from: i + 1)
            case 0x09, 0x0A:
                out.append(scalars[i]); i += 1
            case 0..<0x20, 0x7F...0x9F:
                i += 1
            default:
                out.append(scalars[i]); i += 1
            }
        }
        return String(out)
    }

    /// A byte scan: most text has no control characters at all and is returned untouched.
    static func needsWork(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let b = utf8.next() {
            if b < 0x20 {
                if b != 0x0A && b != 0x09 { return true }
            } else if b == 0x7F {
                return true
            } else if b == 0xC2, let next = utf8.next(), (0x80...0x9F).contains(next) {
                return true
            }
        }
        return false
    }

    /// Skips a CSI's parameter and intermediate bytes and its final byte; returns the index after it.
    private static func skipCSI(
        _ s: [Unicode.Scalar], from start: Int, keepingStyle: Bool,
        into out: inout String.UnicodeScalarView, prefix: String
    ) -> Int {
        var j = start
        while j < s.count, (0x20...0x3F).contains(s[j].value) { j += 1 }
        guard j < s.count else { return j }
        let final = s[j].value
        if keepingStyle, final == 0x6D {
            let parameters = String(String.UnicodeScalarView(s[start..<j]))
            if styleCodes.contains(parameters) {
                out.append(contentsOf: prefix.unicodeScalars)
                out.append(contentsOf: parameters.unicodeScalars)
                out.append("m")
            }
        }
        // A final byte outside the CSI range ends the sequence without being part of it.
        return (0x40...0x7E).contains(final) ? j + 1 : j
    }

    /// Skips a control string (OSC, DCS, ...) up to its terminator: BEL, ST (ESC \) or C1 ST.
    private static func skipString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        while j < s.count {
            switch s[j].value {
            case 0x07, 0x9C: return j + 1
            case 0x1B: return j + 1 < s.count && s[j + 1] == "\\" ? j + 2 : j + 1
            default: j += 1
            }
        }
        return j
    }
}
