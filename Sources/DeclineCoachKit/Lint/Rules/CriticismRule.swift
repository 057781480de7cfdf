import DeclineCoachText

/// Criticism of the company, the role, the pay, the process or the people.
public struct CriticismRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "criticism", title: "Criticising the company", level: .error, family: .alwaysOn,
        sections: ["what-to-avoid"],
        rationale: "Once you are leaving, criticism changes nothing for you and is what the recruiter will repeat to others.",
        message: "This criticises the company, its people, its process or its offer.",
        hint: "Leave the complaint out. If the company is the reason, say only that it is not the right place for you.",
        triggering: [
            // silence from them, with no judging word
            RuleExample("Nobody phoned me back after the second interview, so I'm withdrawing.", turn: .details),
            // a broken promise told as a count
            RuleExample("I was promised a decision within a week, and it took six.", turn: .details),
            // they move only once the speaker has said no
            RuleExample("So now you can afford to match it? Interesting.", turn: .counteroffer),
            RuleExample("Frankly, your attitude on the phone was the deciding factor.", turn: .details),
            RuleExample("Honestly, the way the last interview was run «put me off».", turn: .details),
            RuleExample("To be honest, it «would have helped to know the salary before three rounds».", turn: .details),
            RuleExample(
                "I appreciate it, but no amount of reshuffling will fix a culture where people «get shouted at».", turn: .frustration),
            RuleExample("Honestly? The pay. The figure you floated was «insulting».", turn: .details),
            RuleExample(
                "I understand you're disappointed, but honestly, your process «took two months and nobody answered my emails».",
                turn: .frustration),
            RuleExample("Frankly, the process has been «disorganised» from the start.", channel: .email),
            RuleExample("Given «how long your team took to get back to me», I'm sure you won't mind waiting.", turn: .postpone),
            RuleExample(
                "I won't continue this. This reply «confirms every bad review I read about your agency».", channel: .email,
                turn: .aggressive),
            RuleExample("Honestly? The interviewer seemed «uninterested» in anything I said.", turn: .details),
            RuleExample("Honestly, the «other firm got back within two days».", turn: .frustration),
            RuleExample("«Did you even read my CV»? I've never worked in sales.", turn: .details),
            RuleExample("Sure. «The ad said hybrid», and then the second interview said five days in the office.", turn: .details),
            RuleExample("«That's unprofessional», and I'm going to end the call. Goodbye.", turn: .aggressive),
            RuleExample("Since you ask, the interviewer was «on his phone the entire time and I waited an hour».", turn: .details),
            RuleExample("Honestly, they moved way «faster than you guys».", turn: .details),
            RuleExample("Stop emailing me «with 'solutions'». I said no.", turn: .aggressive),
            RuleExample("Hi Sophie, «as per my previous three voicemails», I'm withdrawing.", channel: .email, turn: .frustration),
            RuleExample("To be honest, the panel «seemed more interested in their phones than in my answers».", turn: .details),
            // sarcasm that mocks their conduct, not their feelings
            RuleExample("Thanks for the talk on commitment, Gavin. Very educational.", turn: .aggressive),
            // the other employer praised for what this one failed to do
            RuleExample("I went with Corbel. They actually got back to me the same day.", turn: .details),
            RuleExample("Hopefully whoever you hire next stays longer than the last three.", turn: .close),
            // the money found only once the speaker walked, and a vindication dressed as thanks
            RuleExample("It's a pity «it took my resignation to find that budget».", turn: .counteroffer),
            RuleExample("Four hours' notice «is a bit much», honestly. Could we try Monday?", turn: .postpone),
            RuleExample("Thanks for «proving my point». Take care.", turn: .aggressive),
            // what another employer did, said beside them
            RuleExample("Thanks, but the other firm included relocation «from day one».", turn: .addressConcerns),
            RuleExample("Meridian already offered me that, «without me having to ask twice».", turn: .addressConcerns),
            RuleExample("I've accepted elsewhere. Somebody else «actually bothered to make me an offer».", turn: .details),
            RuleExample("Two reorganisations in a year is more churn than I want to walk into.", turn: .details),
            // a negation does not reach into "the fact that ..."
            RuleExample("A new manager doesn't change the fact that your turnover is sky high.", turn: .addressConcerns),
            RuleExample("This is the fourth time you've rung since I said no.", turn: .frustration),
            // kept uninformed: a verb of telling, denied, with them (or no one) as its subject
            RuleExample("Nobody mentioned the weekend shifts until the offer stage.", turn: .details),
            RuleExample("The recruiter didn't tell me the salary until the third round.", turn: .details),
            // a mild word made strong by a degree word or a confession of candour
            RuleExample("No offence, but the rate is «pretty low» for senior work.", channel: .email),
            RuleExample("Pass. Pay's «too low».", turn: .details),
            RuleExample("I'll be honest. The feedback after round one was «thin».", turn: .details),
            RuleExample("I've heard from ex-staff that the culture's «pretty toxic».", turn: .details),
            // measured against what they said
            RuleExample("The salary was lower «than we discussed».", turn: .frustration),
            // a denied remedy or a denied "less" leaves the fault standing
            RuleExample("Thanks, but throwing money at it doesn't fix a «toxic» place.", turn: .counteroffer),
            RuleExample("Thanks, but it doesn't make the role any less «dull».", turn: .counteroffer),
            // a pronoun carries the party of the sentence before
            RuleExample("Thank you for the revised figure. It's still well «below market».", turn: .counteroffer),
            RuleExample("Marvellous. Well, «thanks for nothing». I'm withdrawing."),
            RuleExample("«Nobody in their right mind would put an office out there».", turn: .details),
        ],
        nonTriggering: [
            // "range" is no phone call ("rang") and no complaint
            RuleExample("The range you quoted is fair, but I've accepted another offer.", turn: .details),
            RuleExample("I understand you're upset, but I won't be spoken to like this. Goodbye.", turn: .aggressive),
            RuleExample(
                "Sorry, I'm not going to continue the call while I'm being shouted at. Good luck with the role.", turn: .aggressive),
            RuleExample("The long commute put me off, to be honest.", turn: .details),
            RuleExample("If the move had gone through in May, I'd have been free, but it didn't.", turn: .details),
            RuleExample("And to be clear, I wouldn't call the process disorganised at all; everyone's been lovely.", turn: .details),
            RuleExample("Having seen the salary range, it sits well below what I need, so I'm withdrawing.", channel: .email),
            RuleExample("I'm so sorry, I feel terrible about the timing.", turn: .frustration),
            RuleExample("I can hear this has gone badly for you today. Thank you for your time, and goodbye.", turn: .aggressive),
            RuleExample("Sorry for messing up your schedule; could we move it to Friday?", turn: .postpone),
            RuleExample("The ad said hybrid, which suits me well, but I've accepted another offer.", turn: .details),
            RuleExample("I'd only go round in circles, and that's not fair on you.", turn: .frustration),
            RuleExample("It's really just the commute, nothing more.", turn: .details),
            RuleExample("You called my answer 'vague', which is fair.", turn: .frustration),
            RuleExample("I'm withdrawing from the “Content Strategist” interview.", channel: .email),
            RuleExample("I interviewed poorly on Tuesday, and I don't think I'm ready for a role at this level.", turn: .details),
            RuleExample(
                "I've concluded the company isn't the right environment for me. None of that reflects on you or the panel.", turn: .details),
            RuleExample("You sound really upset, and I'm sorry it's landed like this.", turn: .frustration),
            RuleExample("You didn't do anything wrong; it's my timing.", turn: .frustration),
            RuleExample("I'm sorry I never replied to your last email.", turn: .details),
            RuleExample("I didn't tell my manager I was interviewing, so please keep this between us.", turn: .details),
            RuleExample("No one needs to call me back; I've made up my mind.", turn: .frustration),
            RuleExample("The other company's role is a much better fit for what I want next.", turn: .details),
            RuleExample("I've accepted the other offer; they pay a little more, and that settled it.", turn: .details),
            // a mild word measured against the speaker, or said of something that is not theirs
            RuleExample("Honestly, the commute would be a bit too long for me, so I'm withdrawing."),
            RuleExample("We had a really long chat about where the team's going, and it helped me decide.", turn: .details),
            RuleExample("The pay turned out better than advertised, but I've accepted another offer.", turn: .details),
            RuleExample("To be honest, the salary is a bit lower than I'd hoped, so I'm not sure it makes sense.", turn: .details),
            // their words reported, and a pronoun that has its own antecedent
            RuleExample("You said I'm 'the reason recruiters drink'. I won't be reconsidering.", channel: .email, turn: .aggressive),
            RuleExample(
                "Thanks for moving the interview. My sister was meant to mind the kids, but she's broken her wrist.", turn: .postpone),
        ])

    /// Cues that complain about them whoever the sentence's subject is, with what feedback calls them.
    static let complaints: [(Cue, String)] = [
        (.keptWaiting, "complains about how they treated you"),
        (.comparison, "runs them down by comparison"), (.vindication, "says their behaviour proves you right to leave"),
        (.unmetExpectation, "complains about what they should have done"),
        (.unsolicitedAdvice, "tells them how to run things"), (.mockWish, "dresses a jab as a wish"),
        (.needling, "needles them"), (.jab, "blames them in a parting jab"),
    ]

    /// "I should have been clearer": what the speaker should have done is not a complaint about them.
    /// Only when the phrase is the bare perfect ("had been clearer"): one that carries its own
    /// modal ("I would have appreciated a heads-up") is the speaker's complaint about them.
    func saysOfSelf(_ hit: Hit, _ draft: Draft) -> Bool {
        let modals: Set<String> = ["should", "could", "would", "might", "must", "really", "probably", "definitely"]
        guard !modals.contains(draft.word(Int(hit.first))) else { return false }
        var k = Int(hit.first) - 1
        while k >= 0, draft.tokens[k].sentence == draft.tokens[Int(hit.first)].sentence, modals.contains(draft.word(k)) { k -= 1 }
        return k >= 0 && ["i", "we"].contains(draft.word(k))
    }

    /// "Too junior for my experience": the role measured against the speaker is a matter of fit, not a put-down.
    func measuresAgainstSelf(_ hit: Hit, _ draft: Draft) -> Bool {
        let k = Int(hit.last) + 1
        guard k + 1 < draft.tokens.count, draft.word(k) == "for" else { return false }
        return ["me", "my", "what", "someone"].contains(draft.word(k + 1))
    }

    /// Words that, before a negator, deny a past act: "did(n't)", "had(n't)", "was(n't)", "could(n't)" (and "never" alone).
    static let pastDenial: Set<String> = ["did", "had", "was", "were", "could"]
    static let nobody: Set<String> = ["nobody", "noone", "no-one"]
    static let praisingComparatives = Set(LanguageData.praisingComparatives), degreeWords = Set(LanguageData.degreeWords)

    /// "The recruiter didn't tell me the salary", "nobody mentioned the shifts", "you never replied": a verb of
    /// telling or answering, denied in the past, whose subject is them (or no one at all), in a statement.
    func keptUninformed(_ hit: Hit, _ draft: Draft) -> Bool {
        let k = Int(hit.first), s = draft.analysis.sentence(of: hit)
        let reading = draft.reading
        let clause = reading.clause(ofToken: k)
        guard !draft.isQuestion(s), clause.acts.isDisjoint(with: [.condition, .apology, .sympathy]),
            !draft.tokens[k].has(.quoted)
        else { return false }
        let start = draft.clauseStart(of: k)
        // the subject: the nearest party word (or "nobody", "no one") before the verb in its clause
        var subject = Party.nobody, noOne = false
        var t = k - 1
        while t >= start {
            if CriticismRule.nobody.contains(draft.word(t)) || (draft.word(t) == "one" && t > start && draft.word(t - 1) == "no") {
                noOne = true; break
            }
            if reading.partyAt(t) != .nobody { subject = reading.partyAt(t); break }
            t -= 1
        }
        // "nobody mentioned it", not "no one needs to call me back"
        let ahead: Set<String> = ["need", "needs", "will", "can", "should", "must", "has", "have", "to", "would"]
        if noOne { return !(t + 1..<k).contains { ahead.contains(draft.word($0)) } }
        guard subject.isThem || subject == .thirdParty else { return false }
        // the denial right before the verb: "didn't tell", "never replied", "had not mentioned"
        let before = (max(start, k - 3)..<k)
        return before.contains { j in
            let w = draft.word(j)
            if w == "never" { return true }
            guard draft.tokens[j].has(.negator) else { return false }
            // "did not" is two words, "didn't" (or "didnt") one
            return (j > 0 && CriticismRule.pastDenial.contains(draft.word(j - 1))) || CriticismRule.pastDenial.contains { w.hasPrefix($0) }
        }
    }

    /// One or two quoted words right after "your", "their", "the", "with" or "for", not after a verb of saying,
    /// not a quoted title, not inside thanks.
    func scareQuoted(_ draft: Draft) -> [Range<Int>] {
        let tokens = draft.tokens
        let before: Set<String> = ["your", "their", "the", "with", "for", "this", "that", "these", "those", "ur"]
        let saying: Set<String> = [
            "said", "say", "says", "called", "call", "told", "tell", "wrote", "asked", "described", "labelled", "labeled", "quote",
        ]
        var result: [Range<Int>] = []
        var k = 1
        while k < tokens.count {
            guard tokens[k].has(.quoted), !tokens[k - 1].has(.quoted) else { k += 1; continue }
            var e = k
            while e < tokens.count, tokens[e].has(.quoted), tokens[e].sentence == tokens[k].sentence { e += 1 }
            let opener = draft.word(k - 1)
            let reported = (max(0, k - 4)..<k).contains { saying.contains(draft.word($0)) }
            // a quoted title is a name ("the “Content Strategist” interview"); quoted thanks is sarcasm, which hostile reads
            let title = (k..<e).allSatisfy { tokens[$0].has(.capitalised) }
            let thanked = draft.sentence(Int(tokens[k].sentence), has: .thanks)
            if e - k <= 2, tokens[k - 1].sentence == tokens[k].sentence, before.contains(opener), !reported, !title, !thanked {
                // through the closing mark: ' or " (one byte), or ’ or ” (three)
                let b = draft.analysis.bytes, end = Int(tokens[e - 1].end)
                let mark =
                    end < b.count && (b[end] == 39 || b[end] == 34) ? 1 : end + 2 < b.count && b[end] == 0xE2 && b[end + 1] == 0x80 ? 3 : 0
                result.append(Int(tokens[k - 1].start)..<end + mark)
            }
            k = e
        }
        return result
    }

    public func check(_ draft: Draft) -> [Violation] {
        var result: [Violation] = []
        var sentences = Set<Int>()
        let reading = draft.reading
        func add(_ range: Range<Int>, _ what: String) {
            guard let first = draft.analysis.tokenRange(inBytes: range).first else { return }
            let s = Int(draft.tokens[first].sentence)
            guard sentences.insert(s).inserted else { return }
            result.append(Violation(bytes: range, message: "This \(what): «\(draft.text(range))»."))
        }
        /// The complaint and the rest of its clause, so the marked words read as a phrase ("shambles of a hiring process").
        func phrase(_ hit: Hit) -> Range<Int> {
            let end = min(draft.clauseEnd(of: Int(hit.last)), Int(hit.last) + 9) - 1
            return Int(draft.tokens[Int(hit.first)].start)..<Int(draft.tokens[max(end, Int(hit.last))].end)
        }
        // the old stock complaints, named by whom they fall on ("your process took two months")
        for hit in draft.hits(.complaint) {
            let party = reading.party(before: Int(hit.first), in: draft.analysis)
            add(phrase(hit), "criticises " + (party.isThem ? party.label : "them"))
        }
        for (cue, what) in CriticismRule.complaints {
            // negated too: "if your team hadn't taken six weeks to reply" says they did
            for hit in draft.hits(cue)
            where !(cue == .unmetExpectation && saysOfSelf(hit, draft)) && !(cue == .jab && draft.quotes(hit)) {
                add(phrase(hit), what)
            }
        }
        // Another employer praised for what this one did not do: "the other firm included it from day one",
        // "Meridian offered it without me having to ask", "someone else actually bothered to reply"
        // (a better fit is no dig: "the other role is a much better fit for me")
        for hit in draft.affirmed(.edge) {
            let s = draft.analysis.sentence(of: hit)
            let beside = draft.sentence(s, has: .otherEmployer) || (s > 0 && draft.sentence(s - 1, has: .otherEmployer))
            let pushed = draft.word(Int(hit.first)) == "without"
            // looked for near the hit only, so a long sentence full of hits stays linear
            let span = draft.analysis.sentences[s], k = Int(hit.first)
            let fit = (max(Int(span.firstToken), k - 12)..<min(Int(span.endToken), Int(hit.last) + 12)).contains {
                ["fit", "suited", "suits", "match"].contains(draft.word($0))
            }
            if beside || pushed, !fit, !draft.isQuestion(s) { add(phrase(hit), "runs them down by comparison") }
        }
        // how they behaved, unless the speaker did it ("sorry I was late")
        for hit in draft.affirmed(.theirConduct)
        where reading.party(before: Int(hit.first), in: draft.analysis).isThem
            || reading.party(before: Int(hit.first), in: draft.analysis) == .thirdParty
        { add(phrase(hit), "complains about how they behaved") }
        // what they did to the speaker, and their manner; a boundary is not a complaint ("I won't be spoken to like this")
        // ("not going to continue while I'm being shouted at" sets a boundary too)
        for hit in draft.affirmed(.doneToMe) {
            let s = draft.analysis.sentence(of: hit), start = Int(draft.analysis.sentences[s].firstToken)
            let boundary = (start..<Int(hit.first)).contains { ["while", "if", "not", "refuse", "rather"].contains(draft.word($0)) }
            if !boundary { add(phrase(hit), "complains about how they treated you") }
        }
        for hit in draft.affirmed(.theirManner) { add(phrase(hit), "remarks on their manner") }
        // "the way the interview was run put me off": what put the speaker off is theirs
        for hit in draft.affirmed(.putOff) where reading.party(before: Int(hit.first), in: draft.analysis).isThem {
            add(phrase(hit), "says they put you off")
        }
        for hit in draft.affirmed(.understatement) where reading.party(before: Int(hit.first), in: draft.analysis) != .speaker {
            add(phrase(hit), "runs them down by understatement")
        }
        // worries about the company aired, unless in sympathy ("I know the layoffs hit you hard")
        for hit in draft.affirmed(.companyWorries)
        where reading.clause(ofToken: Int(hit.first)).acts.isDisjoint(with: [.sympathy, .thanks]) {
            add(phrase(hit), "airs worries about the company")
        }
        for hit in draft.hits(.rhetoricalQuestion) where draft.isQuestion(draft.analysis.sentence(of: hit)) {
            add(phrase(hit), "is a rhetorical jab at them")
        }
        for hit in draft.affirmed(.belittling) where !measuresAgainstSelf(hit, draft) {
            let s = draft.analysis.sentence(of: hit)
            if reading.clauses(inSentence: s, of: draft.analysis).contains(where: { reading.mentionsThem($0, in: draft.analysis) })
                || draft.hits(.criticismTarget, inSentence: s).contains(where: { _ in true })
                || reading.carriedParty(intoSentence: s, of: draft.analysis) != nil
            {
                add(phrase(hit), "belittles the role or the pay")
            }
        }
        // "So now you can be flexible.", "Funny how the budget appears now": they move only once told no
        for hit in draft.affirmed(.onlyNow) {
            let s = draft.analysis.sentence(of: hit)
            let aboutThem =
                draft.hits(.criticismTarget, inSentence: s).contains { $0.first >= hit.first } || draft.mentionsTerms(s) != nil
            if aboutThem, !draft.isQuestion(s) || !draft.asksPlainly(s) { add(phrase(hit), "points out they move only now") }
        }
        // What they said, undone later: "the ad said hybrid, and then the second interview said five days"
        for hit in draft.hits(.promised) where !draft.analysis.tokens[Int(hit.first)].has(.quoted) {
            let s = draft.analysis.sentence(of: hit)
            let later =
                draft.hits(.reveal, inSentence: s) + (s + 1 < draft.analysis.sentences.count ? draft.hits(.reveal, inSentence: s + 1) : [])
            let undone = later.contains { $0.first > hit.last }
            if undone { add(phrase(hit), "sets what they said against what happened") }
        }
        // A judging word whose nearest party is them: "the interviewer seemed uninterested", "the offer is insulting".
        for clause in reading.clauses
        where clause.isNegativeJudgement && clause.about.isThem
            && clause.acts.isDisjoint(with: [.apology, .sympathy]) && !draft.sarcasticSentences.contains(clause.sentence)
        {
            guard let j = clause.judged, draft.clause(ofToken: j, hasNo: .selfFeeling) else { continue }
            // with the degree word that made it strong: «pretty low», «too slow»
            let from = j > clause.tokens.lowerBound && CriticismRule.degreeWords.contains(draft.word(j - 1)) ? j - 1 : j
            add(Int(draft.tokens[from].start)..<Int(draft.tokens[j].end), "criticises \(clause.about.label)")
        }
        // Their word in scare quotes: "your 'streamlined' process", "stop emailing me with 'solutions'"
        // (not their words reported: "you called me 'difficult'")
        for run in scareQuoted(draft) { add(run, "puts their words in scare quotes") }
        // "That's unprofessional", "this is not okay": a verdict on what they just did
        // (said as its own clause; "that's not fair on you" and "so unprofessional of me" are about the speaker)
        for hit in draft.affirmed(.deicticVerdict)
        where reading.clause(ofToken: Int(hit.first)).acts.isDisjoint(with: [.sympathy, .apology]) {
            let k = Int(hit.first), next = Int(hit.last) + 1
            let opensClause = draft.clauseStart(of: k) >= k - 2
            if opensClause, next >= draft.tokens.count || !["on", "to", "for", "of"].contains(draft.word(next)) {
                add(phrase(hit), "passes a verdict on how they behaved")
            }
        }
        // "I was surprised that a company of your size pitches it that low": dismay at them
        for hit in draft.affirmed(.dismay) {
            let s = draft.analysis.sentence(of: hit), end = Int(draft.analysis.sentences[s].endToken)
            if (Int(hit.last) + 1..<end).contains(where: { reading.partyAt($0).isThem }) { add(phrase(hit), "voices dismay at them") }
        }
        // "much longer than advertised", "lower than we agreed" (not "better than advertised")
        for hit in draft.hits(.thanClaimed) where !draft.analysis.tokens[Int(hit.first)].has(.quoted) {
            let k = Int(hit.first), s = draft.analysis.sentence(of: hit)
            let praised = (max(0, k - 2)..<k).contains { CriticismRule.praisingComparatives.contains(draft.word($0)) }
            if !praised, !draft.isQuestion(s) { add(phrase(hit), "holds them to what they claimed") }
        }
        for hit in draft.hits(.informing) where keptUninformed(hit, draft) { add(phrase(hit), "complains they left you uninformed") }
        // Mock praise of their offer or process is criticism too: "What a professional way to treat candidates."
        // The jab may follow in the next sentence ("Thanks for the lecture. Illuminating, from a firm with your turnover.",
        // "Brilliant. Really selling the culture there.").
        for s in draft.sarcasticSentences.sorted() where !sentences.contains(s) {
            let praise =
                draft.hits(.feignedPraise, inSentence: s).first ?? draft.hits(.sarcasm, inSentence: s).first
                ?? draft.hits(.thanks, inSentence: s).first
                // a few words judging their conduct: "Really professional.", "Very educational." (not a bare "Great.")
                ?? (draft.wordCount(s) <= 5 ? draft.hits(.conductJudgement, inSentence: s).first : nil)
            guard let praise else { continue }
            // what is mocked is theirs: a word naming them, their conduct ("Really professional."), something they
            // did to the speaker ("thanks for the eleven voicemails") or an amount they offered ("Oh, brilliant, ten percent.")
            let targets =
                draft.hits(.criticismTarget, inSentence: s).contains(where: { $0.first > praise.last || $0.last < praise.first })
                || draft.sentence(s, has: .bargainAmount) || draft.sentence(s, has: .conductJudgement) || draft.sentence(s, has: .unwelcome)
                || (s + 1 < draft.analysis.sentences.count && draft.hits(.criticismTarget, inSentence: s + 1).contains { _ in true }
                    && (draft.sentence(s + 1, has: .feignedPraise) || draft.sentence(s + 1, has: .conductPraise) || draft.wordCount(s) <= 2))
            guard targets else { continue }
            add(draft.bytes(ofSentence: s), "mocks them")
        }
        return result
    }
}
