import DeclineCoachKit
import Testing

/// Classes of language the reading must get right, each in words written for this test (not
/// taken from any labelled set): run in-process, one reply per case.
@Suite("Reading classes")
struct ReadingClassTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let turn: TurnKind
        let fires: [String]
        let passes: [String]
        var testDescription: String { "[\(turn.rawValue)] \(text.prefix(60))" }
    }

    static let cases: [Case] = [
        // advice they did not ask for is criticism; a friendly suggestion about staying in touch is not
        Case(
            text: "Thanks for the chat. You might want to review how long that take-home task takes, though. I'm withdrawing.",
            turn: .details, fires: ["criticism"], passes: []),
        Case(
            text: "Thanks for everything. I'd suggest we stay in touch on LinkedIn. I'm withdrawing.", turn: .details, fires: [],
            passes: ["criticism"]),
        // a jab dressed as a wish; a real wish
        Case(text: "Best of luck holding onto staff with that culture.", turn: .close, fires: ["criticism"], passes: []),
        Case(text: "Good luck finding someone great for the role.", turn: .close, fires: [], passes: ["criticism"]),
        // worries about the company, aired
        Case(
            text: "Honestly, the online reviews about management put me off, so I'm withdrawing.", turn: .details, fires: ["criticism"],
            passes: []),
        Case(
            text: "The press coverage about the lawsuit gave me pause, so I'm stepping back.", turn: .details, fires: ["criticism"],
            passes: []),
        // being rescheduled, and pay compared unfavourably
        Case(text: "You moved the interview four times, so I've gone elsewhere.", turn: .details, fires: ["criticism"], passes: []),
        Case(text: "Every other company was offering at least ten grand more.", turn: .details, fires: ["criticism"], passes: []),
        // what the speaker should have done is not a complaint about them
        Case(text: "I should have been clearer earlier: I'm withdrawing.", turn: .addressConcerns, fires: [], passes: ["criticism"]),
        Case(text: "I handled my own search badly, and that's on me.", turn: .frustration, fires: [], passes: ["criticism"]),
        // ... but "I would have appreciated" is the speaker complaining about them
        Case(
            text: "Thanks. I would have appreciated a heads-up about the travel, though.", turn: .details, fires: ["criticism"], passes: []),
        // bargaining as a condition with a figure, or inverted
        Case(
            text: "I've signed elsewhere, but if it went up to 70 I'd think about it.", turn: .counteroffer, fires: ["negotiation"],
            passes: []),
        Case(text: "Were the base salary a good deal higher, I might reconsider.", turn: .counteroffer, fires: ["negotiation"], passes: []),
        Case(text: "Thanks. You'd need to be well above 90 for me to reconsider.", turn: .counteroffer, fires: ["negotiation"], passes: []),
        // a judging word in its superlative form
        Case(text: "You are the nastiest recruiter I have spoken to.", turn: .aggressive, fires: ["hostile"], passes: []),
        // masked profanity
        Case(text: "What the f***ing hell is this? Don't call me again.", turn: .aggressive, fires: ["hostile"], passes: []),
        // a negation does not reach past "and": the decision is still made
        Case(
            text: "Thank you. I'm not comfortable with the travel and will withdraw.", turn: .addressConcerns, fires: [],
            passes: ["clear-decision"]),
        // "note" is not "not"
        Case(
            text: "Thank you. Please note that I'm withdrawing from the process.", turn: .addressConcerns, fires: [],
            passes: ["clear-decision"]),
        Case(
            text: "Thanks for trying. I'm going to step back from the process.", turn: .addressConcerns, fires: [],
            passes: ["clear-decision"]),
        // a pronoun deep in its sentence carries no party from the sentence before (and reading it must not crash)
        Case(
            text: "The panel ran long. Well, you know, after all the rounds and the waiting and the travel, it was all just awful.",
            turn: .details, fires: [], passes: ["criticism"]),
        // a pronoun with its antecedent in its own sentence does not reach back to them
        Case(
            text: "Thanks for moving the interview. My sister was meant to mind the kids, but she's broken her wrist.", turn: .postpone,
            fires: [], passes: ["criticism"]),
    ]

    @Test(arguments: cases)
    func theReadingGetsTheClassRight(_ c: Case) {
        let result = Linter().lint(c.text, context: LintContext(turn: c.turn))
        let fired = Set(result.findings.map(\.rule))
        for rule in c.fires { #expect(fired.contains(rule), "\(rule) should fire: \(result.findings.map(\.message))") }
        for rule in c.passes {
            #expect(result.checked.contains(rule) && !fired.contains(rule), "\(rule) should pass: \(result.findings.map(\.message))")
        }
    }

    /// One complaint per sentence, however many ways it complains: the user reads each once.
    @Test func aSentenceWithSeveralComplaintsIsOneCriticism() {
        let result = Linter().lint(
            "Your recruiter was rude, the offer was insulting and nobody rang me back. I'm withdrawing.",
            context: LintContext(turn: .details))
        let criticism = result.findings.filter { $0.rule == "criticism" }
        #expect(criticism.map(\.message) == ["This complains about how they treated you: «nobody rang me back»."])
    }
}
