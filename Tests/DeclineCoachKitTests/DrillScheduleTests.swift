import Foundation
import Testing

@testable import DeclineCoachKit

/// The Leitner schedule behind `drill`, in-process.
@Suite("Spaced practice schedule")
struct DrillScheduleTests {
    let day0 = Date(timeIntervalSince1970: 1_772_355_600)  // 2026-03-01T09:00:00Z
    func day(_ n: Double) -> Date { day0.addingTimeInterval(n * 86_400) }

    @Test func aPassMovesUpABoxAndAMissMovesDownOne() {
        var s = DrillSchedule()
        s.record(scenario: "a", node: "n", score: 95, at: day0)
        #expect(s.cards.values.first?.box == 2)
        #expect(s.cards.values.first?.due == day(2))
        for (i, score) in [90, 100, 92, 99].enumerated() { s.record(scenario: "a", node: "n", score: score, at: day(Double(i + 3))) }
        #expect(s.cards.values.first?.box == 5)  // capped at the last box
        #expect(s.cards.values.first?.due == day(6 + 16))
        s.record(scenario: "a", node: "n", score: 89, at: day(30))
        #expect(s.cards.values.first?.box == 4)
        #expect(s.cards.values.first?.due == day(38))
        var fresh = DrillSchedule()
        fresh.record(scenario: "a", node: "m", score: 40, at: day0)
        fresh.record(scenario: "a", node: "m", score: 10, at: day(1))
        #expect(fresh.cards.values.first?.box == 1)  // never below the first box
        #expect(fresh.cards.values.first?.due == day(2))
        #expect(fresh.cards.values.first?.reviews == 2)
    }

    @Test func dueCardsComeLongestOverdueFirstAndTheFileRoundTrips() throws {
        var s = DrillSchedule()
        s.record(scenario: "a", node: "late", score: 50, at: day0)  // due day 1
        s.record(scenario: "b", node: "later", score: 50, at: day(1))  // due day 2
        s.record(scenario: "c", node: "fine", score: 100, at: day(1))  // due day 3
        #expect(s.due(at: day(2)).map(\.node) == ["late", "later"])
        #expect(s.upcoming(at: day(2)).map(\.node) == ["fine"])
        let read = try #require(DrillSchedule(json: Array(s.json.text.utf8)))
        #expect(read == s)
        #expect(DrillSchedule(json: Array("{\"version\": 2}".utf8)) == nil)
        #expect(DrillSchedule(json: Array("not json".utf8)) == nil)
    }

    @Test func theClockCanBeSetForTests() {
        #expect(Clock.now(["DECLINE_COACH_NOW": "2026-03-01T09:00:00Z"]) == day0)
        #expect(Clock.now(["DECLINE_COACH_NOW": "2026-03-01"]) == day0.addingTimeInterval(-9 * 3600))
    }
}
