import ArgumentParser
import CEditline
import DeclineCoachKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension RehearsalMode: ExpressibleByArgument {}

struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Rehearse a scenario with the scripted recruiter.",
        discussion: """
            In a terminal this is an interactive session with line editing; without SCENARIO you pick one
            from a menu. Type your reply and press Enter. An email (or any multi-line reply) goes between
            two lines holding only \"\"\", or write it in your editor with :edit.

            Commands: :help :hint :model :retry :skip :edit :guide [section] :transcript :quit
            Ctrl-C clears the line; Ctrl-D or :quit ends the session (saved once you have replied).

            Examples:
              decline-coach practice                           pick from the menu
              decline-coach practice offer-accepted-call
              decline-coach practice pay-gap-call --mode call --timed 30
              decline-coach practice pay-gap-call --difficulty tough   a recruiter who pushes once more
              decline-coach practice offer-accepted-call --replies answers.txt --format json
              decline-coach practice pay-gap-call --name Ada --company Initech --contact "Bill Lumbergh"

            With --name (kept in your profile for next time), --company, --contact and --role the
            recruiter uses your real call's names.
            """)

    @Argument(help: "A scenario id (see 'decline-coach scenarios') or a scenario file.")
    var scenario: String?

    @Option(help: "Read replies from a file, one per line ('-' for standard input) instead of the keyboard.")
    var replies: String?

    @Option(help: "coach: feedback after every reply; call: no feedback until the end, like a real call.")
    var mode: RehearsalMode = .coach

    @Option(help: "Seconds allowed per reply; silence counts as ghosting.")
    var timed: Int?

    @Option(help: "Picks among the recruiter's line variants, so a session can be repeated.")
    var seed: UInt64?

    @Option(help: "How hard the recruiter pushes: gentle, standard or tough (a tough one pushes once more where the scenario allows).")
    var difficulty: Difficulty = .standard

    @Flag(help: "Do not save a transcript.")
    var noSave = false

    @Flag(help: "Speak the recruiter's lines with espeak-ng (phone scenarios); in call mode they are heard, not shown.")
    var voice = false

    @Option(help: "With --voice, also write each recruiter line as a WAV file into this directory.")
    var voiceOut: String?

    @Flag(help: "Start with the scenario and turn you have scored worst on (from your saved sessions).")
    var weak = false

    @OptionGroup var output: FormatOptions<TextOrJSON>

    @Option(help: "Your name, as the recruiter should say it (kept in your profile for later sessions).")
    var name: String?

    @Option(help: "The company of your real call, in place of the scenario's.")
    var company: String?

    @Option(help: "The person you will speak to, in place of the scenario's contact.")
    var contact: String?

    @Option(help: "The role you applied for, in place of the scenario's.")
    var role: String?

    func validate() throws {
        if let timed, timed <= 0 { throw ValidationError("--timed needs a number of seconds above 0") }
        for (option, value) in [("--name", name), ("--company", company), ("--contact", contact), ("--role", role)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty || value.count > 80 || value.contains(where: \.isNewline) {
                throw ValidationError("\(option) needs a name of 1 to 80 characters on one line")
            }
        }
    }

    func run() throws {
        ce_install_signal_handlers()
        ce_block_signals(1)
        // worker threads (loading the library uses them) start with these signals blocked
        let library = ScenarioLibrary.load(ScenarioLibrary.defaultDirectories())
        ce_block_signals(0)
        let interactive = replies == nil && isatty(0) == 1 && isatty(1) == 1
        let dataDir = DataDirectory.path()
        let style = output.format == .json ? TextStyle.plain : TextStyle.forStdout()
        var editline: EditlineReader? = nil
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
            // --no-save keeps nothing of the session: not even the line history
            let e = EditlineReader(historyPath: dataDir + "/history", saveHistory: !noSave)
            editline = e
            reader = e
        } else {
            reader = PlainReader()
        }
        editline?.completions = { typed in
            let commands = RehearsalCommand.names
            if typed.hasPrefix(":guide ") {
                let word = String(typed.dropFirst(7))
                return Guide.sections.map(\.id).filter { $0.hasPrefix(word) }.map { ":guide " + $0 }
            }
            return (commands + library.scenarios.map(\.id)).filter { $0.hasPrefix(typed) }
        }
        let chosen: Scenario
        var startNode: String? = nil
        if weak {
            let (records, _) = TranscriptReader.all(in: dataDir)
            guard let worst = Progress.weakest(records, library: library) else {
                throw UsageFailure(description: "no saved sessions yet: practise a scenario first, then --weak picks your weakest turn")
            }
            chosen = worst.scenario
            startNode = worst.node
            if output.format == .text {
                let move = worst.scenario.nodes[worst.node].map { Progress.describe($0.kind) } ?? "a move"
                print(
                    style.dim(
                        "Your weakest turn so far: when \(move), in “\(sanitizeForTerminal(worst.scenario.title))” (average \(worst.average)/100)."
                    ))
                let leadUp = Progress.leadUp(to: worst.node, scenario: worst.scenario.id, records)
                if !leadUp.isEmpty {
                    print(style.dim("How the conversation got there last time:"))
                    for step in leadUp {
                        print(style.dim("  \(sanitizeForTerminal(worst.scenario.facts.speaker)): “\(sanitizeForTerminal(step.recruiter))”"))
                        print(
                            style.dim(
                                "  you: "
                                    + (step.reply.isEmpty
                                        ? "(silence)" : sanitizeForTerminal(step.reply.replacingOccurrences(of: "\n", with: " ")))))
                    }
                }
            }
        } else if let scenario {
            chosen = try loadScenario(scenario)
        } else {
            guard interactive || replies != nil else {
                throw UsageFailure(description: "name a scenario to practise without a terminal (decline-coach scenarios lists them)")
            }
            guard let picked = Menu(library: library, style: style).pick(reader: reader, editline: editline) else { return }
            chosen = picked
        }
        let profile = Profile.load(dataDir)
        if let name, name != profile.name, !noSave { Profile(name: name).save(dataDir) }
        let user = UserFacts(name: name ?? profile.name, company: company, contact: contact, role: role)
        var writer: TranscriptWriter? = nil
        if !noSave, let problem = DataDirectory.privacyProblem(dataDir) {
            printError("your sessions are not private: \(problem)")
        }
        if !noSave {
            do { writer = try TranscriptWriter(directory: dataDir, scenario: chosen.id, started: Clock.now()) } catch {
                printError("the session will not be saved: \(error) (set DECLINE_COACH_HOME or use --no-save)")
            }
        }
        let seedValue = seed ?? UInt64(Date().timeIntervalSince1970)
        let rehearsal = Rehearsal(scenario: chosen, seed: seedValue, mode: mode, user: user, difficulty: difficulty, start: startNode)
        let coach = CoachRun(
            rehearsal: rehearsal, timed: timed, reader: reader, writer: writer, style: style,
            json: output.format == .json, echoReplies: !interactive, interactive: interactive)
        if voice || voiceOut != nil {
            if chosen.channel != .phone {
                print(style.dim("voice: an email scenario has no recruiter to hear; going on as text"))
            } else {
                coach.voice = Speaker.make(voice: rehearsal.scenario.facts.spokenVoice, outDirectory: voiceOut) { print(style.dim($0)) }
            }
        }
        coach.run(started: Clock.now())
        // the session itself went fine, but a script must be able to tell that its record did not
        if writer?.failure != nil { throw ExitCode(1) }
    }
}

/// Picks a scenario from the library, grouped by what it practises.
struct Menu {
    let library: ScenarioLibrary
    let style: TextStyle

    static func group(_ s: Scenario) -> String {
        if s.channel == .email { return "Email drafts" }
        let kinds = Set(s.kinds)
        if kinds.contains(.aggressive) { return "When they turn unprofessional" }
        if kinds.contains(.postpone) { return "Alternatives: postponing, conditions" }
        if kinds.contains(.counteroffer) { return "Counteroffers and bargaining" }
        if kinds.contains(.frustration) { return "Disappointment and frustration" }
        return "Phone calls"
    }

    func pick(reader: LineReader, editline: EditlineReader?) -> Scenario? {
        let groups = [
            "Phone calls", "Counteroffers and bargaining", "Disappointment and frustration",
            "When they turn unprofessional", "Alternatives: postponing, conditions", "Email drafts",
        ]
        var numbered: [Scenario] = []
        print(style.bold("decline-coach") + " — rehearse declining an interview. Pick a scenario by number or id (Tab completes).")
        for group in groups {
            let members = library.scenarios.filter { Menu.group($0) == group }
            guard !members.isEmpty else { continue }
            print("\n" + style.bold(group))
            for s in members {
                numbered.append(s)
                print(
                    "  \(String(numbered.count).padding(toLength: 3, withPad: " ", startingAt: 0)) \(sanitizeForTerminal(s.title)) "
                        + style.dim("(\(s.id))"))
            }
        }
        print("")
        while true {
            switch reader.read(prompt: "scenario › ", timeout: nil) {
            case .line(let raw):
                let answer = raw.trimmingCharacters(in: .whitespaces)
                if answer.isEmpty { continue }
                if answer == ":quit" || answer == "q" { return nil }
                reader.remember(answer)
                if let n = Int(answer), n >= 1, n <= numbered.count { return numbered[n - 1] }
                if let s = library.scenario(answer) { return s }
                let hint = suggestion(for: answer, among: library.scenarios.map(\.id)).map { " Did you mean \($0)?" } ?? ""
                print("No scenario '\(answer)'.\(hint) Type a number from 1 to \(numbered.count), or :quit.")
            case .interrupted, .timedOut: continue
            case .end: return nil
            }
        }
    }
}
