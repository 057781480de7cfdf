import DeclineCoachKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one rehearsal: shows the recruiter, reads replies, gives feedback,
/// records the transcript as it goes and ends with a scorecard. The decisions
/// are the engine's (`Session`); this type only talks to the terminal.
final class CoachRun {
    let scenario: Scenario
    let mode: PracticeMode
    let timed: Int?
    let reader: LineReader
    let writer: TranscriptWriter?
    let style: Style
    let json: Bool
    let echoReplies: Bool
    /// Where the screen's lines go: standard output, or a test's capture.
    let output: (String) -> Void
    var session: Session
    private var turnNumber = 0
    private var attempt = 1
    /// Scores of each attempt, by turn, for "attempt 1: 55 -> attempt 2: 90 (+35)".
    private var scoresByTurn: [Int: [Int]] = [:]

    init(scenario: Scenario, seed: UInt64, mode: PracticeMode, timed: Int?, reader: LineReader,
         writer: TranscriptWriter?, style: Style, json: Bool, echoReplies: Bool, start: String? = nil,
         output: @escaping (String) -> Void = { print($0) }) {
        self.scenario = scenario; self.mode = mode; self.timed = timed; self.reader = reader
        self.writer = writer; self.style = style; self.json = json; self.echoReplies = echoReplies
        self.output = output
        session = Session(scenario: scenario, seed: seed, at: start)
    }

    // MARK: Output

    func emit(_ event: TranscriptEvent) {
        writer?.append(event)
        if json { output(event.json.text) }
    }

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

    // MARK: The session

    func run() {
        emit(.header(scenario: scenario, seed: session.seed, mode: mode.rawValue, started: Date()))
        say(style.bold(sanitizeForTerminal(scenario.title)) + style.dim("  [\(scenario.channel.rawValue), \(mode == .coach ? "coach mode" : "call mode")]"))
        say(wrap(sanitizeForTerminal(scenario.briefing)))
        say(style.dim(mode == .coach
            ? "Reply as you would. :hint for a tip, :retry to try a turn again, :help for more."
            : "Like a real call: no feedback until the end." + (timed.map { " You have \($0) seconds per reply." } ?? "")))
        if scenario.channel == .email { say(style.dim("Write each reply as an email between two lines of \"\"\", or use :edit.")) }
        var showLine = true
        while !session.isOver, let node = session.currentNode {
            if showLine {
                turnNumber += 1
                showRecruiter(node)
            }
            showLine = true
            guard let (reply, skipped) = readReply(node) else { finish(reason: "quit"); return }
            if reply == nil { showLine = false; continue } // a command was handled, or the retry re-showed the line
            guard let outcome = session.respond(reply!, skipped: skipped) else { break }
            emit(.reply(turn: turnNumber, node: node.id, attempt: attempt, text: outcome.reply, seconds: replySeconds, skipped: skipped))
            emit(.verdict(turn: turnNumber, node: node.id, attempt: attempt, result: outcome.result))
            emit(.branch(turn: turnNumber, node: node.id, branch: outcome.branch, next: outcome.next))
            scoresByTurn[turnNumber, default: []].append(outcome.result.score)
            if mode == .coach { showFeedback(outcome, reply: reply!) }
            if session.isOver { break }
            attempt = 1
        }
        if session.ending != nil, let node = session.currentNode {
            // the ending node's closing words
            say("")
            say(wrap("“" + sanitizeForTerminal(session.recruiterLine(at: node.id)) + "”", indent: 2, first: style.bold(speaker) + ": "))
            emit(.recruiter(turn: turnNumber + 1, node: node.id, kind: nil, line: session.recruiterLine(at: node.id)))
        }
        finish(reason: session.ending == nil ? "quit" : "ending")
    }

    private var replyStarted = Date()
    private var replySeconds: Double { Date().timeIntervalSince(replyStarted) }

    func showRecruiter(_ node: ScenarioNode) {
        let line = session.recruiterLine(at: node.id)
        emit(.recruiter(turn: turnNumber, node: node.id, kind: node.kind, line: line))
        say("")
        say(wrap("“" + sanitizeForTerminal(line) + "”", indent: 2, first: style.bold(speaker) + ": "))
        replyStarted = Date()
    }

    /// Reads one reply, handling commands and multi-line input. Returns nil to
    /// end the session; a nil reply means "nothing to judge, ask again".
    func readReply(_ node: ScenarioNode) -> (String?, Bool)? {
        let prompt = style.enabled ? "\u{1}\u{1B}[1;36m\u{1}you ›\u{1}\u{1B}[0m\u{1} " : "you › "
        while true {
            switch reader.read(prompt: prompt, timeout: timed) {
            case .end: return nil
            case .interrupted: continue
            case .timedOut:
                say(style.yellow("(no reply in \(timed ?? 0) seconds: that counts as ghosting)"))
                return ("", true)
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line == "\"\"\"" {
                    guard let text = readBlock() else { return nil }
                    echo(text)
                    return (text, false)
                }
                if line.hasPrefix(":") {
                    reader.remember(line)
                    if echoReplies { say("you › " + line) }
                    switch command(line, node) {
                    case .handled: continue
                    case .reply(let text, let skipped): return (text, skipped)
                    case .quit: return nil
                    case .retried: return (nil, false)
                    }
                }
                reader.remember(raw)
                echo(raw)
                return (raw, false)
            }
        }
    }

    func echo(_ text: String) {
        guard echoReplies, !json else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        say("you › " + (lines.first.map(String.init) ?? ""))
        for l in lines.dropFirst() { say("      " + l) }
    }

    /// Lines up to the closing \"\"\".
    func readBlock() -> String? {
        var lines: [String] = []
        while true {
            switch reader.read(prompt: "    … ", timeout: nil) {
            case .line(let l):
                if l.trimmingCharacters(in: .whitespaces) == "\"\"\"" { return lines.joined(separator: "\n") }
                lines.append(l)
            case .interrupted: lines.removeAll(); say(style.dim("(cleared; keep typing, or \"\"\" to finish)"))
            case .timedOut: continue
            case .end: return lines.isEmpty ? nil : lines.joined(separator: "\n")
            }
        }
    }

    enum CommandResult { case handled, reply(String, Bool), quit, retried }

    func command(_ line: String, _ node: ScenarioNode) -> CommandResult {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0], argument = parts.count > 1 ? parts[1] : ""
        let coachOnly = { (what: String) -> Bool in
            if self.mode == .call { self.say(self.style.dim("\(what) is not available in call mode: like a real call, feedback comes at the end.")); return true }
            return false
        }
        switch name {
        case ":help", ":h", ":?":
            say("""
              :hint            a tip for this turn
              :model           a model answer for this turn
              :retry           answer the last turn again (the transcript keeps both attempts)
              :skip            say nothing (counts as ghosting)
              :edit            write the reply in $VISUAL / $EDITOR
              :guide [section] the guide's advice (:guide lists the sections)
              :transcript      where this session is saved, and the conversation so far
              :quit            end the session (it is saved)
              \"\"\"              start and end a multi-line reply (an email)
            """)
        case ":hint":
            if coachOnly(":hint") { break }
            say(wrap(style.green("hint: ") + (node.hint.map(sanitizeForTerminal) ?? "Thank them, say your decision plainly, and keep it short."), indent: 6))
        case ":model":
            if coachOnly(":model") { break }
            say(wrap(style.dim("model answer: ") + (node.model.map(sanitizeForTerminal) ?? "(this turn has no model answer)"), indent: 2))
        case ":retry":
            if coachOnly(":retry") { break }
            guard let last = session.turns.last, session.retry(), let again = scenario.node(last.node) else {
                say(style.dim("Nothing to retry yet: reply first."))
                break
            }
            turnNumber = max(1, turnNumber - (session.turns.count > 0 && node.id != again.id ? 1 : 0))
            emit(.retry(turn: turnNumber, node: again.id))
            attempt = (scoresByTurn[turnNumber]?.count ?? 0) + 1
            say(style.dim("Again, from the top of that turn (attempt \(attempt)):"))
            showRecruiter(again)
            return .retried
        case ":skip":
            say(style.yellow("(you say nothing: that counts as ghosting)"))
            return .reply("", true)
        case ":edit":
            if let text = Editor.compose(channel: scenario.channel, recruiterLine: session.recruiterLine(at: node.id)) {
                echo(text)
                return .reply(text, false)
            }
            say(style.dim("(nothing written; the reply was not sent)"))
        case ":guide":
            if argument.isEmpty {
                for s in Guide.sections { say("  \(s.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(s.heading)") }
            } else if let s = Guide.section(matching: argument) {
                say(style.bold(s.citation))
                say(wrap(s.summary))
                for a in s.advice { say(wrap(a, indent: 4, first: "  • ")) }
            } else {
                say("No guide section matches '\(argument)'. :guide lists them.")
            }
        case ":transcript":
            say(writer.map { "Saved as you go: \($0.path)" } ?? "This session is not being saved.")
            for turn in session.turns {
                say(wrap("“" + sanitizeForTerminal(turn.recruiterLine) + "”", indent: 2, first: style.dim(speaker + ": ")))
                say(wrap(turn.skipped ? "(silence)" : turn.reply, indent: 2, first: style.dim("you: ")) + (turn.superseded ? style.dim("  (retried)") : ""))
            }
        case ":quit", ":q", ":exit":
            return .quit
        default:
            let known = [":help", ":hint", ":model", ":retry", ":skip", ":edit", ":guide", ":transcript", ":quit"]
            let hint = suggestion(for: name, among: known).map { " Did you mean \($0)?" } ?? ""
            say("Unknown command \(name).\(hint) :help lists them.")
        }
        return .handled
    }

    // MARK: Feedback

    func showFeedback(_ outcome: TurnOutcome, reply: String) {
        let r = outcome.result
        // the turn's expected parts, met or missed, then only the problems among the always-on checks
        var marks: [String] = []
        var quiet = 0
        for id in r.checked {
            let expected = Linter.rule(id: id)?.description.family == .expected
            if r.failed(id) { marks.append(style.red("✗\u{00A0}\(id)")) }
            else if expected { marks.append(style.green("✓\u{00A0}\(id)")) }
            else { quiet += 1 }
        }
        if quiet > 0 { marks.append(style.dim("(\(quiet)\u{00A0}other\u{00A0}checks\u{00A0}passed)")) }
        say(wrap(marks.joined(separator: "  "), indent: 2, first: "  "))
        let lines = reply.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for f in r.findings {
            say(wrap(f.message, indent: 4, first: "  " + style.level(f.level) + " " + style.bold(f.rule) + ": "))
            if let line = f.line, let column = f.column, line - 1 < lines.count {
                for marked in LintReport.marked(lines[line - 1], line: line, column: column, endLine: f.endLine ?? line,
                                                endColumn: f.endColumn ?? column, style: style) { say(marked) }
            }
        }
        var summary = "  Turn score \(LintReport.scoreText(r.score, style))"
        let attemptScores = scoresByTurn[turnNumber] ?? []
        if attemptScores.count > 1 {
            let steps = attemptScores.enumerated().map { "attempt \($0.offset + 1): \($0.element)" }.joined(separator: " -> ")
            let delta = attemptScores.last! - attemptScores[attemptScores.count - 2]
            summary += style.dim("  (\(steps) (\(delta >= 0 ? "+" : "")\(delta)))")
        }
        say(summary)
        if let top = r.findings.first, let d = Linter.rule(id: top.rule)?.description {
            say(wrap(top.hint + " " + style.dim("(\(d.guideSections.first?.citation ?? ""))"), indent: 4, first: "  " + style.green("next time: ")))
        } else {
            say("  " + style.green("Nothing to fix here."))
        }
    }

    func finish(reason: String) {
        let card = Scorecard(session: session)
        emit(.end(ending: card.ending, score: card.score, turns: card.turns, reason: reason))
        if json {
            output(JSON.object([("type", .string("scorecard")), ("ending", card.ending.map { .string($0.rawValue) } ?? .null),
                               ("score", .int(card.score)), ("turns", .int(card.turns)),
                               ("wentWell", .array(card.wentWell.prefix(3).map { .string($0.id) })),
                               ("practiseNext", .array(card.practiseNext.map { p in
                                   .object([("rule", .string(p.rule.id)), ("times", .int(p.times)), ("hint", .string(p.rule.hint)),
                                            ("section", .string(p.rule.guideSections.first?.heading ?? ""))]) })),
                               ("transcript", writer.map { .string($0.path) } ?? .null)]).text)
            return
        }
        say("")
        say(style.bold("── Scorecard ──"))
        let endingText = card.ending.map { "\($0.rawValue): you \($0.summary)" } ?? "not reached (the session ended early)"
        say("Ending:  " + endingText)
        say("Score:   \(LintReport.scoreText(card.score, style)) over \(card.turns) turn\(card.turns == 1 ? "" : "s")")
        if !card.wentWell.isEmpty {
            say(wrap(card.wentWell.prefix(3).map { $0.title.lowercased() }.joined(separator: ", "), indent: 9, first: "Went well: "))
        }
        if card.practiseNext.isEmpty {
            say("Practise next: nothing missed. Try --mode call, or a harder scenario.")
        } else {
            say("Practise next:")
            for (index, item) in card.practiseNext.enumerated() {
                say(wrap(item.rule.hint, indent: 5, first: "  \(index + 1). \(style.bold(item.rule.title)) (\(item.times)×): "))
                say("     " + style.dim(item.rule.guideSections.first?.citation ?? ""))
            }
        }
        if let writer { say(style.dim("Saved: \(writer.path)")) }
    }
}

/// Writes a reply in the user's $VISUAL or $EDITOR, as git does for a commit message.
enum Editor {
    static func compose(channel: Channel, recruiterLine: String) -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let path = NSTemporaryDirectory() + "decline-coach-reply-\(getpid()).txt"
        let template = (channel == .email ? "Subject: \n\nDear ,\n\n\n\nKind regards,\n\n" : "\n")
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
