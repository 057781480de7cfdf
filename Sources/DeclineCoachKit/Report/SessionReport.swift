import Foundation

/// What `review` reports: a saved session (its events, read back from the transcript), who the
/// recruiter was, and the scorecard it ended with.
public struct SessionReport: Sendable, Reportable {
    public var record: TranscriptRecord
    /// The recruiter's name as the scenario gives it ("Recruiter" when the scenario is gone).
    public var speaker: String
    public var card: Scorecard

    public init(record: TranscriptRecord, speaker: String, card: Scorecard) {
        self.record = record
        self.speaker = speaker
        self.card = card
    }

    public static let reporters: [any Reporter<SessionReport>.Type] = [
        SessionTextReporter.self, SessionMarkdownReporter.self, SessionHTMLReporter.self, SessionJSONReporter.self,
    ]

    /// How a review names a recorded fact.
    static func factLabel(_ key: String) -> String {
        switch key {
        case "company": "Company"
        case "role": "Role"
        case "contact": "Speaking to"
        case "reason": "The true reason"
        default: key
        }
    }

    static func dateText(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "d MMM yyyy, HH:mm"
        return f.string(from: d)
    }
}
