import Foundation

/// One recruiter move the user has faced (a scenario's node), on a Leitner schedule.
public struct DrillCard: Sendable, Equatable {
    public var scenario: String
    public var node: String
    /// 1...5: the box sets how many days pass before the card is due again.
    public var box: Int
    public var due: Date
    public var lastScore: Int
    public var lastFaced: Date
    /// How many times the move has been answered.
    public var reviews: Int

    public var key: String { DrillSchedule.key(scenario, node) }
}

/// Spaced practice: every move faced is a card; a turn scored at least `passMark` moves its card up
/// a box, a lower score moves it down one. Box n comes due `intervals[n - 1]` days after the turn.
///
/// The schedule is a fold over the saved transcripts, in the order they were played: `drill.json`
/// caches it with the ids of the transcripts already folded in, so a lost or damaged file is
/// rebuilt from the transcripts, and a new session is folded in once. Pure apart from `load`/`save`.
public struct DrillSchedule: Sendable, Equatable {
    public static let intervals = [1, 2, 4, 8, 16]
    public static let passMark = 90
    public static let fileName = "drill.json"

    public private(set) var cards: [String: DrillCard] = [:]
    /// Transcript ids already folded in.
    public private(set) var included: Set<String> = []

    public init() {}

    static func key(_ scenario: String, _ node: String) -> String { scenario + "\u{0}" + node }

    /// The Leitner step for one answered move at `time`.
    public mutating func record(scenario: String, node: String, score: Int, at time: Date) {
        let key = DrillSchedule.key(scenario, node)
        cards[key] = DrillSchedule.step(cards[key], scenario: scenario, node: node, score: score, at: time)
    }

    /// A card after one more answer: up a box at `passMark` or more, down one below it. A move
    /// answered for the first time starts in box 1, or in box 2 when the answer passed.
    public static func step(_ card: DrillCard?, scenario: String, node: String, score: Int, at time: Date) -> DrillCard {
        let passed = score >= passMark
        var next = card ?? DrillCard(scenario: scenario, node: node, box: 1, due: time, lastScore: score, lastFaced: time, reviews: 0)
        next.box = card == nil ? (passed ? 2 : 1) : passed ? min(next.box + 1, intervals.count) : max(next.box - 1, 1)
        next.lastScore = score
        next.lastFaced = time
        next.reviews += 1
        next.due = time.addingTimeInterval(Double(intervals[next.box - 1]) * 86_400)
        return next
    }

    /// Folds in one saved session: the final attempt at each scored turn (the confirming email
    /// after a call is not one of the scenario's moves).
    public mutating func include(_ record: TranscriptRecord) {
        guard included.insert(record.id).inserted else { return }
        for turn in record.turns where turn.node != Rehearsal.confirmingEmailNode {
            guard let attempt = turn.final, let score = attempt.score else { continue }
            self.record(scenario: record.scenario, node: turn.node, score: score, at: record.started)
        }
    }

    /// Folds in the sessions not yet included, oldest first. Returns how many were new.
    @discardableResult
    public mutating func update(with records: [TranscriptRecord]) -> Int {
        let fresh = records.filter { !included.contains($0.id) }.sorted { $0.started < $1.started }
        for r in fresh { include(r) }
        return fresh.count
    }

    /// The cards due at `now`, the longest overdue first (then the lowest box).
    public func due(at now: Date) -> [DrillCard] {
        cards.values.filter { $0.due <= now }.sorted { ($0.due, $0.box, $0.key) < ($1.due, $1.box, $1.key) }
    }

    /// The cards not yet due, soonest first.
    public func upcoming(at now: Date) -> [DrillCard] {
        cards.values.filter { $0.due > now }.sorted { ($0.due, $0.box, $0.key) < ($1.due, $1.box, $1.key) }
    }

    // MARK: The file

    public var json: JSON {
        .object([
            ("version", .int(1)),
            ("included", .array(included.sorted().map { .string($0) })),
            (
                "cards",
                .array(
                    cards.values.sorted { $0.key < $1.key }.map { c in
                        .object([
                            ("scenario", .string(c.scenario)), ("node", .string(c.node)), ("box", .int(c.box)),
                            ("due", .string(Timestamp.format(c.due))), ("lastScore", .int(c.lastScore)),
                            ("lastFaced", .string(Timestamp.format(c.lastFaced))), ("reviews", .int(c.reviews)),
                        ])
                    })
            ),
        ])
    }

    /// The schedule read from `text`; nil when it is not one this version wrote (then it is rebuilt).
    public init?(json text: [UInt8]) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text))) as? [String: Any],
            object["version"] as? Int == 1, let ids = object["included"] as? [String], let list = object["cards"] as? [[String: Any]]
        else { return nil }
        for item in list {
            guard let scenario = item["scenario"] as? String, let node = item["node"] as? String,
                let box = item["box"] as? Int, (1...DrillSchedule.intervals.count).contains(box),
                let due = (item["due"] as? String).flatMap(Timestamp.parse),
                let last = (item["lastFaced"] as? String).flatMap(Timestamp.parse),
                let score = item["lastScore"] as? Int, let reviews = item["reviews"] as? Int
            else { return nil }
            let card = DrillCard(scenario: scenario, node: node, box: box, due: due, lastScore: score, lastFaced: last, reviews: reviews)
            cards[card.key] = card
        }
        included = Set(ids)
    }

    /// The schedule kept in `dataDirectory`, brought up to date with its transcripts, and whether
    /// it had to be rebuilt from them (no file, or one that could not be read).
    public static func load(_ dataDirectory: String, records: [TranscriptRecord]) -> (schedule: DrillSchedule, rebuilt: Bool) {
        let path = dataDirectory + "/" + fileName
        var schedule: DrillSchedule
        var rebuilt = false
        if let data = FileManager.default.contents(atPath: path), let read = DrillSchedule(json: Array(data)) {
            schedule = read
        } else {
            schedule = DrillSchedule()
            rebuilt = FileManager.default.fileExists(atPath: path) || !records.isEmpty
        }
        schedule.update(with: records)
        return (schedule, rebuilt)
    }

    /// Writes the file (mode 0600, replaced whole so a crash never leaves half of one).
    @discardableResult
    public func save(_ dataDirectory: String) -> Bool {
        guard (try? DataDirectory.ensure(dataDirectory)) != nil else { return false }
        let path = dataDirectory + "/" + DrillSchedule.fileName, temporary = path + ".tmp"
        let text = json.text + "\n"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return false
        }
        return rename(temporary, path) == 0
    }
}

/// The time the coach runs at: `$DECLINE_COACH_NOW` (ISO 8601, for tests and demonstrations) or the clock.
public enum Clock {
    public static func now(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        environment["DECLINE_COACH_NOW"].flatMap(Timestamp.parse) ?? Date()
    }
}

/// Times as transcripts write them: `2026-11-28T12:00:00Z` (a bare `2026-11-28` reads as its midnight, UTC).
enum Timestamp {
    static func format(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
    static func parse(_ text: String) -> Date? {
        TranscriptReader.parseDate(text.utf8.count == 10 ? text + "T00:00:00Z" : text)
    }
}
