#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DeclineCoachKit

/// Styling for terminal output: ANSI colour only on a terminal that has it (not TERM=dumb), never with NO_COLOR.
struct Style: Sendable {
    let enabled: Bool

    static func forStdout() -> Style {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        return Style(enabled: isatty(1) == 1 && noColor.isEmpty && term != "dumb")
    }

    func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func cyan(_ s: String) -> String { wrap(s, "36") }
    func underline(_ s: String) -> String { wrap(s, "4") }

    func level(_ level: Level) -> String {
        switch level {
        case .error: red(bold("error"))
        case .warning: yellow(bold("warning"))
        case .suggestion: cyan(bold("suggestion"))
        }
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
/// so no path can forget the sanitiser. Only the SGR codes of our own `Style` survive, and only
/// when standard output gets colour.
/// (No default for `text`: a defaulted parameter ranks below `Swift.print(_:...)` and the shadow
/// would silently stop applying; `print()` below covers the empty line.)
func print(_ text: String, terminator: String = "\n") {
    Swift.print(TerminalSafe.sanitize(text, allowingStyle: stdoutStyle.enabled), terminator: terminator)
}

func print() { Swift.print() }

let stdoutStyle = Style.forStdout()
