// libFuzzer harness for reading transcripts and rendering every review (built only by scripts/fuzz.sh).
import DeclineCoachKit
import FuzzSupport

/// Parses the bytes as a transcript, then scores it and renders every review format. Damaged
/// lines must become notes; nothing may trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let record = try? TranscriptReader.parse(bytes, id: "fuzz", path: "fuzz.jsonl") else { return 0 }
    let card = record.scorecard(scenario: nil)
    precondition((0...100).contains(card.score), "scorecard score \(card.score) out of range")
    _ = ReviewRenderer.markdown(record, speaker: "Recruiter", card: card)
    _ = ReviewRenderer.html(record, speaker: "Recruiter", card: card)
    _ = ReviewRenderer.json(record, card: card).text
    _ = Progress.perScenario([record], library: ScenarioLibrary.load([]))
    _ = Progress.missedRules([record])
    return 0
}

@_cdecl("fuzz_transcript_main")
public func fuzzTranscriptMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { fuzzTranscript($0, $1) }
}
