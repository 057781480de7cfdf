import Foundation
import Testing

/// One reply from issue 8, with the verdict the linter must reach on it.
/// `fires`: rules that must be reported (an always-on rule that catches something,
/// or an expected rule reported missing). `passes`: rules that must be in `checked`
/// and must not be reported (an always-on rule that must stay quiet, or an
/// expected rule that must be recognised as satisfied).
struct Judgement: Sendable, CustomTestStringConvertible {
    let text: String
    let turn: String
    let channel: String
    let reason: String?
    let fires: [String]
    let passes: [String]

    init(
        _ text: String, turn: String, channel: String = "phone", reason: String? = nil,
        fires: [String] = [], passes: [String] = []
    ) {
        self.text = text; self.turn = turn; self.channel = channel; self.reason = reason
        self.fires = fires; self.passes = passes
    }

    var arguments: [String] {
        var args = ["lint", "--format", "json", "--channel", channel, "--turn", turn]
        if let reason { args += ["--reason", reason] }
        return args + ["-"]
    }

    var testDescription: String {
        let verdict = (fires.map { "\($0) fires" } + passes.map { "\($0) passes" }).joined(separator: ", ")
        let oneLine = text.replacingOccurrences(of: "\n", with: " ")
        return "[\(channel)/\(turn)] \(verdict): \(oneLine.prefix(60))"
    }

    static let all: [Judgement] = [
        // Sarcasm and returning fire are hostile
        Judgement(
            "Wow, thanks for the gracious reply… frankly your email confirms I made the right call.",
            turn: "aggressive", channel: "email", fires: ["hostile", "criticism"]),
        Judgement("Fine. Good luck with your fee.", turn: "close", fires: ["hostile"]),
        Judgement("Cheers for the lecture.", turn: "frustration", fires: ["hostile"]),
        Judgement(
            "Great attitude, Darren. This is exactly why I'm glad I pulled out.",
            turn: "aggressive", fires: ["hostile", "criticism"]),

        // Insults are hostile
        Judgement("Thank you for asking, you nosy cow.", turn: "details", fires: ["hostile"]),
        Judgement("Are you deaf? I said no.", turn: "aggressive", fires: ["hostile"]),

        // Criticism with no stock negative word is still criticism
        Judgement(
            "the pack made it sound pretty dull, basically data entry with a fancy title",
            turn: "details", fires: ["criticism"]),
        Judgement(
            "it would have been nice to hear about her a bit earlier in the process",
            turn: "details", fires: ["criticism"]),
        Judgement("I waited three weeks to hear back from you", turn: "frustration", fires: ["criticism"]),
        Judgement(
            "the hiring manager was late to both calls and seemed uninterested in my questions",
            turn: "details", fires: ["criticism"]),
        Judgement(
            "Honestly, the Glassdoor reviews and the layoffs last spring put me off.",
            turn: "details", fires: ["criticism"]),

        // Not criticism
        Judgement(
            "I can hear this has gone badly for you… Thanks for your time, and goodbye.",
            turn: "aggressive", passes: ["criticism", "polite-close"]),
        Judgement("Sorry for messing up your schedule.", turn: "postpone", passes: ["criticism"]),

        // Bargaining put as a question is negotiation
        Judgement(
            "Would there be any chance of getting nearer 60 if the panel goes well?",
            turn: "counteroffer", fires: ["negotiation"]),
        Judgement("What would that look like pay-wise?", turn: "counteroffer", fires: ["negotiation"]),
        Judgement("could you do 60? Then we can talk.", turn: "counteroffer", fires: ["negotiation"]),

        // Hedges are wavering
        Judgement("Thanks, but I'm out, at least not for now.", turn: "counteroffer", fires: ["wavering"]),
        Judgement("I'm not saying no outright.", turn: "counteroffer", fires: ["wavering"]),
        Judgement(
            "Maybe I could think about it over the weekend and let you know?",
            turn: "counteroffer", fires: ["wavering"]),
        Judgement(
            "if Maya could bring it up to staff level I'd probably have to think about it",
            turn: "address-concerns", fires: ["wavering"]),

        // Natural ways of saying it are recognised
        Judgement("I have to say no this time round", turn: "decline", passes: ["clear-decision"]),
        Judgement("Count me out", turn: "decline", passes: ["clear-decision"]),
        Judgement("it's fairer to the team if I step away completely", turn: "decline", passes: ["clear-decision"]),
        Judgement("I'll step out of the process", turn: "decline", passes: ["clear-decision"]),
        Judgement("I've said yes to another team", turn: "decline", passes: ["brief-reason"]),
        Judgement("They offered me tech lead and I've said yes", turn: "decline", passes: ["brief-reason"]),
        Judgement("New job came through", turn: "decline", passes: ["brief-reason"]),
        Judgement("Fingers crossed you find someone brilliant", turn: "close", passes: ["well-wishes"]),
        Judgement(
            "If another role opens up next year, I'd really appreciate a call then.",
            turn: "decline", passes: ["door-open"]),
        Judgement(
            "I hate that I've put you in this spot. You went out on a limb for me",
            turn: "frustration", passes: ["acknowledge-feelings"]),
        Judgement(
            "No, thank you. Is kind offer, but my decision is final.",
            turn: "counteroffer", passes: ["appreciation", "curt"]),

        // Other misreadings
        Judgement(
            "I talked to my partner about it and I'm withdrawing.",
            turn: "decline", reason: "accepted-offer", passes: ["dishonest-reason"]),
        Judgement(
            "I've accepted a new position with my current employer.",
            turn: "decline", reason: "staying-put", passes: ["dishonest-reason"]),
        Judgement(
            "Sorry for the delay in getting back to you — I'm withdrawing from the process.",
            turn: "decline", passes: ["wavering"]),
        Judgement(
            "Subject: Withdrawing\n\nDear [Hiring Manager],\n\nThank you for your time. I'm withdrawing my application as I've accepted another offer. I wish you the best and hope our paths cross again.\n\nBest regards,\nAda",
            turn: "decline", channel: "email", fires: ["personal-touch"]),
    ]
}

@Suite("Judgements from issue 8, through the real binary")
struct JudgementTests {
    @Test(arguments: Judgement.all)
    func verdict(_ c: Judgement) throws {
        let out = try Binary.run(c.arguments, stdin: c.text)
        let what = "text \"\(c.text)\" (--channel \(c.channel) --turn \(c.turn)\(c.reason.map { " --reason \($0)" } ?? ""))"
        #expect(out.status == 0 || out.status == 1, "lint exited \(out.status) on \(what); stderr: \(out.stderr)")
        let doc = try #require(
            try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any],
            "no JSON from lint on \(what); stdout: \(out.stdout) stderr: \(out.stderr)")
        let results = try #require(doc["results"] as? [[String: Any]], "no results on \(what)")
        let result = try #require(results.first, "empty results on \(what)")
        let checked = result["checked"] as? [String] ?? []
        let findings = result["findings"] as? [[String: Any]] ?? []
        let reported = findings.compactMap { $0["rule"] as? String }

        for rule in c.fires {
            #expect(
                reported.contains(rule),
                "\(rule) must fire on \(what), but was not reported; reported: \(reported), checked: \(checked)")
        }
        for rule in c.passes {
            #expect(
                checked.contains(rule),
                "\(rule) must be checked on \(what), but is not in checked: \(checked)")
            #expect(
                !reported.contains(rule),
                "\(rule) must not fire on \(what), but was reported; reported: \(reported)")
        }
    }
}
