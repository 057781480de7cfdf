// libFuzzer harness for the linter (built only by scripts/fuzz.sh; see Fuzz/README.md).
import DeclineCoachKit
import FuzzSupport

private let linter = Linter()
private let contexts: [LintContext] = Channel.allCases.flatMap { channel in
    TurnKind.allCases.map { LintContext(channel: channel, turn: $0, reason: .acceptedOffer) }
}

/// The first byte picks the channel and turn; the rest is the reply. A property that fails traps,
/// which libFuzzer reports as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let context = contexts[Int(data[0]) % contexts.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let result = linter.lint(bytes: bytes, context: context)
    precondition((0...100).contains(result.score), "score \(result.score) out of range")
    for finding in result.findings {
        if let range = finding.byteRange {
            precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "\(finding.rule): range \(range) outside \(bytes.count) bytes")
        }
        if let line = finding.line, let column = finding.column {
            precondition(line >= 1 && column >= 1, "\(finding.rule): position \(line):\(column)")
            if let endLine = finding.endLine, let endColumn = finding.endColumn {
                precondition((endLine, endColumn) >= (line, column), "\(finding.rule): ends before it starts")
            }
        }
        precondition(Set(result.checked).contains(finding.rule), "\(finding.rule) reported but not checked")
    }
    return 0
}

@_cdecl("fuzz_lint_main")
public func fuzzLintMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { fuzzLint($0, $1) }
}
