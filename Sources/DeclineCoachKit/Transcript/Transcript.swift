import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where decline-coach keeps its data: `$DECLINE_COACH_HOME`, else
/// `$XDG_DATA_HOME/decline-coach`, else `~/.local/share/decline-coach`.
public enum DataDirectory {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["DECLINE_COACH_HOME"], !home.isEmpty { return home }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/decline-coach" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/decline-coach"
    }

    /// Why `dir` is not private to the user (others may read or write transcripts that can hold
    /// medical or family details), or nil when it is private or does not exist.
    public static func privacyProblem(_ dir: String) -> String? {
        var info = stat()
        guard lstat(dir, &info) == 0 else { return nil }
        if (info.st_mode & S_IFMT) == S_IFLNK { return "\(dir) is a symbolic link; use a real directory of your own" }
        if info.st_uid != getuid() { return "\(dir) belongs to another user" }
        if info.st_mode & 0o077 != 0 {
            return "\(dir) can be read or written by others (mode \(String(info.st_mode & 0o777, radix: 8))); chmod 700 it"
        }
        return nil
    }

    /// Creates `dir` (and parents) with mode 0700 if missing; throws a message that says what failed.
    public static func ensure(_ dir: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw TranscriptError("\(dir) exists but is not a directory") }
            guard access(dir, W_OK) == 0 else { throw TranscriptError("\(dir) is not writable") }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: dir, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw TranscriptError("cannot create \(dir): \(String(cString: strerror(errno)))")
        }
    }
}

public struct TranscriptError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// One line of a transcript (SPEC §6). Events are only ever appended.
public enum TranscriptEvent: Sendable {
    /// `user`: the facts the user rehearsed with (`practice --name ...`), recorded so a review
    /// shows whose call it was.
    case header(scenario: Scenario, seed: UInt64, mode: String, started: Date, user: UserFacts, difficulty: Difficulty = .standard)
    case recruiter(turn: Int, node: String, kind: TurnKind?, line: String)
    case reply(turn: Int, node: String, attempt: Int, text: String, seconds: Double, skipped: Bool)
    case verdict(turn: Int, node: String, attempt: Int, result: LintResult)
    case branch(turn: Int, node: String, branch: Int, next: String)
    case retry(turn: Int, node: String)
    case end(scorecard: Scorecard, reason: String)
    /// The user's own reflection on a turn (`:note TEXT`), shown beside it in a review.
    case note(turn: Int, text: String)

    public static let formatVersion = 1

    public var json: JSON {
        switch self {
        case .header(let s, let seed, let mode, let started, let user, let difficulty):
            var fields: [(String, JSON)] = [
                ("type", .string("header")), ("format", .int(TranscriptEvent.formatVersion)),
                ("tool", .string("decline-coach \(version)")), ("scenario", .string(s.id)), ("title", .string(s.title)),
                ("digest", .string(s.digest)), ("seed", .string(String(seed))), ("mode", .string(mode)),
                ("difficulty", .string(difficulty.rawValue)),
                ("started", .string(ISO8601DateFormatter().string(from: started))),
                // where the scenario came from, so replay finds a scenario outside the library
                ("file", .string(URL(fileURLWithPath: s.path).standardizedFileURL.path)),
                // the situation as the user read it, so a coach reading the review has it beside the replies
                ("briefing", .string(s.filledBriefing.trimmingCharacters(in: .whitespacesAndNewlines))),
            ]
            let situation = [
                ("company", s.facts.company), ("role", s.facts.role), ("contact", s.facts.speaker), ("reason", s.facts.reason?.rawValue),
            ]
            .compactMap { key, value in value.map { (key, JSON.string($0)) } }
            fields.append(("facts", .object(situation)))
            let facts = [("name", user.name), ("company", user.company), ("contact", user.contact), ("role", user.role)]
                .compactMap { key, value in value.map { (key, JSON.string($0)) } }
            if !facts.isEmpty { fields.append(("user", .object(facts))) }
            return .object(fields)
        case .note(let turn, let text):
            return .object([("type", .string("note")), ("turn", .int(turn)), ("text", .string(text))])
        case .recruiter(let turn, let node, let kind, let line):
            return .object([
                ("type", .string("recruiter")), ("turn", .int(turn)), ("node", .string(node)),
                ("kind", kind.map { .string($0.rawValue) } ?? .null), ("line", .string(line)),
            ])
        case .reply(let turn, let node, let attempt, let text, let seconds, let skipped):
            return .object([
                ("type", .string("reply")), ("turn", .int(turn)), ("node", .string(node)), ("attempt", .int(attempt)),
                ("text", .string(text)), ("seconds", .string(String(format: "%.1f", seconds))), ("skipped", .bool(skipped)),
            ])
        case .verdict(let turn, let node, let attempt, let r):
            return .object([
                ("type", .string("verdict")), ("turn", .int(turn)), ("node", .string(node)), ("attempt", .int(attempt)),
                ("score", .int(r.score)), ("checked", .array(r.checked.map { .string($0) })),
                ("findings", .array(r.findings.map { TranscriptEvent.findingJSON($0) })),
            ])
        case .branch(let turn, let node, let branch, let next):
            return .object([
                ("type", .string("branch")), ("turn", .int(turn)), ("node", .string(node)),
                ("branch", .int(branch)), ("next", .string(next)),
            ])
        case .retry(let turn, let node):
            return .object([("type", .string("retry")), ("turn", .int(turn)), ("node", .string(node))])
        case .end(let card, let reason):
            return .object([
                ("type", .string("end")), ("ending", card.ending.map { .string($0.rawValue) } ?? .null),
                ("score", .int(card.score)), ("turns", .int(card.turns)), ("reason", .string(reason)),
                ("scorecard", card.json),
            ])
        }
    }

    /// A finding as JSON: the SPEC §3 keys, and in transcripts also the offending words.
    public static func findingJSON(_ f: Finding, excerpt: Bool = true) -> JSON {
        var pairs: [(String, JSON)] = [
            ("rule", .string(f.rule)), ("level", .string(f.level.rawValue)), ("message", .string(f.message)),
            ("hint", .string(f.hint)), ("section", .string(f.section)),
            ("line", JSON.optional(f.line)), ("column", JSON.optional(f.column)),
            ("endLine", JSON.optional(f.endLine)), ("endColumn", JSON.optional(f.endColumn)),
        ]
        if excerpt { pairs.append(("excerpt", f.excerpt.map { .string($0) } ?? .null)) }
        return .object(pairs)
    }
}

/// Appends transcript events to a JSON Lines file as they happen: one write
/// per line, no buffering, so a killed process loses at most the turn in progress.
/// Writes one session's transcript. The file is created with the first reply: a session the
/// user left before saying anything is never saved. From then on each event is written and
/// flushed as it happens, so a killed process loses at most the turn in progress.
public final class TranscriptWriter {
    public private(set) var path: String
    public private(set) var id: String
    private let directory: String
    private let stem: String
    private var fd: Int32 = -1
    private var pending: [TranscriptEvent] = []
    /// Why the file could not be created, once that has happened (the session goes on unsaved).
    public private(set) var failure: String?
    public var isCreated: Bool { fd >= 0 }

    /// Chooses `<data dir>/transcripts/<date>-<time>-<scenario>.jsonl` (mode 0600), creating the directories.
    public init(directory: String, scenario: String, started: Date = Date()) throws {
        let dir = directory + "/transcripts"
        try DataDirectory.ensure(directory)
        try DataDirectory.ensure(dir)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        stem = "\(formatter.string(from: started))-\(scenario)"
        self.directory = dir
        id = stem
        path = "\(dir)/\(stem).jsonl"
    }

    /// Creates the file under the first free name: O_EXCL makes taking a name atomic, so sessions
    /// started in the same second each get their own "-2", "-3", ... instead of racing for one.
    private func create() -> Int32 {
        for n in 1...10_000 {
            let candidate = n == 1 ? stem : "\(stem)-\(n)"
            let fd = open("\(directory)/\(candidate).jsonl", O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o600)
            if fd >= 0 { id = candidate; path = "\(directory)/\(candidate).jsonl"; return fd }
            if errno != EEXIST { break }
        }
        return -1
    }

    deinit { if fd >= 0 { close(fd) } }

    public func append(_ event: TranscriptEvent) {
        guard failure == nil else { return }
        if fd < 0 {
            if case .reply = event {} else { pending.append(event); return }
            fd = create()
            guard fd >= 0 else { failure = "cannot create \(path): \(String(cString: strerror(errno)))"; return }
            for earlier in pending { write(earlier) }
            pending = []
        }
        write(event)
    }

    /// Bytes of whole lines written so far: a line cut short by a full disk is taken back to here.
    private var committed = 0

    private func write(_ event: TranscriptEvent) {
        guard failure == nil else { return }
        var bytes: [UInt8] = []
        event.json.write(into: &bytes)
        bytes.append(10)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    // a full disk, say: reported at once, and the session says at the end what was lost
                    failure =
                        "writing \(path) failed (\(String(cString: strerror(errno)))): this turn and the rest of the session are not saved"
                    // leave only whole lines, so every reader sees the turns that were saved and no torn line
                    if offset > 0 { _ = ftruncate(fd, off_t(committed)) }
                    return
                }
                offset += n
            }
            committed += raw.count
        }
    }
}
