import Testing

@testable import DeclineCoachKit

/// Replies written apart from the rules' own examples: phrasing the linter must
/// read correctly (formal withdrawals, lower-case typing, sarcasm, bargains in a question).
struct Probe: Sendable, CustomTestStringConvertible {
    let turn: TurnKind
    let text: String
    let rule: String
    let fires: Bool
    init(_ turn: TurnKind, _ text: String, _ rule: String, fires: Bool) {
        self.turn = turn; self.text = text; self.rule = rule; self.fires = fires
    }
    var testDescription: String { "\(rule) \(fires ? "fires on" : "passes"): \(text.prefix(60))" }

    static let all: [Probe] = [
        Probe(
            .decline,
            "Hi Sam, thank you for the invitation. Please consider this my formal withdrawal from the Data Analyst process. I wish you the best with the search.",
            "clear-decision", fires: false),
        Probe(
            .decline,
            "Hi Sam, thanks so much for the time. I must respectfully decline the interview, as I've taken another role. Good luck!",
            "clear-decision", fires: false),
        Probe(
            .decline, "Hi Sam, thanks. I'm going to pass on this opportunity because the commute is too long. All the best.",
            "clear-decision", fires: false),
        Probe(.close, "Cheers for nothing.", "hostile", fires: true),
        Probe(.aggressive, "You guys are a joke.", "hostile", fires: true),
        Probe(.aggressive, "Honestly, you people are unbelievable. Goodbye.", "hostile", fires: true),
        Probe(.details, "The interviewers were rude and clearly hadn't read my CV.", "criticism", fires: true),
        Probe(.details, "Your HR team is a mess.", "criticism", fires: true),
        Probe(.details, "I just don't think the culture is for me.", "criticism", fires: false),
        Probe(.counteroffer, "Thanks, but even double the salary wouldn't change my mind.", "negotiation", fires: false),
        Probe(.counteroffer, "Thanks! Could you stretch to 95k? Then I'd reconsider.", "negotiation", fires: true),
        Probe(
            .frustration, "I completely get why you're disappointed, and I'm sorry for the hassle.", "acknowledge-feelings", fires: false),
        Probe(.frustration, "Sorry, but that's not really my concern.", "curt", fires: true),
        Probe(
            .decline, "Hi Sam, thanks for everything. I'm sorry, I'm sorry, I'm really sorry, but I have to withdraw.", "over-apology",
            fires: true),
        Probe(
            .decline, "Hi Sam, thank you. I apologise for the short notice. I've accepted another offer, so I'm withdrawing. Best of luck.",
            "over-apology", fires: false),
        Probe(
            .decline, "hi sam thanks but ive accepted another offer so im withdrawing good luck with the search", "clear-decision",
            fires: false),
        Probe(
            .postpone, "Thanks for the invite! Could we move it to next Thursday? Something urgent came up.", "appreciation", fires: false),
        Probe(
            .aggressive, "I understand you're frustrated, but I won't be spoken to like that. Thank you, goodbye.", "polite-close",
            fires: false),
        Probe(.decline, "Thanks, Sam. I am withdrawing my application; maybe I will reapply some day.", "wavering", fires: false),
        Probe(.decline, "Thanks, Sam. I might be withdrawing, depending on how things go.", "wavering", fires: true),
        Probe(
            .decline, "hi sam thx so much for the call, im withdrawing since i took a job elsewhere. good luck w the search",
            "appreciation", fires: false),
        Probe(.aggressive, "NO. I have ALREADY told you this TWICE.", "hostile", fires: true),
        Probe(.counteroffer, "Hmm, could you beat it by ten percent? Then I'd drop the other one.", "negotiation", fires: true),
        Probe(.counteroffer, "Hmm, could you beat it by ten percent? Then I'd drop the other one.", "wavering", fires: true),
        Probe(.counteroffer, "Thanks, but I'm not going to reopen my decision; I've signed elsewhere.", "clear-decision", fires: false),
        Probe(.close, "Thanks again, and I wish your team well.", "well-wishes", fires: false),
        Probe(.details, "If your team hadn't taken six weeks to reply, I might have stayed.", "criticism", fires: true),
        Probe(.decline, "Hi Jo, thanks. I'm withdrawing, I think, unless something changes? Not sure yet.", "wavering", fires: true),
        Probe(
            .decline, "Hi Jo, thanks for calling. I'm withdrawing, and I think you'll find someone great. Good luck.", "wavering",
            fires: false),
        Probe(
            .decline,
            "Hi Jo, my friend there said \"management is a nightmare\", but that's not why I'm withdrawing; I've accepted another offer.",
            "clear-decision", fires: false),
        Probe(
            .decline,
            "Hi Jo, my friend there said \"management is a nightmare\", but that's not why I'm withdrawing; I've accepted another offer.",
            "criticism", fires: false),
        Probe(
            .decline, "hey jo thx for the call, gonna pass on this one, found something else. good luck!", "clear-decision", fires: false),
        Probe(.decline, "hey jo thx for the call, gonna pass on this one, found something else. good luck!", "brief-reason", fires: false),
        Probe(.counteroffer, "Oh wow, an extra two grand, how could I possibly say no. Anyway, still no.", "hostile", fires: true),
        Probe(.counteroffer, "Oh wow, an extra two grand, how could I possibly say no. Anyway, still no.", "clear-decision", fires: false),
        Probe(.counteroffer, "I appreciate it, truly, but no amount of money would change my mind.", "clear-decision", fires: false),
        Probe(
            .details,
            "Well, to be totally honest, the commute would be two hours, the pay is lower, my partner is moving, the hours looked long, and I don't love the product.",
            "over-explaining", fires: true),
        Probe(
            .details, "I've accepted another offer that's closer to home and pays a little more. Thanks for asking.", "over-explaining",
            fires: false),
        Probe(.aggressive, "Wow. Real mature. Goodbye.", "hostile", fires: true),
        Probe(.frustration, "Honestly I don't see why you're upset, it's just an interview.", "curt", fires: true),
        // the improving word comes after the condition here; the finding's range once ran backwards and crashed
        Probe(
            .counteroffer, "Thanks for the offer. I'm saying no for now, though if the bonus were doubled I could be interested.",
            "negotiation", fires: true),
        Probe(.counteroffer, "Thanks for the offer, but I'm going to say no. Good luck with the search.", "clear-decision", fires: false),
        Probe(
            .details,
            "So, my dad had surgery in May, and since then I've been driving over every weekend, and my sister can't help because she's abroad, and our lease ends in June, and on top of that the car keeps breaking down, so when I saw the second round was next week I knew I couldn't give it proper attention, and I didn't want to waste anyone's time.",
            "over-explaining", fires: true),
        Probe(
            .counteroffer, "Oh, what a generous offer, a graduate salary for a lead role. Thanks, but I'm still withdrawing.", "hostile",
            fires: true),
        Probe(
            .counteroffer, "Oh, what a generous offer, a graduate salary for a lead role. Thanks, but I'm still withdrawing.", "criticism",
            fires: true),
        Probe(.counteroffer, "Oh wow, what a generous offer! Thank you so much. My decision stands, though.", "hostile", fires: false),
        Probe(.aggressive, "Wow, what a professional way to treat applicants. Goodbye.", "criticism", fires: true),
        Probe(.counteroffer, "Thanks for offering, but no.", "clear-decision", fires: false),
        // a bare "No." decides (every labelled set says so); what is wrong with it is its tone
        Probe(.decline, "No.", "clear-decision", fires: false),
        Probe(.decline, "No.", "curt", fires: true),
        Probe(
            .counteroffer, "thx so much!! but im sticking w my decision, already signed w the other place", "clear-decision", fires: false),
        Probe(.counteroffer, "I appreciate it. What's the most you could offer?", "wavering", fires: true),
        Probe(.counteroffer, "Wow, thank you. Could I have the weekend to think it over?", "wavering", fires: true),
        Probe(.decline, "Good luck with the search! If my other offer falls through, maybe I'll call you.", "wavering", fires: true),
        Probe(.frustration, "I'm sorry I withdrew, I know you're disappointed.", "apologize-for-decision", fires: true),
        Probe(.frustration, "Sorry again for picking the other offer.", "apologize-for-decision", fires: true),
    ]
}

@Suite("Language probes")
struct ProbeTests {
    @Test(arguments: Probe.all)
    func probe(_ p: Probe) {
        let result = Linter().lint(p.text, context: LintContext(turn: p.turn))
        #expect(result.checked.contains(p.rule))
        #expect(result.failed(p.rule) == p.fires, "\(result.findings.map(\.rule))")
    }
}
