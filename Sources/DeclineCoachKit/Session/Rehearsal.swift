import Foundation

/// coach: feedback after every reply; call: none until the end, like a real call.
public enum RehearsalMode: String, Sendable, CaseIterable { case coach, call }

/// A rehearsal from first line to scorecard: the one engine behind the terminal, `--replies`,
/// `--format json`, `replay` and the tests. Each operation returns the events that happened, in
/// order; the screen renders them and the transcript stores them, so the two never disagree.
/// Pure: no terminal, no files, no clock (callers pass the time).
public struct Rehearsal: Sendable {
    public private(set) var session: Session
    public let mode: RehearsalMode
    public let user: UserFacts
    /// The turn on screen (1-based) and the attempt at it.
    public private(set) var turn = 0
    public private(set) var attempt = 1
    /// Replies given (a skip counts: it is a deliberate silence). A rehearsal with none is never saved.
    public private(set) var replies = 0
    public private(set) var isFinished = false
    /// The turn number of each of `session.turns`.
    private var turnOfOutcome: [Int] = []
    private var scoresByTurn: [Int: [Int]] = [:]

    public init(
        scenario: Scenario, seed: UInt64, mode: RehearsalMode = .coach, user: UserFacts = UserFacts(),
        difficulty: Difficulty = .standard, start: String? = nil
    ) {
        self.session = Session(scenario: scenario.personalised(user), seed: seed, difficulty: difficulty, at: start)
        self.mode = mode
        self.user = user
    }

    public var scenario: Scenario { session.scenario }
    /// The confirming email after a call, once written: scored beside the call's turns.
    public private(set) var confirmation: LintResult?

    public var scorecard: Scorecard {
        var turns = session.scoredTurns
        if let c = confirmation {
            turns.append(
                ScoredTurn(
                    node: Rehearsal.confirmingEmailNode, kind: .decline, score: c.score, checked: c.checked,
                    failed: c.findings.map(\.rule), skipped: false, tempting: []))
        }
        return Scorecard(turns: turns, ending: session.ending)
    }

    /// The node id transcripts give the confirming email (it is not one of the scenario's nodes).
    public static let confirmingEmailNode = "confirming-email"

    /// The guide recommends an email confirming what was said on a call: offered once a phone
    /// rehearsal ends on good terms.
    public var offersConfirmingEmail: Bool {
        scenario.channel == .phone && session.ending == .graceful && confirmation == nil && !isFinished
    }

    /// Scores the confirming email as an email that confirms a call (so channel-fit does not apply).
    public mutating func confirmByEmail(_ text: String, seconds: Double = 0) -> [TranscriptEvent] {
        guard offersConfirmingEmail else { return [] }
        let result = Linter().lint(text, context: scenario.context(turn: .decline, channel: .email, skip: ["channel-fit"]))
        confirmation = result
        replies += 1
        turn += 2  // the closing words took a number of their own
        let node = Rehearsal.confirmingEmailNode
        return [
            .recruiter(turn: turn, node: node, kind: .decline, line: Rehearsal.confirmingEmailPrompt),
            .reply(turn: turn, node: node, attempt: 1, text: text, seconds: seconds, skipped: false),
            .verdict(turn: turn, node: node, attempt: 1, result: result),
        ]
    }

    public static let confirmingEmailPrompt = "(After the call) The email that confirms what you said on the phone."
    /// True once an ending is reached: only `retry` (coach mode) or `finish` are left.
    public var reachedEnding: Bool { session.ending != nil }
    public var currentNode: ScenarioNode? { session.isOver ? nil : session.currentNode }

    /// Scores of each attempt at a turn, for "attempt 1: 55 -> attempt 2: 90 (+35)".
    public func attemptScores(ofTurn turn: Int) -> [Int] { scoresByTurn[turn] ?? [] }

    /// The header, then the recruiter's first line.
    public mutating func begin(at started: Date) -> [TranscriptEvent] {
        var events: [TranscriptEvent] = [
            .header(
                scenario: scenario, seed: session.seed, mode: mode.rawValue, started: started, user: user,
                difficulty: session.difficulty)
        ]
        events += showTurn()
        return events
    }

    private mutating func showTurn() -> [TranscriptEvent] {
        if let node = currentNode {
            turn += 1
            attempt = (scoresByTurn[turn]?.count ?? 0) + 1
            return [.recruiter(turn: turn, node: node.id, kind: node.kind, line: session.recruiterLine(at: node.id))]
        }
        if session.ending != nil {
            // the ending node's closing words take no reply
            return [.recruiter(turn: turn + 1, node: session.current, kind: nil, line: session.recruiterLine(at: session.current))]
        }
        return []
    }

    /// The user's reply: the reply, the verdict, the branch, then the next recruiter line or the closing words.
    public mutating func answer(_ text: String, seconds: Double = 0) -> [TranscriptEvent] {
        respond(text, skipped: false, seconds: seconds)
    }

    /// Silence (`:skip`, or the clock ran out): ghosting, and every part the turn expected is missed.
    public mutating func skip(seconds: Double = 0) -> [TranscriptEvent] { respond("", skipped: true, seconds: seconds) }

    private mutating func respond(_ text: String, skipped: Bool, seconds: Double) -> [TranscriptEvent] {
        guard !isFinished, let node = currentNode, let outcome = session.respond(text, skipped: skipped) else { return [] }
        replies += 1
        // someone who signs "Ada" is called Ada from then on, not the scenario's stand-in
        if let signed = outcome.result.signedName { session.learnName(signed) }
        turnOfOutcome.append(turn)
        scoresByTurn[turn, default: []].append(outcome.result.score)
        var events: [TranscriptEvent] = [
            .reply(turn: turn, node: node.id, attempt: attempt, text: outcome.reply, seconds: seconds, skipped: skipped),
            .verdict(turn: turn, node: node.id, attempt: attempt, result: outcome.result),
            .branch(turn: turn, node: node.id, branch: outcome.branch, next: outcome.next),
        ]
        events += showTurn()
        return events
    }

    /// The user's note (`:note TEXT`): on the turn just answered, whose feedback is on screen, or on
    /// the first turn before any reply.
    public func note(_ text: String) -> [TranscriptEvent] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, turn > 0 else { return [] }
        return [.note(turn: turnOfOutcome.last ?? turn, text: trimmed)]
    }

    /// Whether `retry` can do anything now: coach mode, after a reply.
    public var canRetry: Bool { mode == .coach && !isFinished && !session.turns.isEmpty }

    /// Goes back to the last answered turn and asks it again; nil when there is nothing to retry.
    public mutating func retry() -> [TranscriptEvent]? {
        guard canRetry, let last = session.turns.last, session.retry(), let node = session.currentNode else { return nil }
        turn = turnOfOutcome.last ?? turn
        attempt = (scoresByTurn[turn]?.count ?? 0) + 1
        return [
            .retry(turn: turn, node: last.node),
            .recruiter(turn: turn, node: node.id, kind: node.kind, line: session.recruiterLine(at: node.id)),
        ]
    }

    /// Ends the rehearsal with its scorecard. `reason` is "ending" when an ending was reached, else "quit".
    public mutating func finish() -> [TranscriptEvent] {
        guard !isFinished else { return [] }
        isFinished = true
        return [.end(scorecard: scorecard, reason: reachedEnding ? "ending" : "quit")]
    }
}

/// What the user typed at the prompt, read by the in-session grammar (SPEC §4).
public enum RehearsalInput: Equatable, Sendable {
    case reply(String)
    /// The start of a multi-line reply: `"""` alone (nothing yet), or an email's first line
    /// (`Subject: ...`, or a greeting alone such as "Hi Owen,"), which is kept.
    case startBlock(firstLine: String?)
    case command(RehearsalCommand)
    /// Nothing typed.
    case empty

    public static let blockFence = "\"\"\""

    public static func read(_ raw: String, channel: Channel) -> RehearsalInput {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.isEmpty { return .empty }
        if line == blockFence { return .startBlock(firstLine: nil) }
        if line.hasPrefix(":") { return .command(RehearsalCommand(line)) }
        if channel == .email && opensEmail(line) { return .startBlock(firstLine: raw) }
        return .reply(raw)
    }

    /// An email's first line: pressing Enter after it means "more to come", not "send".
    public static func opensEmail(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("subject:") { return true }
        // a greeting line alone: "Hi Owen,", "Dear Ms Lee,", "Hello," (short, ends with a comma)
        let greetings = ["hi", "hello", "dear", "hey", "good morning", "good afternoon", "good evening", "greetings"]
        let lower = trimmed.lowercased()
        return trimmed.hasSuffix(",") && trimmed.split(separator: " ").count <= 5
            && greetings.contains { lower == $0 + "," || lower.hasPrefix($0 + " ") }
    }

    /// A reply that ends a block: the fence.
    public static func closesBlock(_ line: String) -> Bool { line.trimmingCharacters(in: .whitespaces) == blockFence }

    /// An email of one line is almost always sent by mistake: ask before sending it.
    public static func needsConfirmation(_ reply: String, channel: Channel) -> Bool {
        channel == .email && !reply.contains("\n") && !reply.trimmingCharacters(in: .whitespaces).isEmpty
    }
}

/// The commands of a session (SPEC §4).
public enum RehearsalCommand: Equatable, Sendable {
    case help, hint, model, retry, skip, edit, transcript, quit
    /// With `--voice`: say the recruiter's last line again, or show its words.
    case repeatLine, show
    case guide(String)
    case note(String)
    case unknown(String, suggestion: String?)

    public static let names = [
        ":help", ":hint", ":model", ":retry", ":skip", ":edit", ":guide", ":note", ":transcript", ":repeat", ":show", ":quit",
    ]

    public init(_ line: String) {
        let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first ?? line, argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case ":help", ":h", ":?": self = .help
        case ":hint": self = .hint
        case ":model": self = .model
        case ":retry": self = .retry
        case ":skip": self = .skip
        case ":edit": self = .edit
        case ":guide": self = .guide(argument)
        case ":note": self = .note(argument)
        case ":transcript": self = .transcript
        case ":repeat": self = .repeatLine
        case ":show": self = .show
        case ":quit", ":q", ":exit": self = .quit
        default: self = .unknown(name, suggestion: suggestion(for: name, among: RehearsalCommand.names))
        }
    }

    /// Commands that would give the game away on a real call.
    public var coachOnly: Bool { self == .hint || self == .model || self == .retry }

    public static let helpText = """
          :hint            a tip for this turn
          :model           a model answer for this turn
          :retry           answer the last turn again (the transcript keeps both attempts)
          :skip            say nothing (counts as ghosting)
          :edit            write the reply in $VISUAL / $EDITOR
          :guide [section] the guide's advice (:guide lists the sections)
          :note TEXT       a note to yourself on this turn, kept in the transcript and shown in reviews
          :transcript      where this session is saved, and the conversation so far
          :repeat          hear the recruiter's last line again (with --voice; else shows it)
          :show            show the words of the recruiter's last line
          :quit            end the session (it is saved once you have replied)
          \"\"\"              start and end a multi-line reply (an email); in an email turn a
                           first line starting "Subject:" or a greeting line alone starts one too
        """
}
