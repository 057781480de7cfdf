import Foundation
import Testing

/// A fresh data directory per test.
func temporaryHome() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decline-coach-home-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir + "/data"
}

func transcriptLines(in home: String) throws -> [[String: Any]] {
    let dir = home + "/transcripts"
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".jsonl") }
    #expect(files.count == 1)
    let text = try String(contentsOfFile: dir + "/" + files[0], encoding: .utf8)
    return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
}

let goodOpening =
    "Hi Tom, thanks for picking up. I've accepted an offer from another studio, so I'm withdrawing from the Brightline process. I hope we stay in touch, and good luck with the search."
let goodClose = "Thank you, Tom. I hope you find a brilliant animator, and take care."

@Suite("decline-coach practice --replies, through the real binary")
struct PracticeTests {
    let library = ["DECLINE_COACH_SCENARIOS": ScenarioCommandTests.library]

    @Test func aScriptedSessionPrintsTheConversationAndSavesIt() throws {
        let home = try temporaryHome()
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-", "--seed", "1"],
            stdin: [goodOpening, goodClose].joined(separator: "\n"),
            environment: library.merging(["DECLINE_COACH_HOME": home]) { $1 })
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Tom Ellery (recruiter): “Tom at Brightline Studios. Calling about Friday?”"))
        #expect(out.stdout.contains("you › " + goodOpening))
        #expect(out.stdout.contains("Turn score 100/100"))
        #expect(out.stdout.contains("Ending:  graceful"))
        #expect(out.stdout.contains("Saved: \(home)/transcripts/"))
        let events = try transcriptLines(in: home)
        #expect(events.first?["type"] as? String == "header")
        #expect(events.first?["scenario"] as? String == "first-call-walkthrough")
        #expect(events.first?["format"] as? Int == 1)
        #expect(events.map { $0["type"] as? String }.filter { $0 == "reply" }.count == 2)
        #expect(events.last?["type"] as? String == "end")
        #expect(events.last?["ending"] as? String == "graceful")
        let dirMode = try FileManager.default.attributesOfItem(atPath: home)[.posixPermissions] as? Int
        #expect(dirMode == 0o700)
        let file = try FileManager.default.contentsOfDirectory(atPath: home + "/transcripts")[0]
        let fileMode = try FileManager.default.attributesOfItem(atPath: home + "/transcripts/" + file)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
    }

    @Test func retryShowsTheChangeAndKeepsBothAttempts() throws {
        let home = try temporaryHome()
        let replies = [
            "Hi Tom, thanks. Something has come up with another studio and I'm not sure what to do about Friday.", ":retry", goodOpening,
            goodClose,
        ]
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-"], stdin: replies.joined(separator: "\n"),
            environment: library.merging(["DECLINE_COACH_HOME": home]) { $1 })
        #expect(out.stdout.contains("attempt 1: 55 -> attempt 2: 100 (+45)"), "\(out.stdout)")
        let events = try transcriptLines(in: home)
        #expect(events.contains { $0["type"] as? String == "retry" })
        let attempts = events.filter { $0["type"] as? String == "reply" && $0["turn"] as? Int == 1 }.map { $0["attempt"] as? Int }
        #expect(attempts == [1, 2])
    }

    @Test func anEmailReplyGoesBetweenTripleQuotes() throws {
        let home = try temporaryHome()
        let email = [
            "\"\"\"", "Subject: Withdrawing from the Account Manager process", "", "Dear Bea,", "",
            "Thank you for the invitation. I've accepted an offer elsewhere, so I'm withdrawing my application.", "",
            "Kind regards,", "Sam Lee", "\"\"\"",
        ]
        let out = try Binary.run(
            ["practice", "accepted-offer-email", "--replies", "-", "--format", "json"],
            stdin: email.joined(separator: "\n"), environment: library.merging(["DECLINE_COACH_HOME": home]) { $1 })
        let events = out.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let reply = try #require(events.first { $0["type"] as? String == "reply" })
        #expect((reply["text"] as? String)?.hasPrefix("Subject: Withdrawing from the Account Manager process\n\nDear Bea,") == true)
        let verdict = try #require(events.first { $0["type"] as? String == "verdict" })
        #expect((verdict["checked"] as? [String])?.contains("sign-off") == true)
        #expect(events.last?["type"] as? String == "scorecard")
    }

    @Test func skipCountsAsGhosting() throws {
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-", "--no-save", "--format", "json"],
            stdin: ":skip\n", environment: library)
        let events = out.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let verdict = try #require(events.first { $0["type"] as? String == "verdict" })
        let rules = (verdict["findings"] as? [[String: Any]])?.map { $0["rule"] as? String }
        // silence is ghosting, and misses every part the opening turn expected
        #expect(rules == ["ghosting", "clear-decision", "appreciation", "brief-reason", "door-open", "personal-touch", "well-wishes"])
        #expect(verdict["score"] as? Int == 5, "below any sincere attempt")
    }

    @Test func anUnwritableDataDirectoryWarnsAndStillRuns() throws {
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-"], stdin: goodOpening + "\n" + goodClose,
            environment: library.merging(["DECLINE_COACH_HOME": "/proc/decline-coach"]) { $1 })
        #expect(out.status == 0)
        #expect(out.stderr.hasPrefix("decline-coach: the session will not be saved"))
        #expect(out.stdout.contains("Ending:  graceful"))
    }

    @Test func callModeGivesNoFeedbackUntilTheScorecard() throws {
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-", "--mode", "call", "--no-save"],
            stdin: "Hi Tom, I'm so so sorry.\n:hint\n" + goodClose, environment: library)
        #expect(!out.stdout.contains("Turn score"))
        #expect(out.stdout.contains("not available in call mode"))
        #expect(out.stdout.contains("── Scorecard ──"))
        #expect(out.stdout.contains("Practise next:"))
    }

    @Test func editWritesTheReplyInTheUsersEditor() throws {
        // an "editor" that writes a reply into the file it is given, as a person would
        let script = try Binary.temporaryFile(
            Array("#!/bin/sh\nprintf '%s\\n# a comment line\\n' \"\(goodOpening)\" > \"$1\"\n".utf8), name: "editor.sh")
        chmod(script.path, 0o755)
        let out = try Binary.run(
            ["practice", "first-call-walkthrough", "--replies", "-", "--no-save", "--format", "json"],
            stdin: ":edit\n", environment: library.merging(["VISUAL": script.path]) { $1 })
        let events = out.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let reply = try #require(events.first { $0["type"] as? String == "reply" })
        #expect(reply["text"] as? String == goodOpening)
    }

    @Test func anUnknownScenarioIsAUsageError() throws {
        let out = try Binary.run(["practice", "first-call-walkthru", "--replies", "-"], stdin: "", environment: library)
        #expect(out.status == 2)
        #expect(out.stderr.contains("did you mean 'first-call-walkthrough'"))
    }
}
