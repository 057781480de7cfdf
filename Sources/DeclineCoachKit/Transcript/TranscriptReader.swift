import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One attempt at a turn, as recorded.
public struct RecordedAttempt: Sendable {
    public var attempt: Int
    public var text: String
    public var seconds: Double
    public var skipped: Bool
    public var score: Int?
    public var checked: [String] = []
    public var findings: [Finding] = []
    public var branch: Int?
    public var next: String?
}

/// One turn: what the recruiter said and every attempt at answering.
public struct RecordedTurn: Sendable {
    public var turn: Int
    public var node: String
    public var kind: TurnKind?
    public var recruiterLine: String
    public var attempts: [RecordedAttempt] = []
    /// The user's notes on this turn (`:note`).
    public var notes: [String] = []
    /// The attempt that counts (the last).
    public var final: RecordedAttempt? { attempts.last }
}

/// A saved session read back from its JSON Lines file.
public struct TranscriptRecord: Sendable {
    public var id: String
    public var path: String
    public var scenario: String
    public var title: String
    public var digest: String
    public var seed: UInt64
    public var mode: String
    /// How hard the recruiter pushed (standard in transcripts from before difficulty existed).
    public var difficulty: Difficulty = .standard
    public var started: Date
    public var tool: String
    public var turns: [RecordedTurn] = []
    /// The closing words of the ending node, if the session reached one.
    public var closingLine: String?
    public var ending: Ending?
    public var endReason: String?
    /// Lines that could not be read (a truncated last line, a corrupt line), with why.
    public var problems: [String] = []

    /// The scenario file the session was played from.
    public var scenarioFile: String?
    /// The facts the user rehearsed with, when they gave their own.
    public var user = UserFacts()
    /// The briefing the user read, and the situation's facts (company, role, contact, reason), as recorded.
    public var briefing: String?
    public var facts: [(key: String, value: String)] = []

    public var finished: Bool { endReason != nil }

    /// "call mode", or "call mode · tough recruiter" when not played at standard.
    public var modeLabel: String { "\(mode) mode" + (difficulty == .standard ? "" : " · \(difficulty.rawValue) recruiter") }

    /// The final attempt at each turn, as the scorecard reads them. `scenario` (when still in the
    /// library) says which traps each move was built to tempt.
    public func scoredTurns(scenario: Scenario?) -> [ScoredTurn] {
        turns.compactMap { t in
            guard let a = t.final, let score = a.score else { return nil }
            return ScoredTurn(
                node: t.node, kind: t.kind, score: score, checked: a.checked, failed: a.findings.map(\.rule),
                skipped: a.skipped, tempting: scenario?.tempting(at: t.node) ?? [])
        }
    }

    /// The same scorecard the live session ended with, counted the same way.
    public func scorecard(scenario: Scenario?) -> Scorecard { Scorecard(turns: scoredTurns(scenario: scenario), ending: ending) }

    /// The session's score, counted as the scorecard counts it (capped by the ending).
    public var effectiveScore: Int { scorecard(scenario: nil).score }
}

/// Reads transcripts, tolerating damage: a truncated or corrupt line is
/// reported and skipped, never fatal; an unknown format version is refused.
public enum TranscriptReader {
    public static func read(path: String) throws -> TranscriptRecord {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TranscriptError("cannot read \(path)")
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse([UInt8](data), id: id, path: path)
    }

    public static func parse(_ bytes: [UInt8], id: String, path: String) throws -> TranscriptRecord {
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        let endsWithNewline = bytes.last == 10
        if endsWithNewline { lines.removeLast() }
        var record: TranscriptRecord? = nil
        var problems: [String] = []
        var turnIndex: [Int: Int] = [:]  // turn number -> index in turns
        for (n, line) in lines.enumerated() {
            let isLast = n == lines.count - 1
            guard !line.isEmpty else { continue }
            guard var object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                let type = object["type"] as? String
            else {
                problems.append(
                    isLast && !endsWithNewline
                        ? "line \(n + 1) is cut off (the session was interrupted while writing it); skipped"
                        : "line \(n + 1) is not a transcript event; skipped")
                continue
            }
            if type == "header" {
                // a second header (two files run together, or a damaged one): the first one stands
                if record != nil { problems.append("line \(n + 1) is a second header; skipped"); continue }
                let format = object["format"] as? Int ?? 0
                guard format == TranscriptEvent.formatVersion else {
                    throw TranscriptError(
                        "\(path) has transcript format \(format); this decline-coach reads format \(TranscriptEvent.formatVersion) (update decline-coach)"
                    )
                }
                let started = (object["started"] as? String).flatMap(TranscriptReader.parseDate) ?? Date(timeIntervalSince1970: 0)
                record = TranscriptRecord(
                    id: id, path: path, scenario: object["scenario"] as? String ?? "?",
                    title: object["title"] as? String ?? "", digest: object["digest"] as? String ?? "",
                    seed: UInt64(object["seed"] as? String ?? "") ?? 0, mode: object["mode"] as? String ?? "coach",
                    started: started, tool: object["tool"] as? String ?? "")
                record!.scenarioFile = object["file"] as? String
                record!.difficulty = (object["difficulty"] as? String).flatMap(Difficulty.init(rawValue:)) ?? .standard
                record!.briefing = object["briefing"] as? String
                if let facts = object["facts"] as? [String: Any] {
                    record!.facts = ["company", "role", "contact", "reason"].compactMap { key in (facts[key] as? String).map { (key, $0) } }
                }
                if let user = object["user"] as? [String: Any] {
                    record!.user = UserFacts(
                        name: user["name"] as? String, company: user["company"] as? String,
                        contact: user["contact"] as? String, role: user["role"] as? String)
                }
                continue
            }
            guard record != nil else {
                throw TranscriptError("\(path) does not start with a transcript header (not a decline-coach transcript)")
            }
            // numbers outside what decline-coach writes are damage: the line is skipped, never trusted
            guard let turn = TranscriptReader.number(object["turn"], in: 0...1_000_000) ?? (object["turn"] == nil ? 0 : nil) else {
                problems.append("line \(n + 1) has an impossible turn number; skipped")
                continue
            }
            if let a = object["attempt"], TranscriptReader.number(a, in: 1...100_000) == nil {
                problems.append("line \(n + 1) has an impossible attempt number; skipped")
                continue
            }
            if let s = object["score"], TranscriptReader.number(s, in: 0...100) == nil {
                problems.append("line \(n + 1) has a score outside 0–100; skipped")
                continue
            }
            if let b = object["branch"], TranscriptReader.number(b, in: 0...100_000) == nil {
                problems.append("line \(n + 1) has an impossible branch number; skipped")
                continue
            }
            if let findings = object["findings"] as? [[String: Any]], !findings.allSatisfy(TranscriptReader.positionsMakeSense) {
                problems.append("line \(n + 1): a finding's position is impossible; its marks are not shown")
                object["findings"] = findings.map(TranscriptReader.withoutBadPositions)
            }
            let node = object["node"] as? String ?? ""
            switch type {
            case "recruiter":
                if let kind = object["kind"] as? String {
                    if turnIndex[turn] == nil || record!.turns[turnIndex[turn]!].node != node {
                        turnIndex[turn] = record!.turns.count
                        record!.turns.append(
                            RecordedTurn(
                                turn: turn, node: node, kind: TurnKind(rawValue: kind),
                                recruiterLine: object["line"] as? String ?? ""))
                    }
                } else {
                    record!.closingLine = object["line"] as? String
                }
            case "reply":
                guard let k = turnIndex[turn] else { continue }
                record!.turns[k].attempts.append(
                    RecordedAttempt(
                        attempt: object["attempt"] as? Int ?? 1, text: object["text"] as? String ?? "",
                        seconds: Double(object["seconds"] as? String ?? "") ?? 0, skipped: object["skipped"] as? Bool ?? false))
            case "verdict":
                guard let k = turnIndex[turn], !record!.turns[k].attempts.isEmpty else { continue }
                let last = record!.turns[k].attempts.count - 1
                record!.turns[k].attempts[last].score = object["score"] as? Int
                record!.turns[k].attempts[last].checked = object["checked"] as? [String] ?? []
                record!.turns[k].attempts[last].findings = (object["findings"] as? [[String: Any]] ?? []).map(finding)
            case "branch":
                guard let k = turnIndex[turn], !record!.turns[k].attempts.isEmpty else { continue }
                let last = record!.turns[k].attempts.count - 1
                record!.turns[k].attempts[last].branch = object["branch"] as? Int
                record!.turns[k].attempts[last].next = object["next"] as? String
            case "retry":
                continue
            case "note":
                guard let k = turnIndex[turn], let text = object["text"] as? String else { continue }
                record!.turns[k].notes.append(text)
            case "end":
                record!.ending = (object["ending"] as? String).flatMap(Ending.init(rawValue:))
                record!.endReason = object["reason"] as? String ?? "ending"
            default:
                problems.append("line \(n + 1) has an unknown event type '\(type)'; skipped")
            }
        }
        guard var result = record else { throw TranscriptError("\(path) is empty or has no header (not a decline-coach transcript)") }
        // a turn left by :retry before it was answered is not part of the conversation
        result.turns = result.turns.enumerated().filter { !$0.element.attempts.isEmpty || $0.offset == result.turns.count - 1 }.map(
            \.element)
        if result.finished, result.turns.last?.attempts.isEmpty == true { result.turns.removeLast() }
        result.problems = problems
        return result
    }

    /// Parses the header's `2026-11-28T12:00:00Z` without a formatter (10,000 files in a listing).
    static func parseDate(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58 else { return nil }
        func number(_ r: Range<Int>) -> Int32? {
            var n: Int32 = 0
            for k in r { guard b[k] >= 48 && b[k] <= 57 else { return nil }; n = n * 10 + Int32(b[k] - 48) }
            return n
        }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10),
            let h = number(11..<13), let mi = number(14..<16), let sec = number(17..<19)
        else { return nil }
        var t = tm()
        t.tm_year = y - 1900; t.tm_mon = mo - 1; t.tm_mday = d; t.tm_hour = h; t.tm_min = mi; t.tm_sec = sec
        return Date(timeIntervalSince1970: TimeInterval(timegm(&t)))
    }

    /// An integer JSON value inside `range` (nil for anything else: a string, a fraction, Int.min).
    static func number(_ value: Any?, in range: ClosedRange<Int>) -> Int? {
        let n: Int?
        switch value {
        case let v as Int: n = v
        case let v as Double: n = v.isFinite && v == v.rounded() && abs(v) < 1e15 ? Int(v) : nil
        case let v as NSNumber: n = v.doubleValue == v.doubleValue.rounded() && abs(v.doubleValue) < 1e15 ? v.intValue : nil
        default: n = nil
        }
        guard let n, range.contains(n) else { return nil }
        return n
    }

    static let positionKeys = ["line", "column", "endLine", "endColumn"]

    /// Lines and columns count from 1, and a finding ends where it starts or later.
    static func positionsMakeSense(_ o: [String: Any]) -> Bool {
        for key in positionKeys where o[key] != nil && !(o[key] is NSNull) {
            guard number(o[key], in: 1...100_000_000) != nil else { return false }
        }
        if let line = o["line"] as? Int, let end = o["endLine"] as? Int, end < line { return false }
        return true
    }

    static func withoutBadPositions(_ o: [String: Any]) -> [String: Any] {
        guard !positionsMakeSense(o) else { return o }
        var copy = o
        for key in positionKeys { copy[key] = nil }
        return copy
    }

    static func finding(_ o: [String: Any]) -> Finding {
        var f = Finding(
            rule: o["rule"] as? String ?? "", level: Level(rawValue: o["level"] as? String ?? "") ?? .suggestion,
            message: o["message"] as? String ?? "", hint: o["hint"] as? String ?? "", section: o["section"] as? String ?? "")
        f.line = o["line"] as? Int; f.column = o["column"] as? Int
        f.endLine = o["endLine"] as? Int; f.endColumn = o["endColumn"] as? Int
        f.excerpt = o["excerpt"] as? String
        return f
    }

    /// Every transcript in the data directory, newest first. Files that cannot
    /// be read are listed in `skipped` with why; they never stop the others.
    public static func all(in dataDirectory: String) -> (records: [TranscriptRecord], skipped: [String]) {
        let dir = dataDirectory + "/transcripts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        let slots = UnsafeMutableBufferPointer<Result<TranscriptRecord, TranscriptError>?>.allocate(capacity: names.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let out = slots
        DispatchQueue.concurrentPerform(iterations: names.count) { k in
            do { out[k] = .success(try read(path: dir + "/" + names[k])) } catch let e as TranscriptError { out[k] = .failure(e) } catch {
                out[k] = .failure(TranscriptError("\(names[k]): \(error)"))
            }
        }
        var records: [TranscriptRecord] = [], skipped: [String] = []
        for k in 0..<names.count {
            switch slots[k]! {
            case .success(let r): records.append(r)
            case .failure(let e): skipped.append(e.description)
            }
        }
        records.sort { ($0.started, $0.id) > ($1.started, $1.id) }
        return (records, skipped)
    }
}
