import DeclineCoachKit
import Foundation
import Testing

@Suite("transcripts, review, replay and progress, through the real binary", .serialized)
struct ReviewCommandTests {
    @Test func reviewAndReplayEveryExamplePath() throws {
        let home = try temporaryHome()
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: ScenarioCommandTests.library).filter { $0.hasSuffix(".yaml") }
        var played = 0
        for file in scenarios.sorted() {
            let id = String(file.dropLast(5))
            // every example's path is played in-process (LibraryTests); here, what only the binary shows:
            // a session saved from --replies that review and replay read back, at each example's difficulty
            let examples = try ExampleReplies.load(ScenarioCommandTests.library + "/" + file)
            let chosen = examples.enumerated().filter { $0.offset == 0 || $0.element.difficulty != "standard" }
            for (index, example) in chosen {
                let input = example.replies.map { $0.contains("\n") ? "\"\"\"\n\($0)\n\"\"\"" : $0 }.joined(separator: "\n") + "\n"
                let out = try Binary.run(
                    ["practice", id, "--replies", "-", "--seed", String(index), "--difficulty", example.difficulty],
                    stdin: input, environment: env)
                #expect(out.status == 0, "\(id): \(out.stderr)")
                #expect(out.stdout.contains("Ending:  \(example.ending)"), "\(id) example \(index)")
                played += 1
            }
        }
        let list = try Binary.run(["transcripts", "--format", "json"], environment: env)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let transcripts = try #require(doc["transcripts"] as? [[String: Any]])
        #expect(transcripts.count == played)
        for t in transcripts {
            let id = t["id"] as? String ?? "?"
            let review = try Binary.run(["review", id], environment: env)
            #expect(review.status == 0 && review.stdout.contains("── Scorecard ──"), "\(id)")
            let replay = try Binary.run(["replay", id], environment: env)
            #expect(
                replay.status == 0
                    && replay.stdout.contains("Ending: then \(t["ending"] as? String ?? "none"), now \(t["ending"] as? String ?? "none")"),
                "\(id): \(replay.stdout)")
        }
        let html = try Binary.run(["review", "last", "--format", "html"], environment: env)
        #expect(html.stdout.hasPrefix("<!doctype html>"))
        #expect(!html.stdout.contains("<link") && !html.stdout.contains("<script src"), "the page is self-contained")
        let markdown = try Binary.run(["review", "last", "--format", "markdown"], environment: env)
        #expect(markdown.stdout.contains("## Scorecard"))
        let progress = try Binary.run(["progress"], environment: env)
        #expect(progress.stdout.contains("faced"))
        #expect(progress.stdout.contains("Missed most often"))
        let weak = try Binary.run(
            ["practice", "--weak", "--replies", "-", "--no-save"], stdin: "Thank you, I'm withdrawing.\n", environment: env)
        #expect(weak.status == 0)
        #expect(weak.stdout.contains("Your weakest turn so far:"), "\(weak.stdout)")
    }

    @Test func aTranscriptFromAKilledProcessCanBeReviewed() throws {
        let home = try temporaryHome()
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        _ = try Binary.run(["practice", "first-call-walkthrough", "--replies", "-"], stdin: goodOpening + "\n", environment: env)
        // cut the file mid-line, as a killed process would leave it
        let dir = home + "/transcripts"
        let file = dir + "/" + (try FileManager.default.contentsOfDirectory(atPath: dir))[0]
        var data = try Data(contentsOf: URL(fileURLWithPath: file))
        data.removeLast(40)
        try data.write(to: URL(fileURLWithPath: file))
        let review = try Binary.run(["review", "last"], environment: env)
        #expect(review.status == 0)
        #expect(review.stdout.contains("cut off"))
        #expect(review.stdout.contains(goodOpening))
    }

    @Test func noSessionsYetIsAFriendlyMessage() throws {
        let home = try temporaryHome()
        let out = try Binary.run(["transcripts"], environment: ["DECLINE_COACH_HOME": home])
        #expect(out.stdout.contains("No saved sessions yet"))
        let review = try Binary.run(["review", "last"], environment: ["DECLINE_COACH_HOME": home])
        #expect(review.status == 2)
        let weak = try Binary.run(["practice", "--weak", "--replies", "-"], stdin: "", environment: ["DECLINE_COACH_HOME": home])
        #expect(weak.status == 2)
    }
}

/// A scenario's examples, read with the library's own loader.
enum ExampleReplies {
    struct Example { var replies: [String]; var ending: String; var difficulty: String }
    static func load(_ path: String) throws -> [Example] {
        let (scenario, problems) = ScenarioLoader.load(path: path)
        #expect(problems.isEmpty)
        return (scenario?.examples ?? []).map {
            Example(replies: $0.replies, ending: $0.ending.rawValue, difficulty: $0.difficulty.rawValue)
        }
    }
}
