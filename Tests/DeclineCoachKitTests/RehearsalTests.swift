import DeclineCoachKit
import Foundation
import Testing

/// The rehearsal engine, driven in-process: what the screen shows and the transcript stores.
@Suite("Rehearsal engine")
struct RehearsalTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(
        path: "Fixtures")

    func call() throws -> Scenario {
        let (scenario, problems) = ScenarioLoader.load(path: RehearsalTests.fixtures.appending(path: "heard-call.yaml").path)
        #expect(problems.isEmpty, "\(problems)")
        return try #require(scenario)
    }

    static let news = "Hi Dana, thanks for your time. I've accepted another offer, so I'm withdrawing."
    static let close = "Thanks Dana, all the best to you and the team."

    func lines(_ events: [TranscriptEvent]) -> [String] {
        events.compactMap { if case .recruiter(_, _, _, let line) = $0 { line } else { nil } }
    }

    func kinds(_ events: [TranscriptEvent]) -> [String] { events.map { $0.json.text.split(separator: "\"")[3].description } }

    @Test func eachOperationReturnsTheEventsInOrderWithTurnsAndAttempts() throws {
        var r = Rehearsal(scenario: try call(), seed: 1)
        let start = r.begin(at: Date(timeIntervalSince1970: 0))
        #expect(kinds(start) == ["header", "recruiter"])
        #expect(lines(start) == ["Dana at Acme Robotics. Hello!"])
        let first = r.answer(RehearsalTests.news)
        #expect(kinds(first) == ["reply", "verdict", "branch", "recruiter"])
        #expect(r.turn == 2 && r.attempt == 1)
        let retried = r.retry()
        let again = try #require(retried)
        #expect(kinds(again) == ["retry", "recruiter"])
        #expect(r.turn == 1 && r.attempt == 2)
        _ = r.answer(RehearsalTests.news)
        #expect(r.attemptScores(ofTurn: 1).count == 2)
        let last = r.answer(RehearsalTests.close)
        #expect(lines(last) == ["Take care."], "the closing words, with no name to say")
        #expect(r.reachedEnding && r.currentNode == nil)
        let end = r.finish()
        #expect(kinds(end) == ["end"])
        #expect(r.finish().isEmpty, "a rehearsal ends once")
    }

    @Test func theRecruiterAnswersWhatWasSaid() throws {
        var told = Rehearsal(scenario: try call(), seed: 1)
        _ = told.begin(at: Date())
        #expect(lines(told.answer(RehearsalTests.news)) == ["Oh, congratulations! Who's the lucky company?"])
        var vague = Rehearsal(scenario: try call(), seed: 1)
        _ = vague.begin(at: Date())
        #expect(lines(vague.answer("Hi Dana, thanks, but I'm withdrawing.")) == ["Oh. Can I ask what changed?"])
    }

    @Test func theUsersOwnFactsReplaceTheScenarios() throws {
        var r = Rehearsal(scenario: try call(), seed: 1, user: UserFacts(name: "Zebediah", company: "Initech", contact: "Bill Lumbergh"))
        #expect(lines(r.begin(at: Date())) == ["Dana at Initech. Hello!"])
        #expect(r.scenario.filledBriefing == "You call Bill at Initech to withdraw from the test engineer process.")
        #expect(lines(r.answer(RehearsalTests.news)) == ["Oh, congratulations, Zebediah! Who's the lucky company?"])
        #expect(r.session.hint(at: "why-ok") == "Wish Bill well and close.")
        #expect(lines(r.answer("Thanks Bill, all the best.")) == ["Take care, Zebediah."])
    }

    @Test func anEmailSignatureTeachesTheName() {
        var facts = Facts()
        facts.you = nil
        #expect(facts.fill("Thanks, {you}! Bye {you}.") == "Thanks! Bye.")
        let result = Linter().lint(
            "Subject: Withdrawing\n\nHi Owen,\n\nThanks. I'm withdrawing.\n\nBest,\nAda Lovelace",
            context: LintContext(channel: .email))
        #expect(result.signedName == "Ada Lovelace")
        let slot = Linter().lint(
            "Subject: Withdrawing\n\nHi Owen,\n\nI'm withdrawing.\n\nBest,\n[Your Name]", context: LintContext(channel: .email))
        #expect(slot.signedName == nil)
    }

    @Test func silenceMissesEverythingTheTurnExpected() throws {
        var r = Rehearsal(scenario: try call(), seed: 1)
        _ = r.begin(at: Date())
        _ = r.skip()
        let turn = try #require(r.session.turns.last)
        #expect(
            turn.result.findings.map(\.rule) == [
                "ghosting", "clear-decision", "appreciation", "brief-reason", "door-open",
                "personal-touch", "well-wishes",
            ])
        #expect(r.scorecard.wentWell.isEmpty, "saying nothing did nothing well")
    }

    @Test func theEndingCapsTheScore() {
        let good = ScoredTurn(node: "a", kind: .decline, score: 95, checked: ["appreciation"], failed: [], skipped: false, tempting: [])
        #expect(Scorecard(turns: [good], ending: .graceful).score == 95)
        #expect(Scorecard(turns: [good], ending: .awkward).score == 79)
        #expect(Scorecard(turns: [good], ending: .burnedBridge).score == 49)
        #expect(Scorecard(turns: [], ending: nil).score == 0)
    }

    @Test func wentWellNamesOnlyWhatTheUserDid() throws {
        var r = Rehearsal(scenario: try call(), seed: 1)
        _ = r.begin(at: Date())
        _ = r.answer(RehearsalTests.news)
        let card = r.scorecard
        #expect(card.wentWell.contains { $0.rule == "appreciation" && $0.how == "met" })
        // the opening move branches on hostile (a trap) and on ghosting (not an achievement)
        #expect(card.wentWell.contains { $0.rule == "hostile" && $0.how == "avoided" })
        #expect(!card.wentWell.contains { ["ghosting", "placeholder", "curt", "criticism"].contains($0.rule) })
        // what the reply missed, errors first, then by the number of turns missed, then by id
        #expect(card.practiseNext.map(\.rule) == ["door-open", "well-wishes"])
    }

    @Test func aPhoneCallThatEndsWellOffersTheConfirmingEmail() throws {
        var r = Rehearsal(scenario: try call(), seed: 1)
        _ = r.begin(at: Date())
        _ = r.answer(RehearsalTests.news)
        #expect(!r.offersConfirmingEmail)
        _ = r.answer(RehearsalTests.close)
        #expect(r.offersConfirmingEmail)
        let events = r.confirmByEmail(
            "Subject: Withdrawing from the test engineer process\n\nHi Dana,\n\nAs we discussed on the phone, I'm withdrawing. Thank you for your time, and good luck with the search.\n\nBest,\nAda"
        )
        #expect(kinds(events) == ["recruiter", "reply", "verdict"])
        let result = try #require(r.confirmation)
        #expect(!result.checked.contains("channel-fit"))
        #expect(r.scorecard.turns == 3)
        #expect(!r.offersConfirmingEmail, "offered once")
    }

    @Test func theSavedScorecardIsTheLiveOne() throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "rehearsal-\(UUID().uuidString)").path
        let writer = try TranscriptWriter(directory: dir, scenario: "heard-call")
        var r = Rehearsal(scenario: try call(), seed: 7, user: UserFacts(name: "Ada"))
        for e in r.begin(at: Date()) { writer.append(e) }
        #expect(!FileManager.default.fileExists(atPath: writer.path), "nothing is saved before the first reply")
        for e in r.answer("Hi Dana, thanks, but I'm withdrawing.") { writer.append(e) }
        #expect(FileManager.default.fileExists(atPath: writer.path))
        for e in r.answer("It's the right call for me. All the best.") { writer.append(e) }
        for e in r.finish() { writer.append(e) }
        let record = try TranscriptReader.read(path: writer.path)
        #expect(record.user == UserFacts(name: "Ada"))
        #expect(record.scorecard(scenario: try call()) == r.scorecard)
        #expect(record.scorecard(scenario: try call()).json.text == r.scorecard.json.text)
    }

    @Test func theInSessionGrammar() {
        #expect(RehearsalInput.read("Hi Owen,", channel: .email) == .startBlock(firstLine: "Hi Owen,"))
        #expect(RehearsalInput.read("Subject: Withdrawing", channel: .email) == .startBlock(firstLine: "Subject: Withdrawing"))
        #expect(RehearsalInput.read("Hi Owen, thanks for this.", channel: .email) == .reply("Hi Owen, thanks for this."))
        #expect(RehearsalInput.read("Hi Owen,", channel: .phone) == .reply("Hi Owen,"))
        #expect(RehearsalInput.read("  \"\"\"  ", channel: .phone) == .startBlock(firstLine: nil))
        #expect(RehearsalInput.read(":retry", channel: .phone) == .command(.retry))
        #expect(RehearsalInput.read(":guide timing", channel: .phone) == .command(.guide("timing")))
        #expect(RehearsalInput.read(":retyr", channel: .phone) == .command(.unknown(":retyr", suggestion: ":retry")))
        #expect(RehearsalInput.read("   ", channel: .phone) == .empty)
        #expect(RehearsalInput.needsConfirmation("Hi Owen, I'm withdrawing.", channel: .email))
        #expect(!RehearsalInput.needsConfirmation("Hi Owen,\nI'm withdrawing.", channel: .email))
    }

    @Test func checkWarnsAboutLiteralNamesAndPresumptions() throws {
        #expect(ScenarioChecker.literalNames(in: "Thanks, Sam. Take care, Sam!", facts: Facts()) == ["Sam"])
        #expect(ScenarioChecker.literalNames(in: "Thanks, {you}. See you Thursday, then.", facts: Facts()).isEmpty)
        var facts = Facts()
        facts.contact = "Dana Cole"
        #expect(ScenarioChecker.literalNames(in: "Hi, Dana here.", facts: facts).isEmpty)
        let text = try String(contentsOf: RehearsalTests.fixtures.appending(path: "heard-call.yaml"), encoding: .utf8)
        // the congratulations said to everyone, not only after the news
        let presuming = text.replacingOccurrences(
            of:
                "      - {if: {said: accepted-offer}, say: \"Oh, congratulations, {you}! Who's the lucky company?\"}\n      - \"Understood. Thanks for telling me why.\"",
            with: "      - \"Oh, congratulations, Sam! Who's the lucky company?\"")
        #expect(presuming != text)
        let (scenario, problems) = ScenarioLoader.load(bytes: Array(presuming.utf8), file: "presuming.yaml")
        #expect(problems.isEmpty)
        let warnings = ScenarioChecker.check(try #require(scenario)).filter(\.code.isWarning)
        #expect(warnings.map(\.code) == [.literalName, .presumption, .presumption])
        #expect(warnings.map(\.description).allSatisfy { $0.contains("warning[S02") })
        let clean = ScenarioChecker.check(try call())
        #expect(clean.isEmpty, "\(clean)")
    }

    @Test func checkWarnsWhenSilenceLeadsToThanks() throws {
        let text = try String(contentsOf: RehearsalTests.fixtures.appending(path: "heard-email.yaml"), encoding: .utf8)
        let presuming = text.replacingOccurrences(
            of: "{if: {fails: ghosting}, goto: cold, sample: \"\"}", with: "{if: {fails: ghosting}, goto: thanks, sample: \"\"}")
        #expect(presuming != text)
        let (scenario, _) = ScenarioLoader.load(bytes: Array(presuming.utf8), file: "silent.yaml")
        let warnings = ScenarioChecker.check(try #require(scenario)).filter(\.code.isWarning).map(\.message)
        #expect(
            warnings == [
                "silence at node 'draft' leads to node 'thanks', whose line thanks the user for what they said: branch on {fails: ghosting} first, or add a line for silence"
            ])
        let (original, _) = ScenarioLoader.load(bytes: Array(text.utf8), file: "heard-email.yaml")
        #expect(ScenarioChecker.check(try #require(original)).isEmpty)
    }
}
