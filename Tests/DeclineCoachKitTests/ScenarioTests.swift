import Foundation
import Testing

@testable import DeclineCoachKit

/// A small valid scenario that each test bends in one place.
let validScenario = """
    id: tiny
    title: A tiny call
    channel: phone
    stage: between-rounds
    facts: {company: Northwind Labs, contact: Priya Shah, reason: accepted-offer, future_interest: true}
    briefing: You accepted another offer. Call Priya.
    start: opening
    nodes:
      opening:
        recruiter: ["Priya here.", "Hi, Priya speaking."]
        kind: decline
        hint: Thank her and say you are withdrawing.
        branches:
          - if: {fails: clear-decision}
            goto: confused
            sample: "Hi Priya, thanks. I've been having second thoughts about the role."
          - goto: done
            sample: "Hi Priya, thanks for picking up. I've accepted another offer, so I'm withdrawing from the Northwind process. I hope we stay in touch, and good luck with the search."
      confused:
        recruiter: "So, see you Thursday?"
        kind: address-concerns
        branches:
          - goto: muddle
      done:
        recruiter: "Thanks for telling me."
        end: graceful
      muddle:
        recruiter: "Okay..."
        end: awkward
    examples:
      - name: clean
        replies: ["Hi Priya, thanks for picking up. I've accepted another offer, so I'm withdrawing from the Northwind process. I hope we stay in touch, and good luck with the search."]
        ending: graceful
    """

func diagnose(_ yaml: String) -> [Diagnostic] {
    let (scenario, problems) = ScenarioLoader.load(bytes: Array(yaml.utf8), file: "t.yaml")
    guard let scenario, problems.isEmpty else { return problems }
    return ScenarioChecker.check(scenario)
}

struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    let code: DiagnosticCode
    let yaml: String
    var testDescription: String { code.rawValue }

    static func replacing(_ code: DiagnosticCode, _ old: String, _ new: String) -> DiagnosticCase {
        precondition(validScenario.contains(old), "\(code): '\(old)' not in the base scenario")
        return DiagnosticCase(code: code, yaml: validScenario.replacingOccurrences(of: old, with: new))
    }

    static let all: [DiagnosticCase] = [
        replacing(.yamlSyntax, "title: A tiny call", "title: [unclosed"),
        replacing(.wrongType, "briefing: You accepted another offer. Call Priya.", "briefing: [a, list]"),
        replacing(.unknownKey, "    hint: Thank her", "    hnt: Thank her"),
        replacing(.missingKey, "start: opening\n", ""),
        replacing(.duplicate, "  muddle:\n", "  done:\n"),
        replacing(.badStart, "start: opening", "start: openning"),
        replacing(.danglingGoto, "goto: muddle", "goto: mudle"),
        replacing(
            .unreachable, "  muddle:\n    recruiter: \"Okay...\"\n    end: awkward",
            "  muddle:\n    recruiter: \"Okay...\"\n    end: awkward\n  orphan:\n    recruiter: \"Hello?\"\n    end: awkward"),
        replacing(.noEnding, "      - goto: muddle", "      - goto: confused"),
        replacing(.unknownRule, "fails: clear-decision", "fails: clear-decisoin"),
        replacing(.unknownKind, "kind: address-concerns", "kind: haggle"),
        replacing(.unknownReason, "reason: accepted-offer", "reason: boredom"),
        replacing(.unknownStage, "stage: between-rounds", "stage: lunch"),
        replacing(.unknownChannel, "channel: phone", "channel: fax"),
        replacing(.unknownEnding, "end: awkward", "end: tragic"),
        replacing(.emptyText, "recruiter: \"So, see you Thursday?\"", "recruiter: \"  \""),
        replacing(.sampleMismatch, "I've been having second thoughts about the role.", "I've accepted another offer, so I'm withdrawing."),
        replacing(.exampleMismatch, "    ending: graceful", "    ending: awkward"),
        replacing(.nodeShape, "    end: awkward", "    end: awkward\n    kind: close"),
        replacing(.noDefaultBranch, "      - goto: muddle", "      - if: {fails: hostile}\n        goto: muddle"),
        DiagnosticCase(code: .unreadable, yaml: "id: x\ntitle: \u{FFFD}"),
        replacing(.alias, "title: A tiny call", "title: &t A tiny call\nx: *t"),
        replacing(.invalidID, "id: tiny", "id: Tiny Call"),
        replacing(.literalName, "recruiter: \"Thanks for telling me.\"", "recruiter: \"Thanks for telling me, Sam.\""),
        replacing(.presumption, "recruiter: \"Thanks for telling me.\"", "recruiter: \"Congratulations! Thanks for telling me.\""),
    ]
}

@Suite("Scenario loading and checking")
struct ScenarioTests {
    @Test func theBaseScenarioIsValid() {
        #expect(diagnose(validScenario).isEmpty)
    }

    @Test(arguments: DiagnosticCase.all)
    func everyDiagnosticCodeCanBeTriggered(_ c: DiagnosticCase) {
        var bytes = Array(c.yaml.utf8)
        if c.code == .unreadable { bytes = Array("id: x\ntitle: ".utf8) + [0xFF, 0xFE] }  // invalid UTF-8
        let (scenario, problems) = ScenarioLoader.load(bytes: bytes, file: "t.yaml")
        let all = problems + (problems.isEmpty && scenario != nil ? ScenarioChecker.check(scenario!) : [])
        #expect(all.contains { $0.code == c.code }, "expected \(c.code.rawValue), got \(all.map(\.description))")
        for d in all {
            #expect(d.location.line >= 1 && d.location.column >= 1)
            #expect(d.description.hasPrefix("t.yaml:\(d.location.line):\(d.location.column): \(d.code.isWarning ? "warning" : "error")[S"))
        }
    }

    @Test func everyCodeHasACase() {
        #expect(Set(DiagnosticCase.all.map(\.code)) == Set(DiagnosticCode.allCases))
    }

    @Test func unknownKeysSuggestTheNearestKey() throws {
        let d = diagnose(validScenario.replacingOccurrences(of: "    hint: Thank her", with: "    hnt: Thank her"))
        let typo = try #require(d.first { $0.code == .unknownKey })
        #expect(typo.message.contains("did you mean 'hint'"))
        #expect(typo.location == SourceLocation(line: 12, column: 5))
    }

    @Test func aDanglingGotoPointsAtTheTarget() {
        let d = diagnose(validScenario.replacingOccurrences(of: "goto: muddle", with: "goto: mudle"))
        let dangling = d.first { $0.code == .danglingGoto }
        #expect(dangling?.message.contains("did you mean 'muddle'") == true)
        #expect(dangling?.location.line == 23)
    }

    @Test func aWrongSampleExplainsWhichBranchItTook() {
        let d = diagnose(
            validScenario.replacingOccurrences(
                of: "I've been having second thoughts about the role.", with: "I've accepted another offer, so I'm withdrawing."))
        let wrong = d.first { $0.code == .sampleMismatch }
        #expect(wrong?.message.contains("takes branch 2 (goto done)") == true)
    }

    @Test func terminalEscapesInRecruiterLinesAreStripped() throws {
        let yaml = validScenario.replacingOccurrences(of: "\"Okay...\"", with: "\"Okay\\e[2J\\e]0;owned\\a...\"")
        let (scenario, problems) = ScenarioLoader.load(bytes: Array(yaml.utf8), file: "t.yaml")
        #expect(problems.isEmpty)
        let line = try #require(scenario?.nodes["muddle"]?.recruiter.first)
        #expect(line == "Okay...")
    }

    @Test func aHugeFileIsRefusedQuickly() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000_000)
        let (scenario, problems) = ScenarioLoader.load(bytes: big, file: "big.yaml")
        #expect(scenario == nil)
        #expect(problems.first?.code == .unreadable)
    }

    @Test func anAliasBombIsRefused() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (k, prev) in zip("bcdefghij", "abcdefghi") {
            yaml += "\(k): &\(k) [*\(prev),*\(prev),*\(prev),*\(prev),*\(prev),*\(prev),*\(prev),*\(prev),*\(prev)]\n"
        }
        let (scenario, problems) = ScenarioLoader.load(bytes: Array(yaml.utf8), file: "bomb.yaml")
        #expect(scenario == nil)
        #expect(problems.contains { $0.code == .alias })
    }

    @Test func wrongTypesAreReportedNotCrashed() {
        for yaml in ["- just\n- a list", "nodes: 12", "id: [1]\nnodes:\n  a: 5", "\t\t::: {", ""] {
            let (_, problems) = ScenarioLoader.load(bytes: Array(yaml.utf8), file: "w.yaml")
            #expect(!problems.isEmpty, "\(yaml)")
        }
    }
}

@Suite("The session engine")
struct SessionTests {
    func tiny() throws -> Scenario {
        let (s, problems) = ScenarioLoader.load(bytes: Array(validScenario.utf8), file: "t.yaml")
        #expect(problems.isEmpty)
        return try #require(s)
    }

    @Test func takesTheFirstMatchingBranchAndReachesAnEnding() throws {
        var session = Session(scenario: try tiny(), seed: 1)
        let outcome = session.respond("Hmm, not sure yet.")
        let turn = try #require(outcome)
        #expect(turn.result.failed("clear-decision"))
        #expect(turn.next == "confused")
        session.respond("Whatever you think.")
        #expect(session.ending == .awkward)
        #expect(session.isOver)
    }

    @Test func recruiterVariantsAreChosenBySeedDeterministically() throws {
        let s = try tiny()
        let lines = (0..<20).map { Session(scenario: s, seed: UInt64($0)).recruiterLine(at: "opening") }
        #expect(Set(lines).count == 2)
        #expect(Session(scenario: s, seed: 7).recruiterLine(at: "opening") == Session(scenario: s, seed: 7).recruiterLine(at: "opening"))
    }

    @Test func factsFeedTheLinter() throws {
        var session = Session(scenario: try tiny())
        let outcome = session.respond(
            "Hi Priya, thanks for your time. I've decided to stay with my current employer, so I'm withdrawing. Good luck, and let's stay in touch."
        )
        let turn = try #require(outcome)
        #expect(turn.result.failed("dishonest-reason"), "the scenario's true reason is accepted-offer")
        #expect(turn.result.passed("personal-touch"), "Priya is named in the facts")
    }

    @Test func aRetryKeepsBothAttemptsButScoresTheLast() throws {
        var session = Session(scenario: try tiny())
        session.respond("Hmm.")
        let retried = session.retry()
        #expect(retried)
        session.respond(
            "Hi Priya, thanks for picking up. I've accepted another offer, so I'm withdrawing from the Northwind process. I hope we stay in touch, and good luck with the search."
        )
        #expect(session.turns.count == 2)
        #expect(session.turns[0].superseded)
        #expect(session.score == 100)
        #expect(session.ending == .graceful)
    }

    @Test func aSkippedTurnIsGhosting() throws {
        var session = Session(scenario: try tiny())
        let outcome = session.respond("", skipped: true)
        let turn = try #require(outcome)
        #expect(turn.result.failed("ghosting"))
    }
}

@Suite("The shipped scenario library")
struct LibraryTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios").path
    static let library = ScenarioLibrary.load([directory], validate: true)

    @Test func passesCheckWithEveryBranchProved() {
        #expect(LibraryTests.library.scenarios.count >= 16)
        #expect(LibraryTests.library.diagnostics.map(\.description) == [])
        for s in LibraryTests.library.scenarios {
            #expect(ScenarioChecker.unproven(s).isEmpty, "\(s.id) has unproven branches")
        }
    }

    @Test(arguments: library.scenarios.map(\.id))
    func examplesPlayToEveryEnding(_ id: String) throws {
        let s = try #require(LibraryTests.library.scenario(id))
        #expect(s.nodes.count >= 4)
        #expect(!s.briefing.isEmpty)
        var reached = Set<Ending>()
        for example in s.examples {
            var session = Session(scenario: s, difficulty: example.difficulty)
            for reply in example.replies { session.respond(reply) }
            #expect(session.ending == example.ending, "\(id): \(example.name)")
            if let e = session.ending { reached.insert(e) }
        }
        #expect(reached == Set(s.endings), "\(id): every ending needs an example")
    }

    @Test func coversEveryTurnKindAndStage() {
        let kinds = Set(LibraryTests.library.scenarios.flatMap(\.kinds))
        #expect(kinds == Set(TurnKind.allCases))
        let stages = Set(LibraryTests.library.scenarios.compactMap(\.stage))
        #expect(stages == Set(Stage.allCases))
        #expect(Set(LibraryTests.library.scenarios.map(\.channel)) == [.phone, .email])
    }
}

/// The tiny scenario with a tough recruiter who asks once more, and a gentle opening line.
let difficultyScenario =
    validScenario
    .replacingOccurrences(
        of: """
                recruiter: ["Priya here.", "Hi, Priya speaking."]
            """,
        with: """
                recruiter:
                  - {if: {difficulty: gentle}, say: "Hello! No rush at all, Priya here."}
                  - "Priya here."
            """
    )
    .replacingOccurrences(
        of: """
                  - goto: done
                    sample: "Hi Priya, thanks for picking up.
            """,
        with: """
                  - if: {difficulty: [tough]}
                    goto: again
                    sample: "Hi Priya, thanks for picking up. I've accepted another offer, so I'm withdrawing from the Northwind process. I hope we stay in touch, and good luck with the search."
                  - goto: done
                    sample: "Hi Priya, thanks for picking up.
            """
    )
    .replacingOccurrences(
        of: """
              done:
            """,
        with: """
              again:
                recruiter: "Are you sure? We could move the start date."
                kind: counteroffer
                branches:
                  - {if: {fails: ghosting}, goto: muddle}
                  - goto: done
              done:
            """)

@Suite("Difficulty")
struct DifficultyTests {
    func scenario() throws -> Scenario {
        let (s, problems) = ScenarioLoader.load(bytes: Array(difficultyScenario.utf8), file: "t.yaml")
        #expect(problems.map(\.description) == [])
        return try #require(s)
    }
    let firm =
        "Hi Priya, thanks for picking up. I've accepted another offer, so I'm withdrawing from the Northwind process. I hope we stay in touch, and good luck with the search."

    @Test func aToughRecruiterPushesOnceMoreWhereOthersLetGo() throws {
        let s = try scenario()
        var next: [Difficulty: String] = [:]
        for d in Difficulty.allCases {
            var session = Session(scenario: s, seed: 0, difficulty: d)
            next[d] = session.respond(firm)?.next
        }
        #expect(next == [.gentle: "done", .standard: "done", .tough: "again"])
    }

    @Test func aGentleRecruiterOpensMoreSoftly() throws {
        let s = try scenario()
        #expect(Session(scenario: s, difficulty: .gentle).recruiterLine(at: "opening") == "Hello! No rush at all, Priya here.")
        #expect(Session(scenario: s, difficulty: .tough).recruiterLine(at: "opening") == "Priya here.")
    }

    @Test func checkProvesTheToughMoveAndNamesItWhenUnproven() throws {
        let s = try scenario()
        #expect(ScenarioChecker.check(s).map(\.description) == [])
        #expect(ScenarioChecker.reachable(s, at: .gentle).contains("again") == false)
        #expect(ScenarioChecker.reachable(s, at: .tough).contains("again"))
        // the tough branch's sample proves it: checked at the difficulty its condition tests
        #expect(ScenarioChecker.toughMoves(s).map { "\($0.node) \($0.proven)" } == ["again true"])
        var unproven = s
        for id in unproven.order { for i in unproven.nodes[id]!.branches.indices { unproven.nodes[id]!.branches[i].sample = nil } }
        #expect(ScenarioChecker.toughMoves(unproven).map { "\($0.node) \($0.proven)" } == ["again false"])
    }

    @Test func anUnknownDifficultyIsReportedWithASuggestion() {
        let problems = diagnose(difficultyScenario.replacingOccurrences(of: "{difficulty: [tough]}", with: "{difficulty: [toughh]}"))
        #expect(
            problems.map(\.description) == [
                "t.yaml:19:27: error[S002]: unknown difficulty 'toughh'; did you mean 'tough'? use one of: gentle, standard, tough"
            ])
    }

    @Test func anExamplePlaysAtItsOwnDifficulty() throws {
        let yaml =
            difficultyScenario + """

                  - name: tough
                    difficulty: tough
                    replies: ["\(firm)"]
                    ending: graceful
                """
        let problems = diagnose(yaml)
        #expect(
            problems.map(\.description) == [
                "t.yaml:45:5: error[S018]: example 'tough' stops at node 'again' without an ending, not 'graceful' (path: opening → again)"
            ])
    }

    @Test func theTranscriptHeaderRecordsIt() throws {
        var rehearsal = Rehearsal(scenario: try scenario(), seed: 3, mode: .call, difficulty: .tough)
        var events = rehearsal.begin(at: Date(timeIntervalSince1970: 0))
        events += rehearsal.answer(firm)
        let header = try #require(events.first?.json.text)
        #expect(header.contains(#""mode": "call", "difficulty": "tough", "started""#))
        #expect(rehearsal.session.current == "again")
    }

    @Test func theShippedLibraryHasToughPathsInSixScenarios() {
        let tough = LibraryTests.library.scenarios.filter { !ScenarioChecker.toughMoves($0).isEmpty }
        #expect(tough.count >= 6)
        for s in tough { #expect(ScenarioChecker.toughMoves(s).allSatisfy { $0.proven }, "\(s.id)") }
    }
}
