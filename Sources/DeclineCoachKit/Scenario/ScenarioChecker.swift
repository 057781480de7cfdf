/// Validates a loaded scenario's structure and runs its samples and examples,
/// so a scenario is tested like code.
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
        for id in scenario.order {
            let node = nodes[id]!
            for branch in node.branches where nodes[branch.target] == nil {
                let hint = suggestion(for: branch.target, among: scenario.order).map { "did you mean '\($0)'? " } ?? ""
                report(.danglingGoto, "goto '\(branch.target)' names no node; \(hint)add the node or fix the name", branch.targetLocation)
            }
            if let last = node.branches.last, last.condition != nil {
                report(.noDefaultBranch, "the last branch of node '\(id)' has a condition: add a default branch ({goto: ...}, no 'if') so every reply leads somewhere", last.location)
            }
        }
        // Reachability from the start, and which nodes can still reach an ending.
        var reachable = Set<String>()
        var stack = nodes[scenario.start] == nil ? [] : [scenario.start]
        while let id = stack.popLast() {
            guard reachable.insert(id).inserted, let node = nodes[id] else { continue }
            stack.append(contentsOf: node.branches.map(\.target).filter { nodes[$0] != nil })
        }
        var canEnd = Set(scenario.order.filter { nodes[$0]!.isEnding })
        var changed = true
        while changed {
            changed = false
            for id in scenario.order where !canEnd.contains(id) {
                if nodes[id]!.branches.contains(where: { canEnd.contains($0.target) }) { canEnd.insert(id); changed = true }
            }
        }
        if nodes[scenario.start] != nil {
            for id in scenario.order where !reachable.contains(id) {
                report(.unreachable, "node '\(id)' can never be reached from '\(scenario.start)': add a branch that leads to it, or delete it", nodes[id]!.location)
            }
        }
        for id in scenario.order where !canEnd.contains(id) {
            report(.noEnding, "no ending can be reached from node '\(id)': its branches loop without reaching a node with 'end:'", nodes[id]!.location)
        }
        if !runSamples || out.contains(where: { [.badStart, .danglingGoto].contains($0.code) }) { return out }
        var verdicts = Verdicts(scenario: scenario)
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
            let key = node.id + "\u{0}" + reply
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
                let taken = Session.branch(at: node, for: Heard(result: result, text: sample, facts: scenario.facts))
                guard taken != index else { continue }
                let failed = result.findings.map(\.rule)
                let verdict = failed.isEmpty ? "it passes every rule" : "it fails \(failed.joined(separator: ", "))"
                let went = taken.map { "branch \($0 + 1) (goto \(node.branches[$0].target))" } ?? "no branch"
                let wanted = branch.condition.map { "this branch needs a reply that \($0.summary)" } ?? "this default branch needs a reply that matches none of the branches above"
                out.append(Diagnostic(.sampleMismatch, "the sample takes \(went), not this one: \(verdict); \(wanted)",
                                      file: scenario.path, at: branch.sampleLocation ?? branch.location))
            }
        }
        return out
    }

    /// Where an example's replies lead: the branches taken, the node reached and its ending.
    static func walk(_ example: ScenarioExample, in scenario: Scenario, _ verdicts: inout Verdicts)
        -> (steps: [(node: String, branch: Int)], current: String, ending: Ending?) {
        var current = scenario.start
        var ending = scenario.nodes[current]?.end
        var steps: [(String, Int)] = []
        for reply in example.replies {
            guard ending == nil, let node = scenario.nodes[current], !node.branches.isEmpty else { break }
            let taken = Session.branch(at: node, for: Heard(result: verdicts.result(reply, at: node), text: reply, facts: scenario.facts)) ?? node.branches.count - 1
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
                out.append(Diagnostic(.exampleMismatch, "example '\(example.name)' \(reached)\(extra), not '\(example.ending.rawValue)' (path: \(route))",
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
                if Session.branch(at: node, for: Heard(result: verdicts.result(sample, at: node), text: sample, facts: scenario.facts)) == index { proven.insert("\(id)#\(index)") }
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
}
