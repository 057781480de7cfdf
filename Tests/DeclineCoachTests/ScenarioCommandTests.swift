import Foundation
import Testing

@Suite("decline-coach check, scenarios and graph, through the real binary")
struct ScenarioCommandTests {
    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios").path
    let env = ["DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]

    @Test func theShippedLibraryPassesCheck() throws {
        let out = try Binary.run(["check", "--coverage"], environment: env)
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.stdout.contains("no problems, 0 unproven branches"))
        #expect(out.stdout.hasSuffix("; tough paths in 6 scenarios (6 moves a gentle recruiter never makes, 0 unproven)\n"))
    }

    /// The same firm replies, at each difficulty: only the tough recruiter makes a second offer.
    @Test func aToughRecruiterMakesASecondOfferAGentleOneNever() throws {
        let replies = [
            "Hi Colette, thanks for picking up. Now that I've seen the salary band for the finance business partner role, it's below what I need, so I'm withdrawing before the panel. I hope you find a great candidate, and I'd be glad to stay in touch.",
            "That's kind of you to try, Colette, thank you. Even the top of the band is some way short of what I need, so my decision stands.",
        ]
        var seen: [String: (banner: String, secondOffer: Bool)] = [:]
        for difficulty in ["gentle", "tough"] {
            let out = try Binary.run(
                ["practice", "pay-gap-call", "--replies", "-", "--seed", "1", "--no-save", "--mode", "call", "--difficulty", difficulty],
                stdin: replies.joined(separator: "\n"), environment: env)
            #expect(out.status == 0, "\(out.stderr)")
            let banner = String(out.stdout.split(separator: "\n").first ?? "")
            seen[difficulty] = (banner, out.stdout.contains("Hang on, don't go yet."))
        }
        #expect(
            seen["gentle"]?.banner == "The pay is well short, and they offer to stretch it a little  [phone, call mode, gentle recruiter]")
        #expect(
            seen["tough"]?.banner == "The pay is well short, and they offer to stretch it a little  [phone, call mode, tough recruiter]")
        #expect(seen["gentle"]?.secondOffer == false)
        #expect(seen["tough"]?.secondOffer == true)
        let bad = try Binary.run(["practice", "pay-gap-call", "--difficulty", "brutal", "--replies", "-"], stdin: "", environment: env)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("brutal"))
    }

    @Test func problemsAreReportedWithFileLineColumnAndCode() throws {
        let text = try String(contentsOfFile: ScenarioCommandTests.library + "/first-call-walkthrough.yaml", encoding: .utf8)
            .replacingOccurrences(of: "goto: left-open", with: "goto: left-opne")
            .replacingOccurrences(of: "    hint: \"{contact} is not sure", with: "    hnit: \"{contact} is not sure")
        let file = try Binary.temporaryFile(Array(text.utf8), name: "broken.yaml")
        let out = try Binary.run(["check", file.path])
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("\(file.path):") && $0.contains(": error[S003]: unknown key 'hnit'") && $0.contains("did you mean 'hint'")
            })
        #expect(lines.contains { $0.contains("error[S007]: goto 'left-opne' names no node; did you mean 'left-open'?") })
        #expect(lines.last?.contains("problems") == true)
    }

    @Test func aMissingPathIsUsageError() throws {
        let out = try Binary.run(["check", "/nonexistent/scenarios"])
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("decline-coach: "))
    }

    @Test func malformedYAMLIsADiagnosticNotACrash() throws {
        let file = try Binary.temporaryFile(Array("id: x\ntitle: [unclosed\nnodes:\n".utf8), name: "bad.yaml")
        let out = try Binary.run(["check", file.path])
        #expect(out.status == 1)
        #expect(out.stdout.contains("error[S001]: YAML syntax"))
    }

    @Test func scenariosListsTheLibrary() throws {
        let out = try Binary.run(["scenarios", "--format", "json"], environment: env)
        #expect(out.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let list = try #require(doc["scenarios"] as? [[String: Any]])
        #expect(list.count >= 16)
        let first = try #require(list.first { $0["id"] as? String == "first-call-walkthrough" })
        #expect(first["channel"] as? String == "phone")
        #expect((first["kinds"] as? [String]) == ["decline", "address-concerns", "close"])
        #expect(first["nodes"] as? Int == 6)
        let text = try Binary.run(["scenarios"], environment: env)
        #expect(text.stdout.contains("first-call-walkthrough"))
    }

    @Test func graphDrawsMermaidAndDot() throws {
        let mermaid = try Binary.run(["graph", "first-call-walkthrough"], environment: env)
        #expect(mermaid.stdout.hasPrefix("flowchart TD"))
        #expect(mermaid.stdout.contains("n_opening -->|\"fails hostile or criticism or curt\"| n_cold"))
        let dot = try Binary.run(["graph", "first-call-walkthrough", "--format", "dot"], environment: env)
        #expect(dot.stdout.hasPrefix("digraph \"first-call-walkthrough\""))
        #expect(dot.stdout.contains("\"opening\" -> \"thanks\" [label=\"otherwise\"];"))
        let unknown = try Binary.run(["graph", "first-call-walkthru"], environment: env)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'first-call-walkthrough'"))
    }
}
