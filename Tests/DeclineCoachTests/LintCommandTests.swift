import Foundation
import Testing

@Suite("decline-coach lint, through the real binary")
struct LintCommandTests {
    @Test func jsonOutputHasTheShapeOfSpecSection3() throws {
        let out = try Binary.run(
            ["lint", "--format", "json", "--channel", "email", "--turn", "decline", "-"],
            stdin: "Subject: Withdrawal\n\nDear <Name>,\n\nI'm so so sorry.\n\nBest,\nSam")
        #expect(out.status == 1)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(doc["version"] as? Int == 1)
        let results = try #require(doc["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let r = results[0]
        #expect(r["source"] as? String == "-")
        #expect(r["channel"] as? String == "email")
        #expect(r["turn"] as? String == "decline")
        #expect((r["checked"] as? [String])?.contains("sign-off") == true)
        #expect(r["score"] is Int)
        let findings = try #require(r["findings"] as? [[String: Any]])
        let slot = try #require(findings.first { $0["rule"] as? String == "placeholder" })
        #expect(Set(slot.keys) == ["rule", "level", "message", "hint", "section", "line", "column", "endLine", "endColumn"])
        #expect(slot["level"] as? String == "error")
        #expect(slot["section"] as? String == "Email Templates for Declining Interviews")
        #expect(slot["line"] as? Int == 3 && slot["column"] as? Int == 6 && slot["endColumn"] as? Int == 12)
        let missing = try #require(findings.first { $0["rule"] as? String == "clear-decision" })
        #expect(missing["line"] is NSNull)
    }

    @Test func textOutputGroupsByLevelAndMarksTheWords() throws {
        let out = try Binary.run(["lint", "--turn", "close", "-"], stdin: "Great. Good luck with that shambles of a hiring process.")
        #expect(out.status == 1)
        #expect(out.stdout.contains("error (2)"))
        #expect(out.stdout.contains("hostile"))
        #expect(out.stdout.contains("1 | Great. Good luck with that shambles of a hiring process."))
        #expect(out.stdout.contains("^^^^"))
        #expect(out.stdout.contains("hint:"))
        #expect(out.stdout.contains("Guide › "))
        #expect(!out.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set")
    }

    @Test func aGoodReplyExitsZero() throws {
        let out = try Binary.run(
            ["lint", "-"],
            stdin:
                "Hi Marco, thanks for picking up. I've accepted a role elsewhere, so I'm withdrawing from the backend process at Larkspur. I hope we cross paths again, and good luck filling the position."
        )
        #expect(out.status == 0)
        #expect(out.stdout.contains("No findings"))
    }

    @Test func levelFilterHidesLowerLevels() throws {
        let out = try Binary.run(
            ["lint", "--level", "error", "--format", "json", "-"], stdin: "Hi Marco, I'm withdrawing from the Larkspur process.")
        #expect(!out.stdout.contains("\"suggestion\""))
        #expect(!out.stdout.contains("\"warning\""))
        #expect(out.status == 0)
    }

    @Test func reasonAndNoFutureInterestChangeTheVerdict() throws {
        let reply =
            "Hi Leo, thanks for calling. I've accepted another offer, so I'm withdrawing from the Orchid Pay process. Best of luck with the search."
        let honest = try Binary.run(["lint", "--format", "json", "--reason", "accepted-offer", "--no-future-interest", "-"], stdin: reply)
        #expect(honest.status == 0)
        #expect(!honest.stdout.contains("door-open"))
        let dishonest = try Binary.run(["lint", "--format", "json", "--reason", "compensation", "-"], stdin: reply)
        #expect(dishonest.status == 1)
        #expect(dishonest.stdout.contains("\"dishonest-reason\""))
    }

    @Test func severalFilesGiveSeveralResults() throws {
        let a = try Binary.temporaryFile(Array("Nope.".utf8), name: "a.txt")
        let b = try Binary.temporaryFile(Array("Thank you, I'm withdrawing.".utf8), name: "b.txt")
        let out = try Binary.run(["lint", "--format", "json", "--turn", "address-concerns", a.path, b.path])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let results = try #require(doc["results"] as? [[String: Any]])
        #expect(results.map { $0["source"] as? String } == [a.path, b.path])
        #expect(out.status == 1)
    }

    /// The same bytes give the same verdict, positions and text report whether they come from a file
    /// or from standard input: line ends, a byte-order mark, multibyte text and a missing final newline.
    @Test func aFileAndStandardInputGiveTheSameOutput() throws {
        let texts: [[UInt8]] = [
            Array("Subject: Withdrawing\r\n\r\nHi Ana,\r\nYour process was a shambles.\r\nBest,\r\nSam".utf8),
            Array("Subject: Withdrawing\rHi Ana,\rThanks, I am withdrawing. Good luck!\rBest,\rSam\r".utf8),
            [0xEF, 0xBB, 0xBF] + Array("Ünïcødé ✓ — you people are CLOWNS.\n\nNot interested.".utf8),
            Array("Nope.".utf8),
        ]
        for (n, bytes) in texts.enumerated() {
            let file = try Binary.temporaryFile(bytes, name: "reply-\(n).txt")
            for format in ["json", "text"] {
                let fromFile = try Binary.run(["lint", "--format", format, file.path])
                let fromStdin = try Binary.run(["lint", "--format", format, "-"], stdinBytes: bytes)
                #expect(fromFile.status == fromStdin.status)
                // the source is named differently; everything else is identical
                let stdinName = format == "json" ? "-" : "standard input"
                #expect(fromFile.stdout.replacingOccurrences(of: file.path, with: stdinName) == fromStdin.stdout, "\(format), text \(n)")
            }
        }
    }

    // MARK: Bad input: one line on stderr, exit 2, never a crash

    func expectUsageError(_ out: Binary.Output, mentioning fragment: String) {
        #expect(out.status == 2)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got \(out.stderr)")
        #expect(out.stderr.hasPrefix("decline-coach: "))
        #expect(out.stderr.contains(fragment), "\(out.stderr)")
    }

    @Test func missingFile() throws {
        expectUsageError(try Binary.run(["lint", "/nonexistent/draft.txt"]), mentioning: "/nonexistent/draft.txt")
    }

    @Test func directory() throws {
        expectUsageError(try Binary.run(["lint", FileManager.default.temporaryDirectory.path]), mentioning: "directory")
    }

    @Test func binaryInput() throws {
        let file = try Binary.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], name: "a.out")
        expectUsageError(try Binary.run(["lint", file.path]), mentioning: "binary")
    }

    @Test func invalidUTF8() throws {
        let file = try Binary.temporaryFile(Array("Hello\nth".utf8) + [0xC3, 0x28] + Array(" there".utf8))
        expectUsageError(try Binary.run(["lint", file.path]), mentioning: "\(file.path):2:3")
    }

    @Test func unknownTurnKind() throws {
        expectUsageError(try Binary.run(["lint", "--turn", "haggle", "-"], stdin: "x"), mentioning: "haggle")
    }

    @Test func unknownReason() throws {
        expectUsageError(try Binary.run(["lint", "--reason", "boredom", "-"], stdin: "x"), mentioning: "boredom")
    }

    @Test func unknownRule() throws {
        expectUsageError(try Binary.run(["rules", "over-apologising"]), mentioning: "over-apology")
    }

    @Test func escapeSequencesInInputAreNotReplayedToTheTerminal() throws {
        let out = try Binary.run(["lint", "-"], stdin: "Whatever.\u{1B}]0;pwned\u{07}\u{1B}[2J")
        #expect(!out.stdout.contains("\u{1B}"))
    }
}

@Suite("decline-coach rules and guide")
struct CatalogueCommandTests {
    @Test func rulesListsEveryRuleByFamily() throws {
        let out = try Binary.run(["rules"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Always on"))
        #expect(out.stdout.contains("mass-email"))
        #expect(out.stdout.contains("sign-off"))
    }

    @Test func oneRuleShowsItsExamplesAndGuideSection() throws {
        let out = try Binary.run(["rules", "wavering"])
        #expect(out.stdout.contains("Triggers on:"))
        #expect(out.stdout.contains("Does not trigger on:"))
        #expect(out.stdout.contains("Guide › What to Include in Your Decline"))
    }

    @Test func guideShowsASectionByFragment() throws {
        let out = try Binary.run(["guide", "push back"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Guide › When Companies Push Back"))
        #expect(out.stdout.contains("polite-close"))
        let missing = try Binary.run(["guide", "astrology"])
        #expect(missing.status == 2)
    }

    @Test func versionAndHelp() throws {
        #expect(try Binary.run(["--version"]).stdout.contains("0.1.0"))
        let help = try Binary.run(["lint", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }

    /// Every rule's examples, through the real binary: fires on each triggering
    /// example and on none of the others.
    @Test func theBinaryFiresEveryRuleOnItsExamples() throws {
        let catalogue = try Binary.run(["rules", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(catalogue.stdout.utf8)) as? [String: Any])
        let rules = try #require(doc["rules"] as? [[String: Any]])
        #expect(rules.count == 24)
        for rule in rules {
            let id = rule["id"] as! String
            for (key, shouldFire) in [("triggering", true), ("nonTriggering", false)] {
                for example in rule[key] as! [[String: Any]] {
                    var args = [
                        "lint", "--format", "json", "--channel", example["channel"] as! String, "--turn", example["turn"] as! String,
                    ]
                    if let reason = example["reason"] as? String { args += ["--reason", reason] }
                    if let stage = example["stage"] as? String { args += ["--stage", stage] }
                    if example["futureInterest"] as? Bool == false { args.append("--no-future-interest") }
                    let out = try Binary.run(args + ["-"], stdin: example["text"] as? String)
                    let fired = out.stdout.contains("\"rule\": \"\(id)\"")
                    #expect(
                        fired == shouldFire,
                        "\(id) \(shouldFire ? "should fire" : "should not fire") on: \(example["text"] as? String ?? "")")
                }
            }
        }
    }
}
