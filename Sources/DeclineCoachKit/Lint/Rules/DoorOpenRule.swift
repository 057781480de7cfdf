/// Leaves the door open for the future, where the interest is genuine.
public struct DoorOpenRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "door-open", title: "Door left open", level: .suggestion, family: .expected,
        scope: .expected(on: [.decline], needsFutureInterest: true),
        sections: ["what-to-include", "relationships"],
        rationale: "Recruiters move and roles change; a sincere word about the future keeps a useful contact.",
        message: "Nothing leaves the door open for the future.",
        hint: "If you mean it, add one line: \"I'd be glad to stay in touch about future roles.\"",
        triggering: [
            // "another time" in a time zone is no invitation
            RuleExample("The team works in another time zone, so I'm withdrawing. Good luck with the hire."),
            RuleExample(
                "Hello, thanks for getting back to me. I've realized the role isn't a good match for my skills, so I'd like to withdraw. I wish you luck filling the position."
            ),
            RuleExample(
                "I've accepted an offer elsewhere — but if you wanted to top it, what's the best you could do? I wish you luck with the hire."
            ),
            RuleExample(
                "Thank you for arranging the interview. After a good deal of thought, I've decided to withdraw. Every success to you.",
                channel: .email),
            // interest in today's call, with no later time: no door
            RuleExample("I'd like to withdraw from the process. Thanks again, and good luck."),
            // a bargain dressed as an invitation
            RuleExample("I'm withdrawing. If you're ever hiring at 90k, give me a call."),
        ],
        nonTriggering: [
            RuleExample("I'm withdrawing, but do keep me posted on roles nearer home."),
            RuleExample("I've taken another job, so I'm withdrawing. I'd be glad to stay on your radar though."),
            RuleExample("I've accepted an offer elsewhere, so I'm withdrawing. I hope we cross paths again."),
            RuleExample("I'm pausing my search, and I'd love to reconnect when I'm looking again."),
            RuleExample("If a role opens up closer to the city, I'd love to hear about it."),
            // a future frame and a word of interest, in words no phrase list holds
            RuleExample("Thanks for everything, and if something on the account side comes up, I'd jump at it."),
            RuleExample("I'm withdrawing. I'd like to contact you again once I'm back on my feet."),
            RuleExample("I've signed elsewhere. Good luck, and let's grab a coffee sometime."),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        let open = draft.inBody(.door).contains { hit in
            let s = draft.analysis.sentence(of: hit)
            // "one day a month" is a schedule, not the future
            let next = Int(hit.last) + 1
            if hit.first + 1 == hit.last, next < draft.tokens.count, ["a", "per", "each", "every", "of"].contains(draft.word(next)) {
                return false
            }
            return !draft.analysis.isNegated(hit) && !draft.sarcasticSentences.contains(s) && !draft.isBargaining(hit)
        }
        return open || futureInterest(draft) ? [] : [Violation()]
    }

    /// Interest in later contact framed by a later time or a future opening: "if something on the data side
    /// comes up, I'd love a call", "I'd like to contact you again once I'm back on my feet". Not a bargain
    /// ("if you're ever hiring at 90k, give me a call"), not sarcasm, and not denied ("I wouldn't want to hear from you").
    func futureInterest(_ draft: Draft) -> Bool {
        draft.inBody(.futureInterest).contains { hit in
            let s = draft.analysis.sentence(of: hit)
            guard draft.sentence(s, has: .futureFrame), !draft.analysis.isNegated(hit) || draft.tokens[Int(hit.first)].has(.negator),
                !draft.sarcasticSentences.contains(s), !draft.isBargaining(hit), draft.amount(in: s, from: 0, bare: false) == nil
            else { return false }
            return true
        }
    }
}
