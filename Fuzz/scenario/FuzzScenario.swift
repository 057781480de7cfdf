// libFuzzer harness for scenario loading and `check` (built only by scripts/fuzz.sh).
import DeclineCoachKit
import FuzzSupport

/// Loads the bytes as a scenario file; when it loads, checks it (samples and examples run through
/// the engine) and draws its graph. Diagnostics are the expected outcome; a trap or a hang is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (scenario, diagnostics) = ScenarioLoader.load(bytes: bytes, file: "fuzz.yaml")
    for d in diagnostics { _ = d.description }
    guard let scenario else { return 0 }
    for d in ScenarioChecker.check(scenario) { _ = d.description }
    _ = ScenarioChecker.unproven(scenario)
    _ = ScenarioGraph.mermaid(scenario)
    _ = ScenarioGraph.dot(scenario)
    return 0
}

@_cdecl("fuzz_scenario_main")
public func fuzzScenarioMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { fuzzScenario($0, $1) }
}
