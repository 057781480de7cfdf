import DeclineCoachKit
import Foundation
import Testing

/// A recruiter who answers what was said, in the user's own call: through the real binary.
@Suite("The user's own call, through the real binary", .serialized)
struct ConversationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(
        path: "Fixtures"
    ).path
    static let news = "Hi Dana, thanks for your time. I've accepted another offer, so I'm withdrawing."
    static let close = "Thanks Dana, all the best to you and the team."

    func events(_ stdout: String) -> [[String: Any]] {
        stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Wide enough that no recruiter line wraps.
    func environment(_ home: String) -> [String: String] {
        ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ConversationTests.fixtures, "COLUMNS": "200"]
    }

    @Test func aNamedUserNeverHearsTheScenariosStandInName() throws {
        let home = try temporaryHome()
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        for (index, example) in try ExampleReplies.load(ScenarioCommandTests.library + "/accepted-offer-email.yaml").enumerated() {
            let input = example.replies.map { $0.contains("\n") ? "\"\"\"\n\($0)\n\"\"\"" : $0 }.joined(separator: "\n") + "\n"
            let out = try Binary.run(
                [
                    "practice", "accepted-offer-email", "--name", "Zebediah", "--replies", "-", "--format", "json",
                    "--no-save", "--seed", String(index),
                ], stdin: input, environment: env)
            let lines = events(out.stdout).filter { $0["type"] as? String == "recruiter" }.compactMap { $0["line"] as? String }
            #expect(!lines.isEmpty)
            #expect(!lines.contains { $0.contains("Sam") }, "\(lines)")
        }
    }

    @Test func theRecruiterSaysTheUsersNamesAndRemembersTheirName() throws {
        let home = try temporaryHome()
        let out = try Binary.run(
            ["practice", "heard-call", "--replies", "-", "--seed", "1", "--name", "Zebediah", "--company", "Initech"],
            stdin: ConversationTests.news + "\n" + ConversationTests.close + "\n", environment: environment(home))
        #expect(out.stdout.contains("Dana Cole (recruiter): “Dana at Initech. Hello!”"), "\(out.stdout)")
        #expect(out.stdout.contains("“Oh, congratulations, Zebediah! Who's the lucky company?”"))
        #expect(out.stdout.contains("“Take care, Zebediah.”"))
        // the name is kept for the next session; the company is not
        let next = try Binary.run(
            ["practice", "heard-call", "--replies", "-", "--seed", "1"],
            stdin: ConversationTests.news + "\n", environment: environment(home))
        #expect(next.stdout.contains("“Dana at Acme Robotics. Hello!”"))
        #expect(next.stdout.contains("“Oh, congratulations, Zebediah! Who's the lucky company?”"))
    }

    @Test func aSessionThatOnlyQuitsIsNeverSaved() throws {
        let home = try temporaryHome()
        let out = try Binary.run(["practice", "heard-call", "--replies", "-"], stdin: ":quit\n", environment: environment(home))
        #expect(out.stdout.hasSuffix("Ended before your first reply: nothing to score, and nothing saved.\n"), "\(out.stdout)")
        let list = try Binary.run(["transcripts"], environment: environment(home))
        #expect(list.stdout == "No saved sessions yet. Practise one: decline-coach practice\n")
    }

    @Test func reviewHoldsTheLiveScorecardAndTheScriptTheUsersOwnReply() throws {
        let home = try temporaryHome()
        let live = try Binary.run(
            ["practice", "heard-call", "--replies", "-", "--format", "json", "--seed", "3"],
            stdin: ConversationTests.news + "\n" + ConversationTests.close + "\n", environment: environment(home))
        var card = try #require(events(live.stdout).last)
        #expect(card["type"] as? String == "scorecard")
        card["type"] = nil
        card["transcript"] = nil
        let review = try Binary.run(["review", "last", "--format", "json"], environment: environment(home))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any])
        let saved = try #require(doc["scorecard"] as? [String: Any])
        #expect(NSDictionary(dictionary: saved).isEqual(to: card), "\(saved) vs \(card)")
        #expect((card["wentWell"] as? [[String: Any]])?.isEmpty == false)
        let script = try Binary.run(["script", "last"], environment: environment(home))
        #expect(
            script.stdout.contains(
                "When they wrapped up\n  Dana Cole (recruiter): “Understood. Thanks for telling me why.”\n  your reply ("),
            "\(script.stdout)")
        #expect(script.stdout.contains("    " + ConversationTests.close + "\n"))
        #expect(script.stdout.contains("When you gave your decision"))
        let html = try Binary.run(["script", "heard-call", "--format", "html"], environment: environment(home))
        #expect(html.stdout.hasPrefix("<!doctype html>") && html.stdout.contains(ConversationTests.close))
    }

    @Test func aBurnedBridgeNeverScoresAbove49() throws {
        let home = try temporaryHome()
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        var burned = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: ScenarioCommandTests.library).filter({ $0.hasSuffix(".yaml") })
            .sorted()
        {
            for (index, example) in try ExampleReplies.load(ScenarioCommandTests.library + "/" + file).enumerated()
            where example.ending == "burned-bridge" {
                let input = example.replies.map { $0.contains("\n") ? "\"\"\"\n\($0)\n\"\"\"" : $0 }.joined(separator: "\n") + "\n"
                let out = try Binary.run(
                    [
                        "practice", String(file.dropLast(5)), "--replies", "-", "--format", "json", "--no-save",
                        "--seed", String(index),
                    ], stdin: input, environment: env)
                let card = try #require(events(out.stdout).last)
                #expect(card["ending"] as? String == "burned-bridge")
                #expect((card["score"] as? Int ?? 100) <= 49, "\(file): \(card)")
                burned += 1
            }
        }
        #expect(burned >= 10)
    }

    @Test func aDraftThatStartsWithSubjectIsReadAsEmail() throws {
        let draft = try Binary.temporaryFile(Array("Subject: Withdrawing\n\nHi Ana,\n\nThanks, but I'm withdrawing.\n\nBest,\nSam\n".utf8))
        let inferred = try Binary.run(["lint", draft.path])
        #expect(inferred.stdout.hasPrefix("\(draft.path) (email, decline)"), "\(inferred.stdout)")
        let told = try Binary.run(["lint", "--channel", "phone", draft.path])
        #expect(told.stdout.hasPrefix("\(draft.path) (phone, decline)"))
        let spoken = try Binary.run(["lint", "-"], stdin: "Thanks, but I'm withdrawing.")
        #expect(spoken.stdout.hasPrefix("standard input (phone, decline)"))
    }

    @Test func theUsersOwnScenariosJoinTheLibraryAndReplayFindsAScenarioFile() throws {
        let home = try temporaryHome()
        try FileManager.default.createDirectory(atPath: home + "/scenarios", withIntermediateDirectories: true)
        // a long id, so the transcripts list has to make room for it
        let long = "heard-call-with-a-much-longer-identifier-than-usual"
        let text = try String(contentsOfFile: ConversationTests.fixtures + "/heard-call.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: heard-call", with: "id: \(long)")
        try text.write(toFile: home + "/scenarios/mine.yaml", atomically: true, encoding: .utf8)
        let env = ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]
        let list = try Binary.run(["scenarios"], environment: env)
        #expect(list.stdout.contains(long))
        let played = try Binary.run(["practice", long, "--replies", "-"], stdin: ConversationTests.news + "\n", environment: env)
        #expect(played.status == 0, "\(played.stderr)")
        let transcripts = try Binary.run(["transcripts"], environment: env).stdout.split(separator: "\n").map(String.init)
        let id = try #require(transcripts.last?.split(separator: " ").first.map(String.init))
        #expect(id.hasSuffix("-" + long), "\(transcripts)")
        #expect(transcripts.last!.dropFirst(id.count).hasPrefix("  "), "the id column fits the id: \(transcripts)")
        #expect(transcripts[0].hasPrefix("id" + String(repeating: " ", count: id.count)))
        // a scenario file outside every library
        let outside = try Binary.temporaryFile(
            Array(try String(contentsOfFile: ConversationTests.fixtures + "/heard-email.yaml", encoding: .utf8).utf8),
            name: "elsewhere.yaml")
        _ = try Binary.run(
            ["practice", outside.path, "--replies", "-"],
            stdin:
                "\"\"\"\nSubject: Withdrawing\n\nHi Owen,\n\nThank you. I've accepted another offer, so I'm withdrawing.\n\nBest,\nAda\n\"\"\"\n",
            environment: env)
        let replay = try Binary.run(["replay", "last"], environment: env)
        #expect(replay.status == 0, "\(replay.stdout + replay.stderr)")
        #expect(replay.stdout.contains("Turn 1 (draft): score"))
    }

    @Test func progressAndWeakSpeakInTheUsersTerms() throws {
        let home = try temporaryHome()
        _ = try Binary.run(
            ["practice", "heard-call", "--replies", "-", "--seed", "1"],
            stdin: ConversationTests.news + "\nbye\n", environment: environment(home))
        let progress = try Binary.run(["progress"], environment: environment(home))
        #expect(
            progress.stdout.contains("Weakest moment: when they wrapped up, in “A call that hears what you said”"), "\(progress.stdout)")
        #expect(!progress.stdout.contains("'why-ok'"))
        let missed = progress.stdout.components(separatedBy: "Missed most often")[1]
        let levels = missed.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.filter {
            ["error", "warning", "suggestion"].contains($0)
        }
        #expect(
            levels
                == levels.sorted { ["error": 0, "warning": 1, "suggestion": 2][$0]! < ["error": 0, "warning": 1, "suggestion": 2][$1]! },
            "\(levels)")
        let weak = try Binary.run(
            ["practice", "--weak", "--replies", "-", "--no-save"], stdin: ConversationTests.close + "\n", environment: environment(home))
        #expect(
            weak.stdout.contains(
                "How the conversation got there last time:\n  Dana Cole (recruiter): “Dana at Acme Robotics. Hello!”\n  you: "
                    + ConversationTests.news), "\(weak.stdout)")
    }

    @Test func aCallThatEndedWellIsConfirmedByEmailInTheSameTranscript() throws {
        let home = try temporaryHome()
        let email =
            "Subject: Withdrawing from the test engineer process\nHi Dana,\nAs we discussed on the phone, I'm withdrawing. Thank you for your time, and good luck with the search.\nBest,\nAda\n\"\"\""
        let out = try Binary.run(
            ["practice", "heard-call", "--replies", "-", "--seed", "1"],
            stdin: [ConversationTests.news, ConversationTests.close, "", email].joined(separator: "\n") + "\n",
            environment: environment(home))
        #expect(out.stdout.contains("\n(After the call) The email that confirms what you said on the phone.\n"), "\(out.stdout)")
        #expect(out.stdout.contains("over 3 turns"))
        let saved = try transcriptLines(in: home)
        let verdict = try #require(saved.first { $0["type"] as? String == "verdict" && $0["node"] as? String == "confirming-email" })
        #expect((verdict["checked"] as? [String])?.contains("channel-fit") == false, "an email confirming a call is the right channel")
        let review = try Binary.run(["review", "last"], environment: environment(home))
        #expect(review.stdout.contains("As we discussed on the phone"))
    }

    @Test func thirtySessionsStartedTogetherAreAllSaved() throws {
        let home = try temporaryHome()
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment(home) { env[k] = v }
        env["NO_COLOR"] = "1"
        let processes: [Process] = try (0..<30).map { _ in
            let p = Process()
            p.executableURL = Binary.url
            p.arguments = ["practice", "heard-call", "--replies", "-", "--seed", "1"]
            p.environment = env
            let input = Pipe()
            p.standardInput = input
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            input.fileHandleForWriting.write(Data((ConversationTests.news + "\n").utf8))
            try input.fileHandleForWriting.close()
            return p
        }
        for p in processes { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let saved = try FileManager.default.contentsOfDirectory(atPath: home + "/transcripts").filter { $0.hasSuffix(".jsonl") }
        #expect(saved.count == 30, "\(saved.count) of 30 saved")
        for file in saved {
            let text = try String(contentsOfFile: home + "/transcripts/" + file, encoding: .utf8)
            #expect(text.split(separator: "\n").count >= 5, "\(file) is complete")
        }
    }

    /// A disk that fills mid-session (a file-size limit stands in for it: writes fail the same way,
    /// with no root and no tmpfs needed): reported when it happens and again at the end, exit 1, and the
    /// file keeps only whole lines, which every reader can use.
    @Test func aDiskThatFillsMidSessionIsReportedAndLeavesNoTornLine() throws {
        let home = try temporaryHome()
        let replies = try Binary.temporaryFile(Array(String(repeating: ConversationTests.news + "\n", count: 3).utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        // SIGXFSZ ignored, so the write fails with EFBIG as it would with ENOSPC, instead of killing the process
        process.arguments = [
            "-c", "trap '' XFSZ; ulimit -f 2; exec \"$0\" practice heard-call --replies \"$1\"", Binary.url.path, replies.path,
        ]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment(home) { env[k] = v }
        env["NO_COLOR"] = "1"
        process.environment = env
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/transcripts")
        try #require(files.count == 1)
        let path = home + "/transcripts/" + files[0]
        let report = "writing \(path) failed (File too large): this turn and the rest of the session are not saved"
        #expect(err.contains("decline-coach: " + report + "\n"), "reported when it happens")
        #expect(out.hasSuffix("Not saved in full: " + report + "\n"), "and again at the end")
        #expect(!out.contains("Saved: "))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count <= 2048 && bytes.last == 10, "only whole lines are left")
        for line in bytes.split(separator: 10) { #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil) }
        let review = try Binary.run(["review", path], environment: environment(home))
        #expect(review.status == 0)
        #expect(review.stdout.contains("A call that hears what you said"))
    }

    @Test func aDataDirectoryOthersCanReadIsNamed() throws {
        let home = try temporaryHome()
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        chmod(home, 0o777)
        let out = try Binary.run(
            ["practice", "heard-call", "--replies", "-"], stdin: ConversationTests.news + "\n", environment: environment(home))
        #expect(
            out.stderr.hasPrefix(
                "decline-coach: your sessions are not private: \(home) can be read or written by others (mode 777); chmod 700 it\n"),
            "\(out.stderr)")
        chmod(home, 0o700)
        let quiet = try Binary.run(
            ["practice", "heard-call", "--replies", "-"], stdin: ConversationTests.news + "\n", environment: environment(home))
        #expect(!quiet.stderr.contains("not private"))
    }
}
