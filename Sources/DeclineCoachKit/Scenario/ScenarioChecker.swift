import Foundation

/// Validates a loaded scenario's structure and runs its samples and examples,
/// so a scenario is tested like code.
extension Branch {
    /// The difficulty a sample is checked at: the one its condition tests, else standard.
    var sampleDifficulty: Difficulty { condition?.difficulties?.first ?? .standard }
}

public enum ScenarioChecker {
    /// Every problem in the scenario beyond what loading found.
    public static func check(_ scenario: Scenario, runSamples: Bool = true) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func report(_ code: DiagnosticCode, _ message: String, _ at: SourceLocation) {
            out.append(Diagnostic(code, message, file: scenario.path, at: at))
        }
        let nodes = scenario.nodes
        guard !nodes.isEmpty else { return out }
        let firstLocation = nodes[scenario.order[0]]!.location
        if scenario.start.isEmpty {
            // reported by the loader
        } else if nodes[scenario.start] == nil {
            let hint = suggestion(for: scenario.start, among: scenario.order).map { "; did you mean '\($0)'?" } ?? ""
            report(.badStart, "start node '\(scenario.start)' does not exist\(hint)", firstLocation)
        }
        var suggested = 0
        for id in scenario.order {
            let node = nodes[id]!
            for branch in node.branches where nodes[branch.target] == nil {
                // "did you mean" compares against every node: only for the first few, so a file of
                // thousands of bad gotos is still checked in linear time
                suggested += 1
                let hint =
                    suggested <= 20 ? suggestion(for: branch.target, among: scenario.order).map { "did you mean '\($0)'? " } ?? "" : ""
                report(.danglingGoto, "goto '\(branch.target)' names no node; \(hint)add the node or fix the name", branch.targetLocation)
            }
            if let last = node.branches.last, last.condition != nil {
                report(
                    .noDefaultBranch,
                    "the last branch of node '\(id)' has a condition: add a default branch ({goto: ...}, no 'if') so every reply leads somewhere",
                    last.location)
            }
        }
        // Reachability from the start, and which nodes can still reach an ending.
        var reachable = Set<String>()
        var stack = nodes[scenario.start] == nil ? [] : [scenario.start]
        while let id = stack.popLast() {
            guard reachable.insert(id).inserted, let node = nodes[id] else { continue }
            stack.append(contentsOf: node.branches.map(\.target).filter { nodes[$0] != nil })
        }
        // which nodes can reach an ending: a walk back from the endings along reversed edges
        // (linear in the graph; a fixpoint over all nodes was quadratic on long chains)
        var predecessors: [String: [String]] = [:]
        for id in scenario.order { for branch in nodes[id]!.branches { predecessors[branch.target, default: []].append(id) } }
        var canEnd = Set(scenario.order.filter { nodes[$0]!.isEnding })
        var back = Array(canEnd)
        while let id = back.popLast() {
            for p in predecessors[id] ?? [] where canEnd.insert(p).inserted { back.append(p) }
        }
        if nodes[scenario.start] != nil {
            for id in scenario.order where !reachable.contains(id) {
                report(
                    .unreachable, "node '\(id)' can never be reached from '\(scenario.start)': add a branch that leads to it, or delete it",
                    nodes[id]!.location)
            }
        }
        for id in scenario.order where !canEnd.contains(id) {
            report(
                .noEnding, "no ending can be reached from node '\(id)': its branches loop without reaching a node with 'end:'",
                nodes[id]!.location)
        }
        out += ScenarioChecker.recruiterLines(scenario)
        if !runSamples || out.contains(where: { [.badStart, .danglingGoto].contains($0.code) }) { return out }
        var verdicts = Verdicts(scenario: scenario)
        out += ScenarioChecker.silenceLeadsToThanks(scenario, &verdicts)
        out += ScenarioChecker.runSamples(scenario, &verdicts)
        out += ScenarioChecker.runExamples(scenario, &verdicts)
        return out
    }

    /// The linter's verdicts on replies at nodes, remembered: examples often repeat samples.
    struct Verdicts {
        let scenario: Scenario
        let linter = Linter()
        var memo: [String: LintResult] = [:]

        mutating func result(_ reply: String, at node: ScenarioNode) -> LintResult {
            // the verdict depends on the node's context, not its name: nodes alike share it
            let key = "\(node.kind.rawValue)|\(node.expect.joined(separator: ","))|\(node.skip.joined(separator: ","))\u{0}" + reply
            if let known = memo[key] { return known }
            let result = linter.lint(reply, context: scenario.context(at: node))
            memo[key] = result
            return result
        }
    }

    /// A branch's sample must take that branch.
    static func runSamples(_ scenario: Scenario, _ verdicts: inout Verdicts) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for id in scenario.order {
            let node = scenario.nodes[id]!
            for (index, branch) in node.branches.enumerated() {
                guard let sample = branch.sample else { continue }
                let result = verdicts.result(sample, at: node)
                let taken = Session.branch(
                    at: node, for: Heard(result: result, text: sample, facts: scenario.facts, difficulty: branch.sampleDifficulty))
                guard taken != index else { continue }
                let failed = result.findings.map(\.rule)
                let verdict = failed.isEmpty ? "it passes every rule" : "it fails \(failed.joined(separator: ", "))"
                let went = taken.map { "branch \($0 + 1) (goto \(node.branches[$0].target))" } ?? "no branch"
                let wanted =
                    branch.condition.map { "this branch needs a reply that \($0.summary)" }
                    ?? "this default branch needs a reply that matches none of the branches above"
                out.append(
                    Diagnostic(
                        .sampleMismatch, "the sample takes \(went), not this one: \(verdict); \(wanted)",
                        file: scenario.path, at: branch.sampleLocation ?? branch.location))
            }
        }
        return out
    }

    /// Where an example's replies lead: the branches taken, the node reached and its ending.
    static func walk(_ example: ScenarioExample, in scenario: Scenario, _ verdicts: inout Verdicts)
        -> (steps: [(node: String, branch: Int)], current: String, ending: Ending?)
    {
        var current = scenario.start
        var ending = scenario.nodes[current]?.end
        var steps: [(String, Int)] = []
        for reply in example.replies {
            guard ending == nil, let node = scenario.nodes[current], !node.branches.isEmpty else { break }
            let heard = Heard(result: verdicts.result(reply, at: node), text: reply, facts: scenario.facts, difficulty: example.difficulty)
            let taken = Session.branch(at: node, for: heard) ?? node.branches.count - 1
            steps.append((current, taken))
            current = node.branches[taken].target
            ending = scenario.nodes[current]?.end
        }
        return (steps, current, ending)
    }

    /// An example's replies must lead from the start to its ending.
    static func runExamples(_ scenario: Scenario, _ verdicts: inout Verdicts) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for example in scenario.examples {
            let (steps, current, ending) = walk(example, in: scenario, &verdicts)
            let route = ([scenario.start] + steps.map { scenario.nodes[$0.node]!.branches[$0.branch].target }).joined(separator: " → ")
            if ending != example.ending || steps.count < example.replies.count {
                let reached = ending.map { "reaches '\($0.rawValue)'" } ?? "stops at node '\(current)' without an ending"
                let extra = steps.count < example.replies.count ? " after \(steps.count) of \(example.replies.count) replies" : ""
                out.append(
                    Diagnostic(
                        .exampleMismatch, "example '\(example.name)' \(reached)\(extra), not '\(example.ending.rawValue)' (path: \(route))",
                        file: scenario.path, at: example.location))
            }
        }
        return out
    }

    /// Branches that no sample proves and no example passes through.
    public static func unproven(_ scenario: Scenario) -> [(node: String, branch: Int, location: SourceLocation)] {
        var verdicts = Verdicts(scenario: scenario)
        var proven = Set<String>()
        for id in scenario.order {
            let node = scenario.nodes[id]!
            for (index, branch) in node.branches.enumerated() {
                guard let sample = branch.sample else { continue }
                let heard = Heard(
                    result: verdicts.result(sample, at: node), text: sample, facts: scenario.facts, difficulty: branch.sampleDifficulty)
                if Session.branch(at: node, for: heard) == index { proven.insert("\(id)#\(index)") }
            }
        }
        for example in scenario.examples {
            for step in walk(example, in: scenario, &verdicts).steps { proven.insert("\(step.node)#\(step.branch)") }
        }
        var result: [(String, Int, SourceLocation)] = []
        for id in scenario.order {
            for (index, branch) in scenario.nodes[id]!.branches.enumerated() where !proven.contains("\(id)#\(index)") {
                result.append((id, index, branch.location))
            }
        }
        return result
    }

    // MARK: Difficulty

    /// The nodes a session can reach at `difficulty`: a branch that tests another difficulty is
    /// never taken, and one that tests only this difficulty is always taken (the rest are not).
    public static func reachable(_ scenario: Scenario, at difficulty: Difficulty) -> Set<String> {
        var seen = Set<String>()
        var stack = scenario.nodes[scenario.start] == nil ? [] : [scenario.start]
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let node = scenario.nodes[id] else { continue }
            for branch in node.branches {
                guard branch.condition?.possible(at: difficulty) ?? true else { continue }
                stack.append(branch.target)
                if branch.condition?.certain(at: difficulty) ?? true { break }
            }
        }
        return seen
    }

    /// The moves only a tough recruiter makes: nodes a tough session can reach and a gentle one
    /// never does, and lines said only at tough. Each with whether a sample or example proves it.
    public static func toughMoves(_ scenario: Scenario) -> [(node: String, proven: Bool, location: SourceLocation)] {
        let gentle = reachable(scenario, at: .gentle), tough = reachable(scenario, at: .tough)
        var verdicts = Verdicts(scenario: scenario)
        // the nodes tough samples and examples actually reach
        var reached = Set<String>()
        for id in scenario.order {
            for branch in scenario.nodes[id]!.branches where branch.sampleDifficulty == .tough {
                guard let sample = branch.sample, let node = scenario.nodes[id] else { continue }
                let heard = Heard(result: verdicts.result(sample, at: node), text: sample, facts: scenario.facts, difficulty: .tough)
                if let taken = Session.branch(at: node, for: heard) { reached.insert(node.branches[taken].target) }
            }
        }
        for example in scenario.examples where example.difficulty == .tough {
            reached.insert(scenario.start)
            let steps = walk(example, in: scenario, &verdicts).steps
            for step in steps { reached.insert(scenario.nodes[step.node]!.branches[step.branch].target) }
        }
        return scenario.order.compactMap { id in
            let node = scenario.nodes[id]!
            let onlyTough = tough.contains(id) && !gentle.contains(id)
            let toughLine = node.heardLines.contains { $0.condition.possible(at: .tough) && !$0.condition.possible(at: .gentle) }
            guard onlyTough || toughLine else { return nil }
            return (id, reached.contains(id), node.location)
        }
    }

    // MARK: Lines a user would find jarring

    /// What a presumption cue takes for granted, as the reasons a path must guarantee were said.
    static let presumptions: [(cue: Cue, reasons: [Reason], what: String)] = [
        (.presumedOffer, [.acceptedOffer], "that the user accepted another offer"),
        (.presumedNews, [.acceptedOffer, .stayingPut], "that the user shared good news"),
        (.presumedCircumstances, [.personalCircumstances, .logistics], "that the user mentioned their private circumstances"),
    ]

    /// Every recruiter line of a node with the condition under which it is said (nil: a plain variant).
    static func lines(of node: ScenarioNode) -> [(line: String, condition: Condition?)] {
        node.recruiter.map { ($0, nil) } + node.heardLines.map { ($0.line, $0.condition) }
    }

    /// A recruiter line never calls the user by a literal name, and never takes for granted what
    /// nothing on the path to it guarantees was said.
    static func recruiterLines(_ scenario: Scenario) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // the reasons every branch into a node requires (nil: some way in requires none)
        var guaranteed: [String: Set<Reason>] = [:]
        var entries: [String: [Set<Reason>]] = [:]
        for id in scenario.order {
            for branch in scenario.nodes[id]!.branches {
                let said = Set((branch.condition?.saidReasons ?? []).compactMap { $0 })
                entries[branch.target, default: []].append(said)
            }
        }
        for (id, list) in entries { guaranteed[id] = list.dropFirst().reduce(list[0]) { $0.intersection($1) } }
        var warned = Set<String>()
        for id in scenario.order {
            let node = scenario.nodes[id]!
            for (line, condition) in lines(of: node) {
                for name in literalNames(in: line, facts: scenario.facts) {
                    out.append(
                        Diagnostic(
                            .literalName,
                            "a recruiter line of node '\(id)' calls the user '\(name)': write {you}, so the user's own name is said (or nothing, when they gave none)",
                            file: scenario.path, at: node.location))
                }
                let analysis = TextAnalysis(text: line, lexicon: Cue.lexicon, cueCount: Cue.count)
                var said = guaranteed[id] ?? []
                if let condition { said.formUnion(condition.saidReasons.compactMap { $0 }) }
                for p in presumptions where analysis.has(p.cue.rawValue) && said.isDisjoint(with: p.reasons) {
                    // one warning per node and presumption, however many variants share it
                    guard warned.insert("\(id)\u{0}\(p.what)").inserted else { continue }
                    let needed = p.reasons.map { "{said: \($0.rawValue)}" }.joined(separator: " or ")
                    out.append(
                        Diagnostic(
                            .presumption,
                            "a recruiter line of node '\(id)' takes for granted \(p.what), but nothing on the way there guarantees it: say it only after \(needed) (a conditional line {if: ..., say: ...}, or a branch with that condition)",
                            file: scenario.path, at: node.location))
                }
            }
        }
        return out
    }

    /// Words a line uses to address someone by name ("Thanks, Sam", "Hi Chris,"), other than
    /// placeholders and the scenario's own names.
    /// Vocatives: "Thanks, Sam", "Hi Chris,", "..., Maya." (compiled once).
    static let vocatives: [NSRegularExpression] = {
        let openers =
            "Hi|Hello|Hey|Dear|Thanks|Thank you|Congratulations|Congrats|Cheers|Bye|Goodbye|Take care|All the best|Best of luck|Good luck|Sorry|Morning|Great|Look|Listen|Right|Okay|OK|Sure|Well|Oh|Ah|Wow|Understood|Lovely|Fair enough|No problem|No problem at all"
        return ["\\b(?:\(openers)),? ([A-Z][a-z]+)\\b(?=[,.!?]|$)", ", ([A-Z][a-z]+)[.!?]\\s*$", ", ([A-Z][a-z]+)[.!?] "]
            .compactMap { try? NSRegularExpression(pattern: $0) }
    }()

    public static func literalNames(in line: String, facts: Facts) -> [String] {
        let known = Set((facts.names + [facts.role ?? ""]).flatMap { $0.split(separator: " ").map(String.init) })
        let notNames: Set<String> = [
            "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Team", "Everyone", "All", "Again", "Though", "Anyway", "Then", "Too",
        ]
        var found: [String] = []
        for regex in vocatives {
            for match in regex.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                guard let r = Range(match.range(at: 1), in: line) else { continue }
                let word = String(line[r])
                if !notNames.contains(word), !known.contains(word), !found.contains(word) { found.append(word) }
            }
        }
        return found
    }

    /// A line that thanks the user for what they said must not follow silence.
    static func silenceLeadsToThanks(_ scenario: Scenario, _ verdicts: inout Verdicts) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for id in scenario.order {
            let node = scenario.nodes[id]!
            guard !node.isEnding, !node.branches.isEmpty else { continue }
            // silence at every difficulty: a tough recruiter may take it somewhere else
            var warned = Set<String>()
            for difficulty in Difficulty.allCases {
                let silence = Heard(result: verdicts.result("", at: node), text: "", facts: scenario.facts, difficulty: difficulty)
                guard let taken = Session.branch(at: node, for: silence), let next = scenario.nodes[node.branches[taken].target],
                    !warned.contains(next.id)
                else { continue }
                let plain = next.heardLines.first { $0.condition.holds(for: silence) }.map { [$0.line] } ?? next.recruiter
                for line in plain where TextAnalysis(text: line, lexicon: Cue.lexicon, cueCount: Cue.count).has(Cue.presumedReply.rawValue)
                {
                    warned.insert(next.id)
                    out.append(
                        Diagnostic(
                            .presumption,
                            "silence at node '\(id)' leads to node '\(next.id)', whose line thanks the user for what they said: branch on {fails: ghosting} first, or add a line for silence",
                            file: scenario.path, at: next.location))
                    break
                }
            }
        }
        return out
    }
}
