// Latency of the linter on one spoken reply, measured in-process so that
// process start-up does not hide it. Prints numbers; not a test.
import DeclineCoachKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

let reply = """
    Hi Priya, thank you so much for taking my call, and for the time you and the analytics team have put into \
    my application over the last few weeks. I wanted to tell you myself that I've accepted an offer from another \
    company, so I'm withdrawing from the data analyst process at Northwind Labs. It wasn't an easy decision: I really \
    enjoyed the conversation with Omar about the forecasting dashboards, and the way you ran the interviews made a \
    strong impression on me. I'm sorry for any inconvenience this causes. I'd be very glad to stay in touch, and if \
    something opens up in a year or two I would love to hear about it. I hope you find someone brilliant for the role, \
    and I wish you and everyone there every success with the new platform launch next spring.
    """

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1e6 + Double(t.tv_nsec) / 1e3
}

// `decline-coach-bench file PATH`: split the cost of linting a big file into its stages.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "file" {
    let data = FileManager.default.contents(atPath: CommandLine.arguments[2]) ?? Data()
    let bytes = [UInt8](data)
    _ = Cue.lexicon
    var t = now()
    let analysis = TextAnalysis(bytes: bytes, lexicon: Cue.lexicon, cueCount: Cue.count)
    let analysed = now() - t
    t = now()
    let result = Linter().lint(draft: Draft(analysis: analysis, context: LintContext(channel: .email)))
    let linted = now() - t
    let mb = Double(bytes.count) / 1e6
    print(
        String(
            format: "%.1f MB: analysis %.0f ms (%.1f MB/s), rules %.0f ms, %d tokens, %d hits, %d findings",
            mb, analysed / 1000, mb / (analysed / 1e6), linted / 1000, analysis.tokens.count, analysis.hits.count, result.findings.count))
    exit(0)
}
// `decline-coach-bench turn`: one coached turn, from the reply to the verdict and the branch.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "turn" {
    let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
    guard let scenario = library.scenario("offer-accepted-call") else { print("offer-accepted-call not found"); exit(1) }
    var warm = Session(scenario: scenario, seed: 1)
    _ = warm.respond(reply)  // the phrase table is built once, at the first reply
    var times: [Double] = []
    for _ in 0..<2000 {
        var session = Session(scenario: scenario, seed: 1)
        let start = now()
        _ = session.respond(reply)
        times.append(now() - start)
    }
    times.sort()
    print(
        String(
            format: "one coached turn (lint + branch), 2000 runs: median %.1f µs, p95 %.1f µs, p99 %.1f µs",
            times[times.count / 2], times[times.count * 95 / 100], times[times.count * 99 / 100]))
    exit(0)
}
let runs = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 5000 : 5000
let linter = Linter()
let context = LintContext(channel: .phone, turn: .decline, reason: .acceptedOffer, stage: .betweenRounds)
_ = linter.lint(reply, context: context)  // build the lexicon once, as the REPL does at start
var samples: [Double] = []
samples.reserveCapacity(runs)
var findings = 0
for _ in 0..<runs {
    let start = now()
    findings += linter.lint(reply, context: context).findings.count
    samples.append(now() - start)
}
samples.sort()
let sorted = samples
let words = reply.split(separator: " ").count
func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
print(
    "one reply (\(words) words), \(runs) runs: median \(String(format: "%.1f", pct(0.5))) µs, p99 \(String(format: "%.1f", pct(0.99))) µs, max \(String(format: "%.1f", samples.last!)) µs (findings per run: \(findings / runs))"
)
