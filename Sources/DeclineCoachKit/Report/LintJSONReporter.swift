/// `lint --format json`: one document for all inputs (SPEC §3).
public enum LintJSONReporter: Reporter {
    public static let format = ReportFormat.json

    public static func report(_ report: LintReport, style: TextStyle) -> String {
        JSON.object([
            ("version", .int(1)),
            (
                "results",
                .array(
                    report.entries.map { entry in
                        let r = entry.result
                        return .object([
                            ("source", .string(entry.source)),
                            ("channel", .string(r.context.channel.rawValue)),
                            ("turn", .string(r.context.turn.rawValue)),
                            ("checked", .array(r.checked.map { .string($0) })),
                            ("findings", .array(r.findings.map { TranscriptEvent.findingJSON($0, excerpt: false) })),
                            ("score", .int(r.score)),
                        ])
                    })
            ),
        ]).text
    }
}
