import DeclineCoachKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TextStyle {
    /// Colour only on a terminal that has it (not TERM=dumb), never with NO_COLOR.
    static func forStdout() -> TextStyle {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        return TextStyle(enabled: isatty(1) == 1 && noColor.isEmpty && term != "dumb")
    }
}

/// Writes a line to standard error (sanitised: messages quote file names and file contents).
func printError(_ message: String) {
    var line = TerminalSafe.sanitize("decline-coach: \(message)") + "\n"
    line.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { break }
            offset += n
        }
    }
}

/// Removes terminal control sequences from text we did not write (scenario
/// text, file contents); used where text is measured or wrapped before printing.
func sanitizeForTerminal(_ s: String) -> String { TerminalSafe.sanitize(s) }

/// Every line the executable prints goes through here: it shadows `Swift.print` in this module,
/// so no path can forget the sanitiser. Only the SGR codes of our own `TextStyle` survive, and only
/// when standard output gets colour.
/// (No default for `text`: a defaulted parameter ranks below `Swift.print(_:...)` and the shadow
/// would silently stop applying; `print()` below covers the empty line.)
func print(_ text: String, terminator: String = "\n") {
    Swift.print(TerminalSafe.sanitize(text, allowingStyle: stdoutStyle.enabled), terminator: terminator)
}

func print() { Swift.print() }

let stdoutStyle = TextStyle.forStdout()
