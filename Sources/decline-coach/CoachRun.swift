import DeclineCoachKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The terminal side of a rehearsal: reads lines, hands them to the library's `Rehearsal`, and
/// renders the events it returns (as text, or as JSON Lines), writing each to the transcript.
/// Every decision (turn and attempt numbering, branches, the closing line, the scorecard) is the
/// engine's.
final class CoachRun {
    let timed: Int?
    let reader: LineReader
    let writer: TranscriptWriter?
    let style: TextStyle
    let json: Bool
    let echoReplies: Bool
    /// A person at a keyboard (not a replies file): only then is a one-line email questioned.
    let interactive: Bool
    /// Where the screen's lines go: standard output, or a test's capture.
    let output: (String) -> Void
    var rehearsal: Rehearsal
    private var reportedFailure = false
    /// Speaks the recruiter's lines (`--voice`); nil for a silent session.
    var voice: Speaker?
    /// The recruiter's last line, for `:repeat` and `:show`.
    private var lastLine = ""
    private var lastNode = ""
    /// The reply the feedback is about, from the last reply event.
    private var lastReply = ""

    init(
        rehearsal: Rehearsal, timed: Int?, reader: LineReader, writer: TranscriptWriter?, style: TextStyle, json: Bool,
        echoReplies: Bool, interactive: Bool = false, output: @escaping (String) -> Void = { print($0) }
    ) {
        self.rehearsal = rehearsal; self.timed = timed; self.reader = reader
        self.writer = writer; self.style = style; self.json = json; self.echoReplies = echoReplies
        self.interactive = interactive; self.output = output
    }

    var scenario: Scenario { rehearsal.scenario }
    var mode: RehearsalMode { rehearsal.mode }

    // MARK: Output

    func say(_ text: String = "") { if !json { output(text) } }

    var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 80
    }

    /// Word-wraps `text` to the terminal, indenting continuation lines.
    func wrap(_ text: String, indent: Int = 0, first: String = "") -> String {
        let limit = max(30, width - 1)
        var lines: [String] = []
        var current = first
        var currentWidth = CoachRun.visibleWidth(first)
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let w = String(word)
            let width = CoachRun.visibleWidth(w)
            if currentWidth + width + 1 > limit && currentWidth > indent {
                lines.append(current)
                current = String(repeating: " ", count: indent) + w
                currentWidth = indent + width
            } else {
                let gap = currentWidth > 0 && !current.hasSuffix(" ")
                current += (gap ? " " : "") + w
                currentWidth += width + (gap ? 1 : 0)
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Columns a string takes on screen: colour escapes take none.
    static func visibleWidth(_ s: String) -> Int {
        var width = 0
        var inEscape = false
        for c in s.unicodeScalars {
            if inEscape { if (0x40...0x7E).contains(c.value) && c != "[" { inEscape = false }; continue }
            if c == "\u{1B}" { inEscape = true; continue }
            width += 1
        }
        return width
    }

    var speaker: String { scenario.facts.speaker }

    /// Stores each event, then shows it: JSON Lines as they are, or the screen's text.
    func render(_ events: [TranscriptEvent]) {
        for event in events {
            writer?.append(event)
            if let failure = writer?.failure, !reportedFailure {
                reportedFailure = true
                printError(failure)
            }
            if json { output(event.json.text); continue }
            switch event {
            case .recruiter(_, let node, _, let line) where node == Rehearsal.confirmingEmailNode:
                say("")
                say(style.dim(line))  // the coach's prompt, not the recruiter's words
            case .recruiter(_, let node, let kind, let line):
                say("")
                lastLine = line
                lastNode = node
                // on a call with a voice the line is heard, not read
                if let voice, voice.speak(line, node: node), mode == .call {
                    say(
                        style.bold(sanitizeForTerminal(speaker)) + ": "
                            + style.dim("(speaking: :repeat to hear it again, :show for the words)"))
                } else {
                    say(wrap("“" + sanitizeForTerminal(line) + "”", indent: 2, first: style.bold(sanitizeForTerminal(speaker)) + ": "))
                }
                if kind != nil { replyStarted = Date() }
            case .reply(_, _, _, let text, _, _):
                lastReply = text
            case .verdict(let turn, let node, _, let result):
                // the confirming email is feedback the user asked for, in either mode
                if mode == .coach || node == Rehearsal.confirmingEmailNode { showFeedback(result, turn: turn) }
            case .retry:
                say(style.dim("Again, from the top of that turn (attempt \(rehearsal.attempt)):"))
            case .header, .branch, .end, .note:
                break
            }
        }
    }

    // MARK: The session

    func run(started: Date = Date()) {
        var labels = [scenario.channel.rawValue, mode == .coach ? "coach mode" : "call mode"]
        if rehearsal.session.difficulty != .standard { labels.append("\(rehearsal.session.difficulty.rawValue) recruiter") }
        say(style.bold(sanitizeForTerminal(scenario.title)) + style.dim("  [\(labels.joined(separator: ", "))]"))
        say(wrap(sanitizeForTerminal(scenario.filledBriefing)))
        say(
            style.dim(
                mode == .coach
                    ? "Reply as you would. :hint for a tip, :retry to try a turn again, :help for more."
                    : "Like a real call: no feedback until the end." + (timed.map { " You have \($0) seconds per reply." } ?? "")))
        if scenario.channel == .email {
            say(
                style.dim(
                    "Write each reply as a whole email: start with its Subject: line or greeting (or a line of \"\"\"), and end with a line of \"\"\". :edit opens your editor."
                ))
        }
        render(rehearsal.begin(at: started))
        turns: while let node = rehearsal.currentNode {
            guard let entry = readReply(node) else { break }
            switch entry {
            case .again: continue
            case .quit: break turns
            case .reply(let text, let skipped):
                let seconds = replySeconds
                render(skipped ? rehearsal.skip(seconds: seconds) : rehearsal.answer(text, seconds: seconds))
            }
            if rehearsal.reachedEnding, mode == .coach, offerRetryBeforeClosing() { continue }
        }
        if rehearsal.offersConfirmingEmail { offerConfirmingEmail() }
        finish()
    }

    /// One move from the middle of a scenario, for `drill`: the recruiter's line, one reply (with
    /// the in-session commands), its feedback, and no more. Returns the score, or nil when the
    /// user ended the drill instead of answering.
    func runOneTurn(started: Date) -> Int? {
        render(rehearsal.begin(at: started))
        guard let node = rehearsal.currentNode else { return nil }
        var score: Int? = nil
        answering: while true {
            guard let entry = readReply(node) else { break }
            switch entry {
            case .again: continue
            case .quit: break answering
            case .reply(let text, let skipped):
                let events = skipped ? rehearsal.skip(seconds: replySeconds) : rehearsal.answer(text, seconds: replySeconds)
                // what the recruiter says next belongs to the whole scenario, not to this card
                let upToBranch = events.prefix { if case .recruiter = $0 { return false } else { return true } }
                render(Array(upToBranch))
                for case .verdict(_, _, _, let result) in upToBranch { score = result.score }
                break answering
            }
        }
        render(rehearsal.finish())
        return score
    }

    /// After an ending in coach mode: one chance to answer the last turn again before the scorecard.
    private func offerRetryBeforeClosing() -> Bool {
        say(style.dim("That is how it ended. :retry to answer your last turn again, or Enter to see your scorecard."))
        while true {
            switch reader.read(prompt: style.enabled ? "\u{1}\u{1B}[2m\u{1}end ›\u{1}\u{1B}[0m\u{1} " : "end › ", timeout: nil) {
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if echoReplies && !line.isEmpty { say("end › " + line) }
                if RehearsalInput.read(line, channel: .phone) == .command(.retry), let events = rehearsal.retry() {
                    render(events)
                    return true
                }
                // a note on the last turn before the scorecard
                if case .command(.note(let text)) = RehearsalInput.read(line, channel: .phone) {
                    let events = rehearsal.note(text)
                    render(events)
                    say(style.dim(events.isEmpty ? "(write the note after :note)" : "(noted on that turn)"))
                    continue
                }
                return false
            case .interrupted, .timedOut: continue
            case .end: return false
            }
        }
    }

    /// After a call that ended well: the short email the guide recommends, confirming what was said.
    private func offerConfirmingEmail() {
        say("")
        say(
            wrap(
                style.dim(
                    "The guide suggests following a call with a short email that confirms it (\"as we discussed on the phone\"). Write it now? Start with its Subject: line or greeting, end with a line of \"\"\"; or press Enter to skip."
                )))
        while true {
            switch reader.read(prompt: prompt, timeout: nil) {
            case .line(let raw):
                switch RehearsalInput.read(raw, channel: .email) {
                case .empty: return
                case .startBlock(let first):
                    guard let text = block(startingWith: first) else { return }
                    render(rehearsal.confirmByEmail(text, seconds: 0))
                    return
                case .command(.quit), .command(.skip): return
                case .command: say(style.dim("(write the email, or press Enter to skip it)"))
                case .reply(let text):
                    echo(text)
                    render(rehearsal.confirmByEmail(text, seconds: 0))
                    return
                }
            case .interrupted, .timedOut: continue
            case .end: return
            }
        }
    }

    private var replyStarted = Date()
    private var replySeconds: Double { Date().timeIntervalSince(replyStarted) }

    enum Entry {
        case reply(String, skipped: Bool)
        case again, quit
    }

    private var prompt: String { style.enabled ? "\u{1}\u{1B}[1;36m\u{1}you ›\u{1}\u{1B}[0m\u{1} " : "you › " }

    /// Reads one reply, handling commands and multi-line input. nil ends the session; `.again`
    /// means nothing to judge yet (a command was handled, or a retry asked the turn again).
    func readReply(_ node: ScenarioNode) -> Entry? {
        while true {
            switch reader.read(prompt: prompt, timeout: timed) {
            case .end: return nil
            case .interrupted: continue
            case .timedOut:
                say(style.yellow("(no reply in \(timed ?? 0) seconds: that counts as ghosting)"))
                return .reply("", skipped: true)
            case .line(let raw):
                switch RehearsalInput.read(raw, channel: scenario.channel) {
                case .empty:
                    // at a keyboard a stray Enter is not an answer; in a replies file an empty line is silence
                    if !interactive { echo(""); return .reply("", skipped: true) }
                    say(style.dim("(say something, or :skip to stay silent)"))
                    continue
                case .startBlock(let first):
                    guard let text = block(startingWith: first) else { return nil }
                    reader.remember(text.replacingOccurrences(of: "\n", with: " "))
                    return .reply(text, skipped: false)
                case .command(let command):
                    reader.remember(raw)
                    if echoReplies { say("you › " + raw.trimmingCharacters(in: .whitespaces)) }
                    if let entry = perform(command, node) {
                        if case .quit = entry { return nil }
                        return entry
                    }
                case .reply(let text):
                    reader.remember(raw)
                    echo(text)
                    if interactive, RehearsalInput.needsConfirmation(text, channel: scenario.channel), !confirmOneLineEmail() { continue }
                    return .reply(text, skipped: false)
                }
            }
        }
    }

    private func confirmOneLineEmail() -> Bool {
        say(
            style.yellow("That is a one-line email. Send it as it is? [y/N] ")
                + style.dim("(to write more, answer n and start with a greeting line or \"\"\")"))
        if case .line(let answer) = reader.read(prompt: "send? ", timeout: nil) {
            return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        }
        return false
    }

    func echo(_ text: String, fenced: Bool = false) {
        guard echoReplies, !json else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        say("you › " + (lines.first.map(String.init) ?? ""))
        for l in lines.dropFirst() { say("      " + l) }
        if fenced { say("      " + RehearsalInput.blockFence) }
    }

    /// A multi-line reply, read and echoed (nil at the end of input): after a `"""` line, or an
    /// email's first line.
    private func block(startingWith first: String?) -> String? {
        if first == nil, echoReplies { say("you › " + RehearsalInput.blockFence) }
        guard let text = readBlock(first: first) else { return nil }
        echo(text, fenced: first == nil)
        return text
    }

    /// Lines up to the closing \"\"\" (an email started by its first line keeps that line).
    func readBlock(first: String?) -> String? {
        var lines: [String] = first.map { [$0] } ?? []
        if first != nil { say(style.dim("(an email: keep typing; a line of \"\"\" sends it)")) }
        while true {
            switch reader.read(prompt: "    … ", timeout: nil) {
            case .line(let l):
                if RehearsalInput.closesBlock(l) { return lines.joined(separator: "\n") }
                lines.append(l)
            case .interrupted: lines.removeAll(); say(style.dim("(cleared; keep typing, or \"\"\" to finish)"))
            case .timedOut: continue
            case .end: return lines.isEmpty ? nil : lines.joined(separator: "\n")
            }
        }
    }

    /// Carries out a command; returns an entry when the command answers the turn.
    func perform(_ command: RehearsalCommand, _ node: ScenarioNode) -> Entry? {
        if command.coachOnly && mode == .call {
            say(style.dim("That is not available in call mode: like a real call, feedback comes at the end."))
            return nil
        }
        switch command {
        case .help:
            say(RehearsalCommand.helpText)
        case .hint:
            let hint =
                rehearsal.session.hint(at: node.id).map(sanitizeForTerminal) ?? "Thank them, say your decision plainly, and keep it short."
            say(wrap(style.green("hint: ") + hint, indent: 6))
        case .model:
            say(
                wrap(
                    style.dim("model answer: ")
                        + (rehearsal.session.model(at: node.id).map(sanitizeForTerminal) ?? "(this turn has no model answer)"), indent: 2))
        case .retry:
            guard let events = rehearsal.retry() else { say(style.dim("Nothing to retry yet: reply first.")); return nil }
            render(events)
            return .again
        case .skip:
            say(style.yellow("(you say nothing: that counts as ghosting)"))
            return .reply("", skipped: true)
        case .edit:
            if let text = Editor.compose(channel: scenario.channel, recruiterLine: rehearsal.session.recruiterLine(at: node.id)) {
                echo(text)
                return .reply(text, skipped: false)
            }
            say(style.dim("(nothing written; the reply was not sent)"))
        case .guide(let argument):
            if argument.isEmpty {
                for s in Guide.sections { say("  \(s.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(s.heading)") }
            } else if let s = Guide.section(matching: argument) {
                say(style.bold(s.citation))
                say(wrap(s.summary))
                for a in s.advice { say(wrap(a, indent: 4, first: "  • ")) }
            } else {
                say("No guide section matches '\(sanitizeForTerminal(argument))'. :guide lists them.")
            }
        case .transcript:
            if let writer, writer.isCreated {
                say("Saved as you go: \(writer.path)")
            } else if writer != nil {
                say("This session is saved from your first reply.")
            } else {
                say("This session is not being saved.")
            }
            for turn in rehearsal.session.turns {
                say(
                    wrap(
                        "“" + sanitizeForTerminal(turn.recruiterLine) + "”", indent: 2,
                        first: style.dim(sanitizeForTerminal(speaker) + ": ")))
                say(
                    wrap(turn.skipped ? "(silence)" : turn.reply, indent: 2, first: style.dim("you: "))
                        + (turn.superseded ? style.dim("  (retried)") : ""))
            }
        case .note(let text):
            let events = rehearsal.note(text)
            if events.isEmpty {
                say(style.dim("(write the note after :note, e.g. :note I rushed the reason)"))
            } else {
                render(events); say(style.dim("(noted on this turn)"))
            }
        case .repeatLine:
            if let voice, voice.aloud {
                voice.speak(lastLine, node: lastNode)
            } else {
                say(wrap("“" + sanitizeForTerminal(lastLine) + "”", indent: 2, first: style.bold(sanitizeForTerminal(speaker)) + ": "))
            }
        case .show:
            say(wrap("“" + sanitizeForTerminal(lastLine) + "”", indent: 2, first: style.bold(sanitizeForTerminal(speaker)) + ": "))
        case .quit:
            return .quit
        case .unknown(let name, let suggestion):
            say("Unknown command \(sanitizeForTerminal(name)).\(suggestion.map { " Did you mean \($0)?" } ?? "") :help lists them.")
        }
        return nil
    }
    // MARK: Feedback

    func showFeedback(_ r: LintResult, turn: Int) {
        // the turn's expected parts, met or missed, then only the problems among the always-on checks
        var marks: [String] = []
        var quiet = 0
        for id in r.checked {
            let expected = Linter.rule(id: id)?.description.family == .expected
            if r.failed(id) {
                marks.append(style.red("✗\u{00A0}\(id)"))
            } else if expected {
                marks.append(style.green("✓\u{00A0}\(id)"))
            } else {
                quiet += 1
            }
        }
        if quiet > 0 { marks.append(style.dim("(\(quiet)\u{00A0}other\u{00A0}checks\u{00A0}passed)")) }
        say(wrap(marks.joined(separator: "  "), indent: 2, first: "  "))
        for f in r.findings {
            say(wrap(f.message, indent: 4, first: "  " + style.level(f.level) + " " + style.bold(f.rule) + ": "))
            for marked in MarkedLine.lines(for: f, in: lastReply, style: style) { say(marked) }
        }
        var summary = "  Turn score \(style.score(r.score))"
        let attemptScores = rehearsal.attemptScores(ofTurn: turn)
        if attemptScores.count > 1 {
            let steps = attemptScores.enumerated().map { "attempt \($0.offset + 1): \($0.element)" }.joined(separator: " -> ")
            let delta = attemptScores.last! - attemptScores[attemptScores.count - 2]
            summary += style.dim("  (\(steps) (\(delta >= 0 ? "+" : "")\(delta)))")
        }
        say(summary)
        if let top = r.findings.first, let d = Linter.rule(id: top.rule)?.description {
            say(
                wrap(
                    top.hint + " " + style.dim("(\(d.guideSections.first?.citation ?? ""))"), indent: 4,
                    first: "  " + style.green("next time: ")))
        } else {
            say("  " + style.green("Nothing to fix here."))
        }
    }

    func finish() {
        let events = rehearsal.finish()
        render(events)
        let card = rehearsal.scorecard
        let saved = writer?.isCreated == true && writer?.failure == nil ? writer?.path : nil
        if json {
            var fields: [(String, JSON)] = [("type", .string("scorecard"))]
            if case .object(let cardFields) = card.json { fields += cardFields }
            fields.append(("transcript", saved.map { .string($0) } ?? .null))
            output(JSON.object(fields).text)
            return
        }
        guard rehearsal.replies > 0 else {
            say("")
            say(style.dim("Ended before your first reply: nothing to score, and nothing saved."))
            return
        }
        say("")
        say(style.bold("── Scorecard ──"))
        let endingText = card.ending.map { "\($0.rawValue): you \($0.summary)" } ?? "not reached (the session ended early)"
        say("Ending:  " + endingText)
        var scoreLine = "Score:   \(style.score(card.score)) over \(card.turns) turn\(card.turns == 1 ? "" : "s")"
        if let ending = card.ending, Scorecard.cap(for: ending) < 100 {
            scoreLine += style.dim("  (\(ending.rawValue) caps the score at \(Scorecard.cap(for: ending)))")
        }
        say(scoreLine)
        if !card.wentWell.isEmpty {
            say(wrap(card.wentWell.prefix(3).map { $0.title.lowercased() }.joined(separator: ", "), indent: 11, first: "Went well: "))
        }
        if card.practiseNext.isEmpty {
            say("Practise next: nothing missed. Try --mode call, or a harder scenario.")
        } else {
            say("Practise next:")
            for (index, item) in card.practiseNext.enumerated() {
                let rule = item.description
                say(wrap(rule.hint, indent: 5, first: "  \(index + 1). \(style.bold(rule.title)) (\(item.times)×): "))
                say("     " + style.dim(rule.guideSections.first?.citation ?? ""))
            }
        }
        if let saved { say(style.dim("Saved: \(saved)")) }
        if let failure = writer?.failure { say(style.yellow("Not saved in full: ") + failure) }
    }
}

/// Writes a reply in the user's $VISUAL or $EDITOR, as git does for a commit message.
enum Editor {
    static func compose(channel: Channel, recruiterLine: String) -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let path = NSTemporaryDirectory() + "decline-coach-reply-\(getpid()).txt"
        let template =
            (channel == .email ? "Subject: \n\nDear ,\n\n\n\nKind regards,\n\n" : "\n")
            + "# Write your reply above. Lines starting with # are ignored.\n# They said: \(recruiterLine)\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(template.utf8), attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let status = system("\(editor) '\(path)'")
        guard status == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
