/// ANSI styling for text reports. The front end decides whether the terminal gets colour
/// (`enabled`); a disabled style returns its text unchanged.
public struct TextStyle: Sendable {
    public let enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }
    public static let plain = TextStyle(enabled: false)

    public func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }
    public func underline(_ s: String) -> String { wrap(s, "4") }

    public func level(_ level: Level) -> String {
        switch level {
        case .error: red(bold("error"))
        case .warning: yellow(bold("warning"))
        case .suggestion: cyan(bold("suggestion"))
        }
    }

    /// A score out of 100, green when good, yellow when fair, red when poor.
    public func score(_ score: Int) -> String {
        let s = "\(score)/100"
        return score >= 85 ? green(s) : score >= 60 ? yellow(s) : red(s)
    }
}
