import DeclineCoachText

/// A dismissive or bare reply with no courtesy at all.
public struct CurtRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "curt", title: "Curt or dismissive", level: .error, family: .alwaysOn,
        sections: ["what-to-avoid"],
        rationale: "A one-word brush-off burns a bridge you may want later; a courteous sentence costs nothing.",
        message: "This is curt or dismissive.",
        hint: "Add a word of thanks and say your decision in a full, friendly sentence.",
        triggering: [
            RuleExample("Why? Because I'm happy where I am. «Next question».", turn: .details),
            RuleExample("«Nope.»", turn: .addressConcerns),
            RuleExample("«None of your business».", turn: .details),
            RuleExample("«Thanks, but no thanks».", turn: .counteroffer),
            RuleExample("«Whatever».", turn: .aggressive),
            RuleExample("«Bye».", turn: .close),
            RuleExample("«Personal.»", turn: .details),
            RuleExample("«got another job so wont need the interview»"),
            RuleExample("«Nah». Thanks though.", turn: .counteroffer),
            RuleExample("Hey, yeah, thanks, but I've taken something else. «Not interested».", turn: .decline),
            RuleExample("«Staying where I am. Thanks anyway.»", turn: .decline),
        ],
        nonTriggering: [
            RuleExample("Once we're done with the move, I'd love to hear from you again. Thanks for understanding.", turn: .postpone),
            RuleExample("No. The decision's made and I'm withdrawing.", turn: .addressConcerns),
            RuleExample("Thank you, but I'm not interested in continuing. Best of luck with the search.", turn: .counteroffer),
            RuleExample("Thanks, bye for now, and good luck!", turn: .close),
            RuleExample("Okay. Anyway, as I said, I'm withdrawing. Thanks.", turn: .frustration),
            RuleExample("Sorry Dana, I've taken another job, so I'm withdrawing."),
            RuleExample("Hi Marco, I'm withdrawing from the Larkspur process."),
            RuleExample("It's the commute mainly.", turn: .details),
            RuleExample("No, but thank you.", turn: .addressConcerns),
            RuleExample("Okay, thanks. Bye.", turn: .close),
            // a fragment with its thanks is softened by a good wish, an apology or a kind word
            RuleExample("Staying put. Thanks. Good luck!", turn: .decline),
            RuleExample("Staying put, sorry. Thanks though.", turn: .counteroffer),
            RuleExample("Staying put. Kind of you. Thanks.", turn: .decline),
            RuleExample("Staying put, Priya. Thanks though.", turn: .counteroffer),
        ])

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        for hit in draft.affirmed(.dismissive) {
            let s = draft.analysis.sentence(of: hit)
            let phrase = draft.analysis.text(from: hit.first, to: hit.last).lowercased()
            // "Whatever." alone, or trailing a sentence ("so whatever"), is a shrug; "whatever you decide" is not
            let endsSentence = Int(hit.last) + 1 >= Int(draft.analysis.sentences[s].endToken)
            if phrase == "whatever" && draft.wordCount(s) > 2 && !endsSentence { continue }
            result.append(Violation(bytes: draft.bytes(of: hit)))
        }
        let courteous = hasCourtesy(draft) && !onlyTackedOnThanks(draft)
        let namesSomeone = namesSomeone(draft)
        // a brush-off said as a sentence of its own ("... I've taken something else. Not interested.")
        // is not softened by a thanks elsewhere; a name or a good wish does soften it
        if result.isEmpty, draft.bodyHasAtMost(20), !namesSomeone, draft.hits(.wellWish).isEmpty,
            let hit = draft.affirmed(.curtWord).first(where: { hit in
                draft.analysis.sentences[draft.analysis.sentence(of: hit)].tokenCount == Int(hit.last - hit.first) + 1
                    && !draft.hits(.farewell).contains { $0.first == hit.first }  // "Thanks. Bye." takes its leave
            })
        {
            result.append(Violation(bytes: draft.bytes(of: hit)))
        }
        // "No thanks." brushes off; "No, thank you. It's a kind offer, but ..." does not
        for hit in draft.hits(.noThanks) where result.isEmpty && draft.sincereThanks.isEmpty {
            result.append(Violation(bytes: draft.bytes(of: hit)))
        }
        // brush-offs that only a word of courtesy could soften: "Not happening.", "Take me off your list."
        if result.isEmpty, !courteous, draft.bodyHasAtMost(20), let hit = draft.affirmed(.curtWord).first {
            result.append(Violation(bytes: draft.bytes(of: hit)))
        }
        // How short is bare: a decline that names no one and has no courtesy or apology brushes them off
        // at up to ten words ("got another job so wont need the interview"), while "Hi Marco, I'm withdrawing
        // from the Larkspur process." addresses a person and only lacks thanks; an answer to "why?" is
        // complete when short (SPEC: details) unless it is a word or two ("Personal.").
        let bare =
            draft.context.turn == .details ? 2 : draft.context.turn == .decline && draft.hits(.apology).isEmpty && !namesSomeone ? 10 : 5
        if result.isEmpty, !courteous, draft.bodyHasAtMost(bare) {
            let first = draft.tokens.first!, last = draft.tokens.last!
            var end = Int(last.end)
            let b = draft.analysis.bytes
            while end < b.count, b[end] == 46 || b[end] == 33 { end += 1 }
            result.append(Violation(bytes: Int(first.start)..<end, message: "A bare reply with no courtesy reads as a brush-off."))
        }
        return result
    }

    /// Whether the reply addresses or names someone ("Hi Marco"), outside an email's frame.
    func namesSomeone(_ draft: Draft) -> Bool {
        let frame = draft.frame
        return draft.tokens.indices.contains { k in
            let t = draft.tokens[k]
            return t.has(.capitalised) && t.has(.alphabetic) && !t.has(.sentenceStart) && !t.has(.allCaps) && t.length >= 2
                && !frame.contains { $0.contains(Int(t.start)) } && !draft.word(k).hasPrefix("i'")  // "I've" names no one
        }
    }

    /// A word of thanks tacked on to a fragment ("Nah. Thanks though.", "Staying where I am. Thanks anyway."):
    /// a short reply whose only courtesy is a bare "thanks" in a sentence of its own, and whose other
    /// sentences have no subject.
    func onlyTackedOnThanks(_ draft: Draft) -> Bool {
        guard draft.context.turn != .close, draft.bodyHasAtMost(7), !namesSomeone(draft), draft.hits(.wellWish).isEmpty,
            draft.hits(.apology).isEmpty, draft.hits(.ackDirect).isEmpty
        else { return false }
        let a = draft.analysis
        let markers: Set<String> = [
            "yeah", "yes", "no", "nah", "ok", "okay", "so", "well", "hey", "hi", "hello", "look", "um", "uh", "oh", "right", "and", "but",
        ]
        func content(_ s: Int) -> [Int] {
            (Int(a.sentences[s].firstToken)..<Int(a.sentences[s].endToken)).filter { !markers.contains(draft.word($0)) }
        }
        var thanksOnly = Set<Int>()
        for hit in draft.hits(.bareThanks) {
            let s = a.sentence(of: hit)
            if content(s).allSatisfy({ $0 >= Int(hit.first) && $0 <= Int(hit.last) }) { thanksOnly.insert(s) }
        }
        // a kind word ("Kind of you.") is sincere thanks outside the bare one, so it softens the fragment
        guard !thanksOnly.isEmpty, draft.sincereThanks.allSatisfy({ thanksOnly.contains(a.sentence(of: $0)) }) else { return false }
        let subjects: Set<String> = [
            "i", "i'm", "i've", "i'll", "i'd", "im", "ive", "we", "we're", "we've", "my", "it's", "its", "it", "that's",
            "this", "there's", "our", "that", "you", "you're", "your",
        ]
        let rest = a.sentences.indices.filter { !thanksOnly.contains($0) && !draft.isFrame($0) }
        return !rest.isEmpty && rest.allSatisfy { s in content(s).first.map { !subjects.contains(draft.word($0)) } ?? true }
    }

    /// Courtesy that is meant: none of it in a sarcastic sentence ("Good luck. You'll need it.").
    func hasCourtesy(_ draft: Draft) -> Bool {
        let sarcastic = draft.sarcasticSentences
        let sincere = { (hit: Hit) in
            !sarcastic.contains(draft.analysis.sentence(of: hit)) && !draft.sentence(draft.analysis.sentence(of: hit), has: .condescending)
        }
        return !draft.sincereThanks.isEmpty || draft.hits(.courtesyPhrase).contains(where: sincere)
            || draft.hits(.wellWish).contains(where: sincere)
            || !draft.hits(.ackDirect).isEmpty
    }
}
