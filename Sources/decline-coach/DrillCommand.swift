import ArgumentParser
import CEditline
import DeclineCoachKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Spaced practice: the recruiter moves due today, one turn each, on a Leitner schedule.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Practise the moves that are due today, one turn each (spaced repetition).",
        discussion: """
            Every recruiter move you have answered in a session is a card. Scoring 90 or more moves its
            card up a box; less moves it down one. Box 1 comes back the next day, then 2, 4, 8 and 16
            days. The schedule is kept in the data directory as drill.json and rebuilt from your saved
            sessions if it is lost. Each card you answer is saved as a short session of its own.

            Examples:
              decline-coach drill                 the cards due today (five at most)
              decline-coach drill --count 10
              decline-coach drill --status        the boxes, and what is due when

            DECLINE_COACH_NOW=2026-03-01T09:00:00Z sets the date the schedule is read at.
            """)

    @Option(help: "How many due cards to play (at most).")
    var count: Int = 5

    @Flag(help: "Show the boxes and what is due when, without playing.")
    var status = false

    @Option(help: "Read replies from a file, one per line ('-' for standard input) instead of the keyboard.")
    var replies: String?

    @Flag(help: "Do not save the answers (the schedule then stays as it was).")
    var noSave = false

    func validate() throws {
        if count < 1 { throw ValidationError("--count needs a number of cards above 0") }
    }

    func run() throws {
        ce_install_signal_handlers()
        ce_block_signals(1)
        let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
        ce_block_signals(0)
        let dataDir = DataDirectory.path()
        let now = Clock.now()
        let style = TextStyle.forStdout()
        let (records, _) = TranscriptReader.all(in: dataDir)
        var (schedule, rebuilt) = DrillSchedule.load(dataDir, records: records)
        if rebuilt, !schedule.cards.isEmpty {
            print(
                style.dim(
                    "The schedule (\(DrillSchedule.fileName)) was missing or unreadable: rebuilt it from \(records.count) saved session\(records.count == 1 ? "" : "s")."
                ))
        }
        if !noSave { schedule.save(dataDir) }
        if status { return showStatus(schedule, records: records, library: library, now: now, style: style) }
        guard !schedule.cards.isEmpty else {
            throw UsageFailure(
                description: "no cards yet: practise a scenario first (decline-coach practice); every move you answer becomes a card")
        }
        let playable = schedule.due(at: now).filter { library.scenario($0.scenario)?.nodes[$0.node] != nil }
        guard !playable.isEmpty else {
            let next = schedule.upcoming(at: now).first
            print(
                "Nothing is due today."
                    + (next.map { " The next card comes back on \(DrillCommand.day($0.due)): decline-coach drill --status shows them all." }
                        ?? ""))
            return
        }
        let cards = Array(playable.prefix(count))
        let interactive = replies == nil && isatty(0) == 1 && isatty(1) == 1
        let reader: LineReader
        if let replies {
            if replies == "-" {
                reader = PlainReader()
            } else {
                guard let handle = FileHandle(forReadingAtPath: replies) else {
                    throw UsageFailure(description: "cannot read the replies file (\(replies))")
                }
                reader = PlainReader(input: handle)
            }
        } else if interactive {
            try? DataDirectory.ensure(dataDir)
            reader = EditlineReader(historyPath: dataDir + "/history", saveHistory: !noSave)
        } else {
            reader = PlainReader()
        }
        print(
            style.bold("Spaced practice") + ": \(cards.count) of \(playable.count) due card\(playable.count == 1 ? "" : "s")"
                + style.dim(" (a score of \(DrillSchedule.passMark)+ moves a card up a box; boxes come back after 1, 2, 4, 8 and 16 days)"))
        let user = UserFacts(name: Profile.load(dataDir).name)
        var (up, down, failedSaves) = (0, 0, 0)
        for (index, card) in cards.enumerated() {
            guard let scenario = library.scenario(card.scenario), let node = scenario.nodes[card.node] else { continue }
            print("")
            print(style.bold("── Card \(index + 1) of \(cards.count) ") + style.dim("· box \(card.box) · last time \(card.lastScore)/100"))
            print("\(sanitizeForTerminal(scenario.title)) " + style.dim("(\(scenario.id))") + ": when \(Progress.describe(node.kind))")
            let leadUp = Progress.leadUp(to: card.node, scenario: card.scenario, records)
            if !leadUp.isEmpty {
                print(style.dim("How the conversation got there last time:"))
                for step in leadUp {
                    print(style.dim("  \(sanitizeForTerminal(scenario.facts.speaker)): “\(sanitizeForTerminal(step.recruiter))”"))
                    print(
                        style.dim(
                            "  you: "
                                + (step.reply.isEmpty
                                    ? "(silence)" : sanitizeForTerminal(step.reply.replacingOccurrences(of: "\n", with: " ")))))
                }
            }
            var writer: TranscriptWriter? = nil
            if !noSave { writer = try? TranscriptWriter(directory: dataDir, scenario: scenario.id, started: now) }
            let rehearsal = Rehearsal(
                scenario: scenario, seed: UInt64(now.timeIntervalSince1970) &+ UInt64(index), mode: .coach, user: user, start: card.node)
            let coach = CoachRun(
                rehearsal: rehearsal, timed: nil, reader: reader, writer: writer, style: style,
                json: false, echoReplies: !interactive, interactive: interactive)
            guard let score = coach.runOneTurn(started: now) else {
                print(style.dim("Drill ended."))
                break
            }
            if writer?.failure != nil { failedSaves += 1 }
            let moved = DrillSchedule.step(card, scenario: card.scenario, node: card.node, score: score, at: now)
            if score >= DrillSchedule.passMark { up += 1 } else { down += 1 }
            let movement =
                moved.box > card.box
                ? "up to box \(moved.box)" : moved.box < card.box ? "down to box \(moved.box)" : "stays in box \(moved.box)"
            print(style.dim("→ \(score)/100: \(movement), back on \(DrillCommand.day(moved.due))."))
        }
        print("")
        print("Drilled \(up + down) card\(up + down == 1 ? "" : "s"): \(up) moved up, \(down) moved down or stayed in box 1.")
        if noSave { print(style.dim("Not saved (--no-save): the schedule is as it was.")); return }
        let (latest, _) = TranscriptReader.all(in: dataDir)
        schedule.update(with: latest)
        if !schedule.save(dataDir) {
            printError("could not save \(dataDir)/\(DrillSchedule.fileName); it will be rebuilt from your sessions next time")
        }
        if failedSaves > 0 {
            printError("\(failedSaves) answer\(failedSaves == 1 ? " was" : "s were") not saved in full"); throw ExitCode(1)
        }
    }

    private func showStatus(_ schedule: DrillSchedule, records: [TranscriptRecord], library: ScenarioLibrary, now: Date, style: TextStyle) {
        guard !schedule.cards.isEmpty else {
            print("No cards yet: every move you answer in a session becomes one. Start with: decline-coach practice")
            return
        }
        let sessions = Set(records.map(\.id)).intersection(schedule.included).count
        print(
            style.bold("Spaced practice")
                + ": \(schedule.cards.count) card\(schedule.cards.count == 1 ? "" : "s") from \(sessions) session\(sessions == 1 ? "" : "s"), as of \(DrillCommand.day(now))"
        )
        for (index, days) in DrillSchedule.intervals.enumerated() {
            let n = schedule.cards.values.filter { $0.box == index + 1 }.count
            let every = days == 1 ? "every day" : "every \(days) days"
            print("  box \(index + 1) (\(every))".padding(toLength: 26, withPad: " ", startingAt: 0) + "\(n) card\(n == 1 ? "" : "s")")
        }
        func line(_ card: DrillCard) -> String {
            let scenario = library.scenario(card.scenario)
            let move = scenario?.nodes[card.node].map { "when \(Progress.describe($0.kind))" } ?? "(no longer in the library)"
            return
                "  \(DrillCommand.day(card.due))  box \(card.box)  \(String(card.lastScore).leftPadded(3))/100  \(card.scenario) · \(move) "
                + style.dim("[\(card.node)]")
        }
        let due = schedule.due(at: now), later = schedule.upcoming(at: now)
        print("")
        print(due.isEmpty ? "Due now: none." : "Due now (\(due.count)): decline-coach drill")
        for card in due { print(line(card)) }
        if !later.isEmpty {
            print("Coming up:")
            for card in later { print(line(card)) }
        }
    }

    /// A day as the schedule shows it: 2026-03-04 (UTC, so it reads the same on every machine).
    static func day(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
