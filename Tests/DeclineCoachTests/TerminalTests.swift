import Foundation
import Testing

struct TmuxFailure: Error { let arguments: [String], status: Int32 }

/// Drives the coach in a real pseudo-terminal through tmux: what a person sees and types.
final class TmuxSession {
    let name = "dc-\(UUID().uuidString.prefix(8))"

    init(_ arguments: [String], environment: [String: String]) throws {
        let env = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let command =
            "exec env -u LANG -u LC_ALL \(env) TERM=xterm '\(Binary.url.path)' " + arguments.map { "'\($0)'" }.joined(separator: " ")
        _ = TmuxSession.server
        try TmuxSession.tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "40", command], mustSucceed: true)
        // keep the screen after the coach exits, to read the scorecard
        try TmuxSession.tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? TmuxSession.tmux(["kill-session", "-t", name]) }

    /// The tests' own tmux server: a private socket and no user configuration.
    static let socket = "decline-coach-tests-\(getpid())"

    /// A session that outlives every test's own: tmux exits when its last session closes, and a test
    /// starting just then would reach a dying server and see an empty screen. It ends with this process.
    static let server: Void = {
        _ = try? tmux(["new-session", "-d", "-s", "keeper", "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done"])
    }()

    /// Runs one tmux command and returns what it printed.
    ///
    /// Spawned directly rather than through `Process`: the first command forks
    /// the tmux server, which keeps every descriptor its client inherited.
    /// `Process` learns that a child exited when a socket it handed the child
    /// closes, so through `Process` that command would never seem to finish.
    @discardableResult
    static func tmux(_ arguments: [String], mustSucceed: Bool = false) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        try closeInheritedDescriptors(&actions)
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArgs, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        if mustSucceed && status != 0 { throw TmuxFailure(arguments: arguments, status: status) }
        return String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
    }

    /// Keeps the test process's other descriptors (pipes and sockets of
    /// commands other tests are running) out of the long-lived tmux server.
    /// Without this the tests would hang rather than fail, so its absence is an error.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) throws {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np"),
            unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3) == 0
        else {
            throw POSIXError(.ENOSYS)  // glibc older than 2.34
        }
    }

    func send(_ keys: String...) throws { try TmuxSession.tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) throws { try TmuxSession.tmux(["send-keys", "-t", name, "-l", text]) }
    var screen: String { (try? TmuxSession.tmux(["capture-pane", "-p", "-J", "-t", name])) ?? "" }
    /// Sends a signal to the coach; never to pid 0, which would signal the test's own process group.
    func signal(_ signal: Int32) throws {
        let pid = try #require(self.pid, "tmux did not report the coach's pid")
        try #require(pid > 1)
        kill(pid, signal)
    }
    private var pid: Int32? {
        Int32(
            (try? TmuxSession.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
                ?? "")
    }

    /// Waits until the screen shows `text` (polling, not sleeping blindly).
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The last line with text: where the cursor's prompt is.
    var promptLine: String { screen.split(separator: "\n").last.map(String.init) ?? "" }
}

@Suite("The coach in a real terminal (tmux)", .serialized)
struct TerminalTests {
    let library = ScenarioCommandTests.library

    func start(_ home: String) throws -> TmuxSession {
        let t = try TmuxSession(
            ["practice", "first-call-walkthrough", "--seed", "1"],
            environment: ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": library, "NO_COLOR": "1"])
        #expect(t.waitFor("you ›"), "no prompt: \(t.screen)")
        return t
    }

    @Test func aSessionPlaysToItsEndingAndIsSaved() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type(goodOpening); try t.send("Enter")
        #expect(t.waitFor("congratulations on the offer"))
        try t.type(goodClose); try t.send("Enter")
        // coach mode offers one more try at the last turn before the session closes
        #expect(t.waitFor(":retry to answer your last turn again, or Enter to see your scorecard."), "\(t.screen)")
        try t.send("Enter")
        // a call that ended well: the confirming email is offered, and Enter skips it
        #expect(t.waitFor("Write it now?"), "\(t.screen)")
        try t.send("Enter")
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        #expect(t.screen.contains("Ending:  graceful"))
        #expect(try transcriptLines(in: home).last?["type"] as? String == "end")
    }

    @Test func retryAtTheEndingAsksTheLastTurnAgain() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type(goodOpening); try t.send("Enter")
        #expect(t.waitFor("congratulations on the offer"))
        try t.type("bye"); try t.send("Enter")
        #expect(t.waitFor("Enter to see your scorecard."), "\(t.screen)")
        try t.type(":retry"); try t.send("Enter")
        #expect(t.waitFor("Again, from the top of that turn (attempt 2):"), "\(t.screen)")
        try t.type(goodClose); try t.send("Enter")
        #expect(t.waitFor("(attempt 1: "), "\(t.screen)")
        try t.send("Enter")
        #expect(t.waitFor("Write it now?"), "\(t.screen)")
        try t.send("Enter")
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        let retries = try transcriptLines(in: home).filter { $0["type"] as? String == "retry" }
        #expect(retries.count == 1)
    }

    @Test func upRecallsThePreviousReplyAndTabCompletesCommands() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type("Hi Tom, thanks. Something has come up."); try t.send("Enter")
        #expect(t.waitFor("Turn score"))
        try t.send("Up")
        #expect(t.waitFor("you › Hi Tom, thanks. Something has come up."), "\(t.screen)")
        try t.send("C-u")
        try t.type(":ret"); try t.send("Tab")  // ":re" could also be :repeat
        #expect(t.waitFor("you › :retry"), "\(t.screen)")
    }

    @Test func ctrlCClearsAHalfTypedLineAndUTF8SurvivesWithoutLANG() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type("half typed and abandoned")
        #expect(t.waitFor("half typed and abandoned"))
        try t.send("C-c")
        let reply = "Hi Tom, thanks — I’ve accepted an offer, so I’m withdrawing. Café chats aside, good luck!"
        try t.type(reply); try t.send("Enter")
        #expect(t.waitFor("Turn score"))
        let replies = try transcriptLines(in: home).filter { $0["type"] as? String == "reply" }
        #expect(replies.map { $0["text"] as? String } == [reply])
    }

    @Test func killNineMidSessionLeavesEveryCompleteTurnReadable() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type(goodOpening); try t.send("Enter")
        #expect(t.waitFor("congratulations on the offer"))
        try t.type("half a thought")
        try t.signal(SIGKILL)
        let events = try transcriptLines(in: home)
        #expect(events.map { $0["type"] as? String } == ["header", "recruiter", "reply", "verdict", "branch", "recruiter"])
        #expect(events[2]["text"] as? String == goodOpening)
    }

    @Test func ctrlDAfterCtrlCEndsTheSessionAndSavesIt() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type(goodOpening); try t.send("Enter")
        #expect(t.waitFor("congratulations on the offer"))
        try t.type("half typed")
        #expect(t.waitFor("half typed"))
        try t.send("C-c")
        // the cleared line gives way to a fresh prompt before Ctrl-D is pressed
        #expect(t.waitFor("you › half typed\nyou › "), "\(t.screen)")
        try t.send("C-d")
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        #expect(try transcriptLines(in: home).last?["reason"] as? String == "quit")
    }

    @Test func leavingBeforeTheFirstReplySavesNothing() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type("half typed")
        #expect(t.waitFor("half typed"))
        try t.send("C-c")
        // the cleared line gives way to a fresh prompt before Ctrl-D is pressed
        #expect(t.waitFor("you › half typed\nyou › "), "\(t.screen)")
        try t.send("C-d")
        #expect(t.waitFor("Ended before your first reply: nothing to score, and nothing saved."), "\(t.screen)")
        #expect(!t.screen.contains("Scorecard"))
        let saved = (try? FileManager.default.contentsOfDirectory(atPath: home + "/transcripts")) ?? []
        #expect(saved.isEmpty)
    }

    @Test func sigtermEndsTheSessionSavesItAndRestoresTheTerminal() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type(goodOpening); try t.send("Enter")
        #expect(t.waitFor("congratulations on the offer"))
        try t.signal(SIGTERM)
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        let events = try transcriptLines(in: home)
        #expect(events.last?["type"] as? String == "end")
        #expect(events.last?["reason"] as? String == "quit")
    }

    @Test func sighupEndsTheSessionAndSavesIt() throws {
        let home = try temporaryHome()
        let t = try start(home)
        try t.type(goodOpening); try t.send("Enter")
        #expect(t.waitFor("congratulations on the offer"))
        try t.signal(SIGHUP)
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        #expect(try transcriptLines(in: home).last?["type"] as? String == "end")
    }

    // MARK: The flow of the user's own call (fixtures in Tests/Fixtures)

    func startFixture(_ id: String, _ home: String, _ extra: [String] = []) throws -> TmuxSession {
        let t = try TmuxSession(
            ["practice", id, "--seed", "1"] + extra,
            environment: ["DECLINE_COACH_HOME": home, "DECLINE_COACH_SCENARIOS": ConversationTests.fixtures, "NO_COLOR": "1"])
        #expect(t.waitFor("you ›"), "no prompt: \(t.screen)")
        return t
    }

    @Test func anEmailStartedByItsGreetingIsWrittenLineByLine() throws {
        let home = try temporaryHome()
        let t = try startFixture("heard-email", home)
        try t.type("Hi Owen,"); try t.send("Enter")
        #expect(t.waitFor("(an email: keep typing; a line of \"\"\" sends it)"), "\(t.screen)")
        for line in ["", "Thank you. I've accepted another offer, so I'm withdrawing.", "", "Best,", "Ada"] {
            try t.type(line); try t.send("Enter")
        }
        #expect(!t.screen.contains("Turn score"), "nothing is sent before the closing line")
        try t.type("\"\"\""); try t.send("Enter")
        #expect(t.waitFor("“Thanks for letting me know, Ada. All the best.”"), "\(t.screen)")
        let reply = try #require(try transcriptLines(in: home).first { $0["type"] as? String == "reply" })
        #expect(reply["text"] as? String == "Hi Owen,\n\nThank you. I've accepted another offer, so I'm withdrawing.\n\nBest,\nAda")
    }

    @Test func aOneLineEmailAsksBeforeItIsSent() throws {
        let home = try temporaryHome()
        let t = try startFixture("heard-email", home)
        try t.type("I'm withdrawing, thanks."); try t.send("Enter")
        #expect(t.waitFor("That is a one-line email. Send it as it is? [y/N]"), "\(t.screen)")
        try t.type("n"); try t.send("Enter")
        #expect(t.waitFor("you ›"))
        #expect(!t.screen.contains("Turn score"))
        try t.type("I'm withdrawing, thanks."); try t.send("Enter")
        #expect(t.waitFor("Send it as it is?"))
        try t.type("y"); try t.send("Enter")
        #expect(t.waitFor("Turn score"), "\(t.screen)")
    }

    @Test func noSaveKeepsNothingNotEvenTheLineHistory() throws {
        let home = try temporaryHome()
        let t = try startFixture("heard-call", home, ["--no-save"])
        try t.type(ConversationTests.news); try t.send("Enter")
        #expect(t.waitFor("Turn score"))
        try t.send("C-d")
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        let saved = (try? FileManager.default.contentsOfDirectory(atPath: home)) ?? []
        #expect(!saved.contains("history") && !saved.contains("transcripts"), "\(saved)")
    }

    @Test func timedTurnsCountSilenceNotTyping() throws {
        let home = try temporaryHome()
        let t = try startFixture("heard-call", home, ["--mode", "call", "--timed", "12"])
        #expect(t.waitFor("(10 seconds of silence left; typing holds the clock)", timeout: 6), "\(t.screen)")
        try t.type("Hi Dana, thanks")
        // typing started the twelve seconds again: the warning comes back, then time runs out on what was typed
        #expect(t.waitFor("(3 seconds of silence left; typing holds the clock)", timeout: 15), "\(t.screen)")
        #expect(t.waitFor("“Oh. Can I ask what changed?”", timeout: 6), "\(t.screen)")
        let reply = try #require(try transcriptLines(in: home).first { $0["type"] as? String == "reply" })
        #expect(reply["text"] as? String == "Hi Dana, thanks")
        #expect(reply["skipped"] as? Bool == false)
    }

    @Test func rulesOnAColourTerminalKeepEveryTitleWhole() throws {
        let t = try TmuxSession(["rules"], environment: [:])
        #expect(t.waitFor("  ghosting                 error      Ghosting"), "\(t.screen)")
        #expect(!t.screen.contains("errorhosting"))
    }

    @Test func theHistoryIsNeverWrittenThroughASymlink() throws {
        let home = try temporaryHome()
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let target = home + "/precious.txt"
        try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: home + "/history", withDestinationPath: target)
        let t = try startFixture("heard-call", home)
        try t.type(ConversationTests.news); try t.send("Enter")
        #expect(t.waitFor("Turn score"))
        try t.send("C-d")
        #expect(t.waitFor("── Scorecard ──"), "\(t.screen)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        let kind = try FileManager.default.attributesOfItem(atPath: home + "/history")[.type] as? FileAttributeType
        #expect(kind == .typeRegular)
    }
}
