import Foundation

/// `review --format json`: the session as one document, every attempt with its findings.
public enum SessionJSONReporter: Reporter {
    public static let format = ReportFormat.json

    public static func report(_ session: SessionReport, style: TextStyle) -> String {
        document(session).text
    }

    public static func document(_ session: SessionReport) -> JSON {
        let r = session.record, card = session.card
        return .object([
            ("version", .int(1)), ("id", .string(r.id)), ("scenario", .string(r.scenario)), ("title", .string(r.title)),
            ("mode", .string(r.mode)), ("difficulty", .string(r.difficulty.rawValue)),
            ("started", .string(ISO8601DateFormatter().string(from: r.started))),
            ("ending", card.ending.map { .string($0.rawValue) } ?? .null), ("score", .int(card.score)), ("scorecard", card.json),
            (
                "turns",
                .array(
                    r.turns.map { t in
                        .object([
                            ("turn", .int(t.turn)), ("node", .string(t.node)), ("kind", t.kind.map { .string($0.rawValue) } ?? .null),
                            ("recruiter", .string(t.recruiterLine)),
                            (
                                "attempts",
                                .array(
                                    t.attempts.map { a in
                                        .object([
                                            ("attempt", .int(a.attempt)), ("reply", .string(a.text)), ("skipped", .bool(a.skipped)),
                                            ("score", JSON.optional(a.score)), ("checked", .array(a.checked.map { .string($0) })),
                                            ("findings", .array(a.findings.map { TranscriptEvent.findingJSON($0) })),
                                            ("next", a.next.map { .string($0) } ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("problems", .array(r.problems.map { .string($0) })),
        ])
    }
}
