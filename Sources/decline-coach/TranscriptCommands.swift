import ArgumentParser
import DeclineCoachKit
import Foundation

/// Loads every saved session; damaged files are reported on stderr, never fatal.
func loadTranscripts() -> [TranscriptRecord] {
    let (records, skipped) = TranscriptReader.all(in: DataDirectory.path())
    for s in skipped { printError("skipped a transcript: \(s)") }
    return records
}

func findTranscript(_ reference: String, in records: [TranscriptRecord]) throws -> TranscriptRecord {
    if reference == "last" {
        guard let newest = records.first else {
            throw UsageFailure(description: "no saved sessions yet (\(DataDirectory.path())/transcripts)")
        }
        return newest
    }
    if reference.hasSuffix(".jsonl") {
        do { return try TranscriptReader.read(path: reference) } catch { throw UsageFailure(description: "\(error)") }
    }
    if let exact = records.first(where: { $0.id == reference }) { return exact }
    let matches = records.filter { $0.id.hasPrefix(reference) || $0.id.contains(reference) }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
        throw UsageFailure(description: "'\(reference)' matches \(matches.count) sessions; give more of the id (decline-coach transcripts)")
    }
    throw UsageFailure(description: "no saved session '\(reference)' (decline-coach transcripts lists them)")
}

struct TranscriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcripts",
        abstract: "List saved sessions, newest first.",
        discussion: """
            Examples:
              decline-coach transcripts
              decline-coach transcripts --format json
            """)

    @OptionGroup var output: FormatOptions<TextOrJSON>

    func run() throws {
        let records = loadTranscripts()
        switch output.format {
        case .json:
            let dates = ISO8601DateFormatter()
            print(
                JSON.object([
                    ("version", .int(1)),
                    (
                        "transcripts",
                        .array(
                            records.map { r in
                                .object([
                                    ("id", .string(r.id)), ("started", .string(dates.string(from: r.started))),
                                    ("scenario", .string(r.scenario)), ("mode", .string(r.mode)),
                                    ("ending", r.ending.map { .string($0.rawValue) } ?? .null), ("score", .int(r.effectiveScore)),
                                    ("turns", .int(r.turns.count)), ("finished", .bool(r.finished)),
                                ])
                            })
                    ),
                ]).text)
        default:
            let style = TextStyle.forStdout()
            if records.isEmpty { print("No saved sessions yet. Practise one: decline-coach practice"); return }
            // the id column fits the longest id, so every id can be copied whole
            let idWidth = max(2, records.map { sanitizeForTerminal($0.id).count }.max() ?? 0) + 2
            print(style.dim("id".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "mode   ending          score  turns"))
            for r in records {
                let ending = r.ending?.rawValue ?? (r.finished ? "quit early" : "interrupted")
                print(
                    "\(sanitizeForTerminal(r.id).padding(toLength: idWidth, withPad: " ", startingAt: 0))\(r.mode.padding(toLength: 7, withPad: " ", startingAt: 0))\(ending.padding(toLength: 16, withPad: " ", startingAt: 0))\(String(r.effectiveScore).padding(toLength: 7, withPad: " ", startingAt: 0))\(r.turns.count)"
                )
            }
        }
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Read a saved session turn by turn, with its findings and scorecard.",
        discussion: """
            Examples:
              decline-coach review                       the last session, in the terminal
              decline-coach review last --format html > session.html     a page to send your coach
              decline-coach review 20261128-141200-pay-gap-call --format markdown
            """)

    @Argument(help: "A session id from 'decline-coach transcripts' (or part of one), 'last', or a .jsonl file.")
    var id: String = "last"

    @OptionGroup var output: FormatOptions<SessionReport>

    func run() throws {
        let records = loadTranscripts()
        let record = try findTranscript(id, in: records)
        let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
        let scenario = library.scenario(of: record)?.personalised(record.user)
        let who = scenario?.facts.speaker ?? "Recruiter"
        // the same scorecard the session ended with, counted the same way
        let card = record.scorecard(scenario: scenario)
        let style = output.format == .text ? TextStyle.forStdout() : .plain
        print(SessionReport(record: record, speaker: who, card: card).report(as: output.format, style: style) ?? "")
    }
}

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Run a saved session's replies through today's scenario and rules, and show what changed.",
        discussion: """
            Examples:
              decline-coach replay last
              decline-coach replay 20261128-141200-pay-gap-call
            """)

    @Argument(help: "A session id, 'last', or a .jsonl file.")
    var id: String = "last"

    func run() throws {
        let record = try findTranscript(id, in: loadTranscripts())
        let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
        let style = TextStyle.forStdout()
        guard let scenario = library.scenario(of: record) else {
            print(
                "The scenario '\(sanitizeForTerminal(record.scenario))' is no longer in the library"
                    + (record.scenarioFile.map { " or at \(sanitizeForTerminal($0))" } ?? "") + ", so this session cannot be replayed.")
            throw ExitCode(1)
        }
        let report = Replay.run(record, with: scenario)
        print(style.bold("Replaying \(sanitizeForTerminal(record.id))") + style.dim("  against today's rules and scenario"))
        if report.scenarioChanged {
            print(style.yellow("The scenario has changed since this session (content digest differs): branches may go elsewhere."))
        }
        for t in report.turns {
            let old = t.oldScore.map(String.init) ?? "–"
            let delta = t.oldScore.map { t.newScore - $0 } ?? 0
            print("")
            print(
                "Turn \(t.turn) (\(sanitizeForTerminal(t.node))): score \(old) -> \(t.newScore)"
                    + (delta == 0 ? style.dim(" (same)") : " (\(delta > 0 ? "+" : "")\(delta))"))
            let gone = t.oldRules.filter { !t.newRules.contains($0) }.map(sanitizeForTerminal),
                new = t.newRules.filter { !t.oldRules.contains($0) }
            if !gone.isEmpty { print("  " + style.green("no longer reported: ") + gone.joined(separator: ", ")) }
            if !new.isEmpty { print("  " + style.red("now reported: ") + new.joined(separator: ", ")) }
            if gone.isEmpty && new.isEmpty {
                print(style.dim("  same findings" + (t.newRules.isEmpty ? " (none)" : ": " + t.newRules.joined(separator: ", "))))
            }
            if t.diverged {
                print("  " + style.yellow("branches differently: then → \(sanitizeForTerminal(t.oldNext ?? "?")), now → \(t.newNext)"))
            }
        }
        if let why = report.stoppedBecause { print(""); print(style.yellow("Stopped: ") + sanitizeForTerminal(why)) }
        print("")
        print("Ending: then \(report.oldEnding?.rawValue ?? "not reached"), now \(report.newEnding?.rawValue ?? "not reached")")
    }
}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Your scores over time, the recruiter moves you have faced, and what you miss most.",
        discussion: """
            Examples:
              decline-coach progress
              decline-coach progress pay-gap-call
            """)

    @Argument(help: "Only this scenario.")
    var scenario: String?

    func run() throws {
        var records = loadTranscripts()
        if let scenario { records = records.filter { $0.scenario == scenario } }
        let style = TextStyle.forStdout()
        guard !records.isEmpty else {
            print("No saved sessions\(scenario.map { " of \($0)" } ?? "") yet. Practise one: decline-coach practice"); return
        }
        let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
        let rows = Progress.perScenario(records, library: library)
        let width = rows.map(\.scenario.count).max() ?? 10
        print(
            style.dim(
                "scenario".padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + "tries  best  last  scores over time        moves faced"))
        for p in rows {
            print(
                p.scenario.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + String(p.scores.count).padding(toLength: 7, withPad: " ", startingAt: 0)
                    + String(p.best).padding(toLength: 6, withPad: " ", startingAt: 0)
                    + String(p.last).padding(toLength: 6, withPad: " ", startingAt: 0)
                    + String(p.sparkline.suffix(20)).padding(toLength: 24, withPad: " ", startingAt: 0)
                    + "faced \(p.faced) of \(p.moves)")
        }
        let missed = Progress.missedRules(records, limit: 5)
        if !missed.isEmpty {
            print("")
            print(style.bold("Missed most often") + style.dim("  (errors first, then warnings, then suggestions)"))
            for item in missed {
                let rule = item.description
                print(
                    "  " + style.level(rule.level) + " " + style.bold(rule.title) + " (\(item.times)×): " + rule.hint
                        + style.dim("  Guide › \(rule.guideSections.first?.heading ?? "")"))
            }
        }
        if let worst = Progress.weakest(records, library: library) {
            let move = worst.scenario.nodes[worst.node].map { Progress.describe($0.kind) } ?? "a move"
            print("")
            print(
                "Weakest moment: when \(move), in “\(sanitizeForTerminal(worst.scenario.title))” (average \(worst.average)/100). Practise it: decline-coach practice --weak"
            )
        }
    }
}

struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Your script for the real call: your best reply to each recruiter move, or the model answer.",
        discussion: """
            For each move of the scenario, the best reply you have given so far (scored \(Script.keepScore) or more with no
            error), or else the scenario's model answer, marked as such.

            Examples:
              decline-coach script                          the scenario of your last session
              decline-coach script pay-gap-call
              decline-coach script last --format html > call.html     one page to keep beside the phone
            """)

    @Argument(help: "A scenario id or file, a session id, or 'last' (the scenario of your last session).")
    var target: String = "last"

    @OptionGroup var output: FormatOptions<ScriptFormats>

    func run() throws {
        let records = loadTranscripts()
        let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
        let scenario: Scenario
        if target != "last", let s = library.scenario(target) {
            scenario = s
        } else if target.hasSuffix(".yaml") || target.hasSuffix(".yml") {
            scenario = try loadScenario(target)
        } else {
            let record = try findTranscript(target, in: records)
            guard let s = library.scenario(of: record) else {
                throw UsageFailure(description: "the scenario '\(record.scenario)' of that session is no longer in the library")
            }
            scenario = s
        }
        let profile = Profile.load(DataDirectory.path())
        let script = Script(scenario: scenario.personalised(UserFacts(name: profile.name)), records: records)
        switch output.format {
        case .markdown: print(script.markdown)
        case .html: print(script.html)
        default: print(text(script))
        }
    }

    func text(_ script: Script) -> String {
        let style = TextStyle.forStdout()
        let speaker = sanitizeForTerminal(script.scenario.facts.speaker)
        var out = [
            style.bold("Your script: " + sanitizeForTerminal(script.scenario.title)),
            style.dim("\(script.yours) of \(script.moves.count) moves in your own words"),
        ]
        for move in script.moves {
            out.append("")
            out.append(style.bold("When \(Progress.describe(move.kind))"))
            out.append("  \(speaker): “\(sanitizeForTerminal(move.recruiter))”")
            let label: String
            switch move.source {
            case .yours: label = style.green(Script.label(move.source))
            case .model: label = style.yellow(Script.label(move.source))
            case .none: label = style.red(Script.label(move.source))
            }
            out.append("  " + label)
            for line in (move.reply ?? "").split(separator: "\n", omittingEmptySubsequences: false) where move.reply != nil {
                out.append("    " + sanitizeForTerminal(String(line)))
            }
        }
        return out.joined(separator: "\n")
    }
}
