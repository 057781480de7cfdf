import Foundation

/// The scenario files in a set of paths (files or directories of `*.yaml`).
public struct ScenarioLibrary: Sendable {
    public var scenarios: [Scenario] = []
    public var diagnostics: [Diagnostic] = []
    /// Files looked at, whether or not they loaded.
    public var files: [String] = []

    /// Loads every scenario under `paths`. With `validate`, also runs each
    /// scenario's structural checks, samples and examples.
    public static func load(_ paths: [String], validate: Bool = false) -> ScenarioLibrary {
        var library = ScenarioLibrary()
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    library.files.append((path as NSString).appendingPathComponent(name))
                }
            } else {
                library.files.append(path)
            }
        }
        // Files load and check independently, so they share the cores; results keep file order.
        let files = library.files
        let slots = UnsafeMutableBufferPointer<(Scenario?, [Diagnostic])?>.allocate(capacity: files.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let results = slots
        DispatchQueue.concurrentPerform(iterations: files.count) { k in
            var (scenario, problems) = ScenarioLoader.load(path: files[k])
            // structure is checked whatever else is wrong; samples and examples only run on a clean file
            if validate, let s = scenario { problems += ScenarioChecker.check(s, runSamples: problems.isEmpty) }
            results[k] = (scenario, problems)
        }
        var byID: [String: String] = [:]
        for (k, file) in files.enumerated() {
            let (scenario, problems) = slots[k]!
            library.diagnostics += problems
            guard let scenario else { continue }
            if let other = byID[scenario.id] {
                library.diagnostics.append(
                    Diagnostic(
                        .duplicate, "scenario id '\(scenario.id)' is also used by \(other): ids must be unique", file: file, at: .start))
                continue
            }
            byID[scenario.id] = file
            library.scenarios.append(scenario)
        }
        return library
    }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// The scenario a saved session was played from: the library's, else the file the transcript
    /// names (read only when the library lacks it), if it still holds that scenario.
    public func scenario(of record: TranscriptRecord) -> Scenario? {
        if let known = scenario(record.scenario) { return known }
        guard let file = record.scenarioFile, let s = ScenarioLoader.load(path: file).0, s.id == record.scenario else { return nil }
        return s
    }

    /// The scenarios a user can pick from: the shipped library, then their own in
    /// `<data dir>/scenarios/` (an id already shipped is reported and skipped).
    public static func defaultDirectories(dataDirectory: String = DataDirectory.path()) -> [String] {
        let own = dataDirectory + "/scenarios"
        var isDirectory: ObjCBool = false
        let hasOwn = FileManager.default.fileExists(atPath: own, isDirectory: &isDirectory) && isDirectory.boolValue
        return [defaultDirectory()] + (hasOwn ? [own] : [])
    }

    /// Where the shipped library is: `$DECLINE_COACH_SCENARIOS`, `./scenarios`,
    /// or `scenarios/` beside the package the executable was built in.
    public static func defaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> String {
        if let env = ProcessInfo.processInfo.environment["DECLINE_COACH_SCENARIOS"], !env.isEmpty { return env }
        let fm = FileManager.default
        if fm.fileExists(atPath: "scenarios") { return "scenarios" }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("scenarios").path
            if fm.fileExists(atPath: candidate) { return candidate }
            let shared = dir.appendingPathComponent("share/decline-coach/scenarios").path
            if fm.fileExists(atPath: shared) { return shared }
            dir.deleteLastPathComponent()
        }
        return "scenarios"
    }
}
