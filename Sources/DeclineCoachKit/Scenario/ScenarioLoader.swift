import Foundation
import Yams

/// Reads a scenario file into a `Scenario`, collecting every problem it finds
/// (with line and column) rather than stopping at the first.
public struct ScenarioLoader {
    public static let maximumSize = 1_000_000

    static let topKeys = ["id", "title", "channel", "stage", "facts", "briefing", "start", "nodes", "examples"]
    static let factKeys = ["company", "role", "contact", "contact_role", "reason", "future_interest", "voice"]
    static let voiceKeys = ["variant", "speed", "pitch"]
    static let nodeKeys = ["recruiter", "kind", "expect", "skip", "hint", "model", "branches", "end"]
    static let branchKeys = ["if", "goto", "sample"]
    static let conditionKeys = ["fails", "passes", "said", "named", "difficulty", "all", "any"]
    static let heardLineKeys = ["if", "say"]
    static let exampleKeys = ["name", "replies", "ending", "difficulty"]

    private let file: String
    private var diagnostics: [Diagnostic] = []

    private init(file: String) { self.file = file }

    /// Loads scenario text. The scenario is nil when the file cannot be read as one at all.
    public static func load(bytes: [UInt8], file: String) -> (Scenario?, [Diagnostic]) {
        var loader = ScenarioLoader(file: file)
        let scenario = loader.load(bytes)
        return (scenario, loader.diagnostics)
    }

    public static func load(path: String) -> (Scenario?, [Diagnostic]) {
        var isDirectory: ObjCBool = false
        // the size is known before reading: a huge (or sparse) file is refused without loading it
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > maximumSize {
            return (
                nil,
                [
                    Diagnostic(
                        .unreadable, "the file is \(size.intValue / 1_000_000) MB; a scenario must be under 1 MB (split it or trim it)",
                        file: path, at: .start)
                ]
            )
        }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            return (nil, [Diagnostic(.unreadable, "cannot read the file: check the path and permissions", file: path, at: .start)])
        }
        return load(bytes: [UInt8](data), file: path)
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, at node: Node?) {
        diagnostics.append(Diagnostic(code, message, file: file, at: node.map(location) ?? .start))
    }

    private func location(_ node: Node) -> SourceLocation {
        node.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .start
    }

    private mutating func load(_ raw: [UInt8]) -> Scenario? {
        // a byte-order mark (editors on Windows add one) is not part of the YAML
        let bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
        guard bytes.count <= ScenarioLoader.maximumSize else {
            report(.unreadable, "the file is \(bytes.count / 1_000_000) MB; a scenario must be under 1 MB (split it or trim it)", at: nil)
            return nil
        }
        do { try SourceText.validate(bytes, source: file) } catch {
            switch error {
            case .invalidUTF8(_, let line, let column):
                diagnostics.append(
                    Diagnostic(
                        .unreadable, "the file is not valid UTF-8 text: save it as UTF-8", file: file,
                        at: SourceLocation(line: line, column: column)))
            case .binary:
                report(.unreadable, "the file is binary, not YAML text", at: nil)
            }
            return nil
        }
        if let at = ScenarioLoader.firstAlias(bytes) {
            diagnostics.append(
                Diagnostic(
                    .alias, "YAML anchors and aliases (&name, *name) are not allowed in scenarios: write the text out in full",
                    file: file, at: at))
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let root: Node
        do {
            // the basic resolver: every scalar is text until we ask for a bool (no regex per value)
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                report(.missingKey, "the file is empty: a scenario needs at least id, title, channel, start and nodes", at: nil)
                return nil
            }
            root = composed
        } catch let error as YamlError {
            reportYAML(error)
            return nil
        } catch {
            report(.yamlSyntax, "the YAML could not be read: \(error)", at: nil)
            return nil
        }
        guard let mapping = root.mapping else {
            report(.wrongType, "a scenario is a mapping of keys (id:, title:, nodes: ...), not a \(describe(root))", at: root)
            return nil
        }
        let top = keyed(mapping, allowed: ScenarioLoader.topKeys, what: "scenario")
        let id = requiredString(top, "id", in: root, what: "the scenario") ?? ""
        if !id.isEmpty && !isKebab(id) {
            report(.invalidID, "the id '\(id)' should be kebab-case: lower-case letters, digits and hyphens", at: top["id"])
        }
        let title = requiredString(top, "title", in: root, what: "the scenario") ?? id
        var channel = Channel.phone
        if let c = top["channel"] {
            channel = enumValue(c, Channel.self, code: .unknownChannel, what: "channel") ?? .phone
        } else {
            report(.missingKey, "missing 'channel:' (phone or email)", at: root)
        }
        let stage = top["stage"].flatMap { enumValue($0, Stage.self, code: .unknownStage, what: "stage") }
        var facts = Facts()
        if let f = top["facts"] { facts = loadFacts(f) }
        let briefing = top["briefing"].flatMap { string($0, what: "briefing") } ?? ""
        if top["briefing"] == nil {
            report(.missingKey, "missing 'briefing:': say who the user is, what happened and whom they are talking to", at: root)
        }
        let start = requiredString(top, "start", in: root, what: "the scenario") ?? ""
        var nodes: [String: ScenarioNode] = [:]
        var order: [String] = []
        if let nodesNode = top["nodes"] {
            if let nodesMapping = nodesNode.mapping {
                for (key, value) in nodesMapping {
                    guard let nodeID = key.string else { report(.wrongType, "a node id must be a name", at: key); continue }
                    // an empty or blank id cannot be named by a goto, and breaks every record keyed by node
                    guard !nodeID.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                        report(.invalidID, "a node id is empty: give the node a name, like 'opening'", at: key)
                        continue
                    }
                    if nodes[nodeID] != nil {
                        report(.duplicate, "node '\(nodeID)' is defined twice; rename one of them", at: key)
                        continue
                    }
                    if let node = loadNode(nodeID, value, key: key) {
                        nodes[nodeID] = node
                        order.append(nodeID)
                    }
                }
            } else {
                report(.wrongType, "'nodes:' must be a mapping of node ids to nodes, not a \(describe(nodesNode))", at: nodesNode)
            }
        } else {
            report(.missingKey, "missing 'nodes:': the conversation's steps", at: root)
        }
        var examples: [ScenarioExample] = []
        if let list = top["examples"] {
            if let sequence = list.sequence {
                for item in sequence { if let e = loadExample(item) { examples.append(e) } }
            } else {
                report(.wrongType, "'examples:' must be a list of {name, replies, ending}", at: list)
            }
        }
        return Scenario(
            id: id, title: title, channel: channel, stage: stage, facts: facts, briefing: briefing,
            start: start, nodes: nodes, order: order, examples: examples,
            digest: ScenarioLoader.digest(bytes), path: file)
    }

    /// A 64-bit FNV-1a digest of the file's bytes, as 16 hex digits.
    public static func digest(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Parts

    private mutating func loadFacts(_ node: Node) -> Facts {
        var facts = Facts()
        guard let mapping = node.mapping else {
            report(.wrongType, "'facts:' must be a mapping (company:, role:, contact:, reason: ...)", at: node)
            return facts
        }
        let f = keyed(mapping, allowed: ScenarioLoader.factKeys, what: "facts")
        facts.company = f["company"].flatMap { string($0, what: "company") }
        facts.role = f["role"].flatMap { string($0, what: "role") }
        facts.contact = f["contact"].flatMap { string($0, what: "contact") }
        facts.contactRole = f["contact_role"].flatMap { string($0, what: "contact_role") }
        facts.reason = f["reason"].flatMap { enumValue($0, Reason.self, code: .unknownReason, what: "reason") }
        if let v = f["future_interest"] {
            if let b = v.bool { facts.futureInterest = b } else { report(.wrongType, "'future_interest:' must be true or false", at: v) }
        }
        if let v = f["voice"] { facts.voice = loadVoice(v) }
        return facts
    }

    /// `voice: {variant: f3, speed: 165, pitch: 60}`: each part optional, the rest from the default.
    private mutating func loadVoice(_ node: Node) -> Voice? {
        guard let mapping = node.mapping else {
            report(.wrongType, "'voice:' must be a mapping (variant:, speed:, pitch:)", at: node)
            return nil
        }
        let k = keyed(mapping, allowed: ScenarioLoader.voiceKeys, what: "voice")
        var voice = Voice.derived(from: "")
        if let v = k["variant"] {
            if let s = v.string, Voice.variants.contains(s) {
                voice.variant = s
            } else {
                report(.wrongType, "'variant:' must be one of \(Voice.variants.joined(separator: ", "))", at: v)
            }
        }
        for (key, range) in [("speed", Voice.speeds), ("pitch", Voice.pitches)] {
            guard let v = k[key] else { continue }
            if let n = v.int, range.contains(n) {
                if key == "speed" { voice.speed = n } else { voice.pitch = n }
            } else {
                report(.wrongType, "'\(key):' must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: v)
            }
        }
        return voice
    }

    private mutating func loadNode(_ id: String, _ node: Node, key: Node) -> ScenarioNode? {
        guard let mapping = node.mapping else {
            report(.wrongType, "node '\(id)' must be a mapping (recruiter:, kind:, branches: ...), not a \(describe(node))", at: node)
            return nil
        }
        let k = keyed(mapping, allowed: ScenarioLoader.nodeKeys, what: "node")
        var recruiter: [String] = []
        var heardLines: [ConditionalLine] = []
        if let r = k["recruiter"] {
            if let s = r.string, r.scalar != nil {
                recruiter = [s]
            } else if let seq = r.sequence {
                for item in seq {
                    if item.mapping != nil {
                        if let line = loadHeardLine(item, node: id) { heardLines.append(line) }
                    } else if let s = string(item, what: "recruiter line") {
                        recruiter.append(s)
                    }
                }
                if recruiter.isEmpty && !heardLines.isEmpty {
                    report(
                        .missingKey, "node '\(id)' has only conditional recruiter lines: add a plain line for when no condition holds",
                        at: r)
                }
            } else {
                report(.wrongType, "'recruiter:' must be a line or a list of variants", at: r)
            }
            for (index, line) in recruiter.enumerated() where line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report(.emptyText, "recruiter line \(index + 1) of node '\(id)' is empty: write what the recruiter says", at: r)
            }
            recruiter = recruiter.map(ScenarioLoader.clean)
        } else {
            report(.missingKey, "node '\(id)' has no 'recruiter:' line", at: key)
        }
        var ending: Ending? = nil
        if let e = k["end"] { ending = enumValue(e, Ending.self, code: .unknownEnding, what: "ending") }
        let kind = k["kind"].flatMap { enumValue($0, TurnKind.self, code: .unknownKind, what: "kind") } ?? .decline
        if k["end"] != nil {
            if let b = k["branches"] {
                report(.nodeShape, "ending node '\(id)' has branches: an ending takes no reply, so remove 'branches:' or 'end:'", at: b)
            }
            if let kk = k["kind"] {
                report(.nodeShape, "ending node '\(id)' has a kind: an ending takes no reply, so remove 'kind:'", at: kk)
            }
        } else if k["kind"] == nil {
            report(
                .missingKey, "node '\(id)' needs 'kind:' (what the recruiter just did) or 'end:' (graceful, awkward or burned-bridge)",
                at: key)
        }
        let expect = k["expect"].map { ruleList($0, what: "expect") } ?? []
        let skip = k["skip"].map { ruleList($0, what: "skip") } ?? []
        var branches: [Branch] = []
        if let b = k["branches"] {
            if let seq = b.sequence {
                for item in seq { if let branch = loadBranch(item, node: id) { branches.append(branch) } }
            } else {
                report(.wrongType, "'branches:' must be a list of {if, goto, sample}", at: b)
            }
        } else if k["end"] == nil {
            report(.nodeShape, "node '\(id)' has no 'branches:': add at least a default branch ({goto: ...}) or make it an ending", at: key)
        }
        return ScenarioNode(
            id: id, recruiter: recruiter, heardLines: heardLines, kind: kind, expect: expect, skip: skip,
            hint: k["hint"].flatMap { string($0, what: "hint") }.map(ScenarioLoader.clean),
            model: k["model"].flatMap { string($0, what: "model") }.map(ScenarioLoader.clean),
            branches: branches, end: ending, location: location(key))
    }

    /// `{if: {said: accepted-offer}, say: "Congratulations! Who with?"}`
    private mutating func loadHeardLine(_ node: Node, node owner: String) -> ConditionalLine? {
        let k = keyed(node.mapping!, allowed: ScenarioLoader.heardLineKeys, what: "recruiter line")
        guard let c = k["if"], let say = k["say"] else {
            report(
                .missingKey,
                "a conditional recruiter line of node '\(owner)' needs both 'if:' and 'say:', like {if: {said: accepted-offer}, say: \"Congratulations!\"}",
                at: node)
            return nil
        }
        guard let condition = loadCondition(c), let line = string(say, what: "recruiter line") else { return nil }
        if line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(.emptyText, "a conditional recruiter line of node '\(owner)' is empty: write what the recruiter says", at: say)
            return nil
        }
        return ConditionalLine(condition: condition, line: ScenarioLoader.clean(line))
    }

    private mutating func loadBranch(_ node: Node, node owner: String) -> Branch? {
        guard let mapping = node.mapping else {
            report(.wrongType, "a branch must be a mapping like {if: {fails: clear-decision}, goto: confused}", at: node)
            return nil
        }
        let k = keyed(mapping, allowed: ScenarioLoader.branchKeys, what: "branch")
        guard let target = k["goto"] else {
            report(.missingKey, "a branch of node '\(owner)' has no 'goto:' (the node it leads to)", at: node)
            return nil
        }
        var condition: Condition? = nil
        if let c = k["if"] { condition = loadCondition(c) }
        let sample = k["sample"].flatMap { string($0, what: "sample") }
        return Branch(
            condition: condition, target: string(target, what: "goto") ?? "", sample: sample,
            location: location(node), targetLocation: location(target), sampleLocation: k["sample"].map(location))
    }

    private mutating func loadCondition(_ node: Node) -> Condition? {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            report(.wrongType, "a condition is a mapping like {fails: clear-decision} or {passes: [appreciation]}", at: node)
            return nil
        }
        let k = keyed(mapping, allowed: ScenarioLoader.conditionKeys, what: "condition")
        var parts: [Condition] = []
        if let f = k["fails"] { parts.append(.fails(ruleList(f, what: "fails"))) }
        if let p = k["passes"] { parts.append(.passes(ruleList(p, what: "passes"))) }
        if let s = k["said"] {
            if s.string == "any" {
                parts.append(.said(nil))
            } else if let reason = enumValue(s, Reason.self, code: .unknownReason, what: "reason (or 'any')") {
                parts.append(.said(reason))
            }
        }
        if let n = k["named"], let what = enumValue(n, Condition.Named.self, code: .wrongType, what: "'named:' (contact or company)") {
            parts.append(.named(what))
        }
        if let d = k["difficulty"] {
            let items = d.sequence.map(Array.init) ?? [d]
            let levels = items.compactMap { enumValue($0, Difficulty.self, code: .wrongType, what: "difficulty") }
            if levels.count == items.count, !levels.isEmpty { parts.append(.difficulty(levels)) }
        }
        for (key, make) in [("all", Condition.all), ("any", Condition.any)] {
            guard let v = k[key] else { continue }
            if let seq = v.sequence {
                var inner: [Condition] = []
                for item in seq { if let c = loadCondition(item) { inner.append(c) } }
                parts.append(make(inner))
            } else {
                report(.wrongType, "'\(key):' must be a list of conditions", at: v)
            }
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func loadExample(_ node: Node) -> ScenarioExample? {
        guard let mapping = node.mapping else {
            report(.wrongType, "an example must be a mapping {name, replies, ending}", at: node)
            return nil
        }
        let k = keyed(mapping, allowed: ScenarioLoader.exampleKeys, what: "example")
        var replies: [String] = []
        if let r = k["replies"] {
            if let seq = r.sequence {
                replies = seq.compactMap { string($0, what: "reply") }
            } else {
                report(.wrongType, "'replies:' must be a list of replies, one per turn", at: r)
            }
        } else {
            report(.missingKey, "an example needs 'replies:'", at: node)
        }
        guard let e = k["ending"] else {
            report(.missingKey, "an example needs 'ending:' (graceful, awkward or burned-bridge)", at: node)
            return nil
        }
        guard let ending = enumValue(e, Ending.self, code: .unknownEnding, what: "ending") else { return nil }
        var example = ScenarioExample(
            name: k["name"].flatMap { string($0, what: "name") } ?? "example", replies: replies,
            ending: ending, location: location(node))
        if let d = k["difficulty"] {
            guard let level = enumValue(d, Difficulty.self, code: .wrongType, what: "difficulty") else { return nil }
            example.difficulty = level
        }
        return example
    }

    // MARK: Helpers

    /// The mapping's values by key, reporting unknown keys with a suggestion.
    private mutating func keyed(_ mapping: Node.Mapping, allowed: [String], what: String) -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { report(.wrongType, "a key must be a name", at: key); continue }
            if !allowed.contains(name) {
                let hint =
                    suggestion(for: name, among: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; allowed: \(allowed.joined(separator: ", "))"
                report(.unknownKey, "unknown key '\(name)' in a \(what)\(hint)", at: key)
                continue
            }
            if result[name] != nil { report(.duplicate, "'\(name)' appears twice in the same \(what)", at: key); continue }
            result[name] = value
        }
        return result
    }

    private mutating func requiredString(_ keys: [String: Node], _ key: String, in parent: Node, what: String) -> String? {
        guard let node = keys[key] else {
            report(.missingKey, "missing '\(key):' in \(what)", at: parent)
            return nil
        }
        let value = string(node, what: key)
        if let value, value.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.emptyText, "'\(key):' is empty", at: node)
        }
        return value
    }

    private mutating func string(_ node: Node, what: String) -> String? {
        guard node.scalar != nil, let s = node.string else {
            report(.wrongType, "'\(what)' must be text, not a \(describe(node))", at: node)
            return nil
        }
        return s
    }

    private mutating func ruleList(_ node: Node, what: String) -> [String] {
        let ids: [String]
        if node.scalar != nil, let s = node.string {
            ids = [s]
        } else if let seq = node.sequence {
            ids = seq.compactMap { string($0, what: what) }
        } else {
            report(.wrongType, "'\(what):' must be a rule id or a list of them", at: node); return []
        }
        let known = Linter.descriptions.map(\.id)
        for id in ids where !known.contains(id) {
            let hint = suggestion(for: id, among: known).map { "; did you mean '\($0)'?" } ?? " (decline-coach rules lists them)"
            report(.unknownRule, "unknown rule '\(id)'\(hint)", at: node)
        }
        return ids.filter(known.contains)
    }

    private mutating func enumValue<T: RawRepresentable & CaseIterable>(_ node: Node, _ type: T.Type, code: DiagnosticCode, what: String)
        -> T? where T.RawValue == String
    {
        guard let raw = string(node, what: what) else { return nil }
        if let value = T(rawValue: raw) { return value }
        let all = T.allCases.map(\.rawValue)
        let hint = suggestion(for: raw, among: all).map { "did you mean '\($0)'? " } ?? ""
        report(code, "unknown \(what) '\(raw)'; \(hint)use one of: \(all.joined(separator: ", "))", at: node)
        return nil
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar: "single value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }

    /// Finds an anchor or alias (`&name`, `*name`) where a YAML value starts,
    /// before parsing: scenarios never need them, and aliases let a small file
    /// expand into a huge one. Quoted text is skipped; "I *really* mean it" is fine.
    static func firstAlias(_ b: [UInt8]) -> SourceLocation? {
        // YAML's scalar styles decide what is text: a block scalar (after "|" or ">") is text to
        // its end, so a '"' or "*Remember*" there opens nothing; inside quotes an alias is text too.
        var line = 1, column = 1
        var k = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte-order mark is not content
        var quote: UInt8 = 0
        var previous: UInt8 = 10  // last non-space byte, newline at the start
        var lineIndent = 0
        var atLineStart = true
        var blockIndent: Int? = nil  // inside a block scalar: lines indented more than this are its text
        var blockOpens = false  // this line's value is "|" or ">": a block scalar starts on the next line
        while k < b.count {
            if atLineStart && quote == 0 {
                var j = k
                while j < b.count, b[j] == 32 { j += 1 }
                let indent = j - k
                let blank = j >= b.count || b[j] == 10 || b[j] == 13
                if let inside = blockIndent, blank || indent > inside {
                    while k < b.count, b[k] != 10 { k += 1 }
                    k += 1; line += 1; column = 1
                    continue
                }
                blockIndent = nil
                lineIndent = indent
                atLineStart = false
                column += indent
                k = j
                continue
            }
            let c = b[k]
            if c == 10 {
                if blockOpens { blockIndent = lineIndent; blockOpens = false }
                line += 1; column = 1; k += 1
                atLineStart = true
                if quote == 0 { previous = 10 }
                continue
            }
            if quote != 0 {
                if quote == 34, c == 92 { k += 2; column += 2; continue }  // \" inside "..."
                if c == quote {
                    if quote == 39, k + 1 < b.count, b[k + 1] == 39 { k += 2; column += 2; continue }  // '' inside '...'
                    quote = 0
                }
            } else if c == 34 || c == 39 {
                if previous == 10 || previous == 58 || previous == 45 || previous == 91 || previous == 123 || previous == 44 { quote = c }
            } else if c == 35, previous == 10 || (k > 0 && (b[k - 1] == 32 || b[k - 1] == 9)) {
                while k < b.count, b[k] != 10 { k += 1 }  // a comment
                continue
            } else if c == 124 || c == 62, previous == 58 || previous == 45 || previous == 10 {
                // "key: |", "- >-", "key: |2": the rest of the line holds only indicators or a comment
                var j = k + 1
                while j < b.count, b[j] == 43 || b[j] == 45 || (48...57).contains(b[j]) { j += 1 }
                while j < b.count, b[j] == 32 || b[j] == 9 { j += 1 }
                if j >= b.count || b[j] == 10 || b[j] == 13 || b[j] == 35 { blockOpens = true }
            } else if c == 42 || c == 38, [10, 58, 45, 91, 123, 44, 63].contains(previous),
                k + 1 < b.count, b[k + 1] > 32, b[k + 1] != 42
            {
                return SourceLocation(line: line, column: column)
            }
            if c != 32 && c != 9 && c != 13 { previous = c }
            if c & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return nil
    }

    private func isKebab(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasPrefix("-") && !id.hasSuffix("-")
    }

    /// Scenario text is shown in a terminal: drop control characters and escape
    /// sequences (newlines and tabs stay).
    /// Scenario text is cleaned as it loads as well as where it is printed, so a line a host
    /// shows by other means (voice, a web page) carries no control sequences either.
    public static func clean(_ text: String) -> String { TerminalSafe.sanitize(text) }

    private mutating func reportYAML(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let where_ = context.map { " (\($0.text))" } ?? ""
            diagnostics.append(
                Diagnostic(
                    .yamlSyntax, "YAML syntax: \(problem)\(where_); check indentation, colons and quotes",
                    file: file, at: SourceLocation(line: mark.line, column: mark.column)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            diagnostics.append(
                Diagnostic(
                    .duplicate,
                    "the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice in the same mapping: keep one",
                    file: file, at: SourceLocation(line: context.mark.line, column: context.mark.column)))
        default:
            report(.yamlSyntax, "YAML syntax: \(error)", at: nil)
        }
    }
}
