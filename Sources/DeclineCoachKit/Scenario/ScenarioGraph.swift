import Foundation

/// Draws a scenario's branches for Mermaid or Graphviz.
public enum ScenarioGraph {
    public static func mermaid(_ s: Scenario) -> String {
        var lines = ["flowchart TD"]
        func id(_ node: String) -> String { "n_" + node.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined() }
        for nodeID in s.order {
            let node = s.nodes[nodeID]!
            let label = node.end.map { "\(nodeID)<br/>end: \($0.rawValue)" } ?? "\(nodeID)<br/>\(node.kind.rawValue)"
            lines.append(node.isEnding ? "    \(id(nodeID))([\"\(escape(label))\"])" : "    \(id(nodeID))[\"\(escape(label))\"]")
        }
        lines.append("    start((start)) --> \(id(s.start))")
        for nodeID in s.order {
            for branch in s.nodes[nodeID]!.branches {
                let label = branch.condition?.summary ?? "otherwise"
                lines.append("    \(id(nodeID)) -->|\"\(escape(label))\"| \(id(branch.target))")
            }
        }
        return lines.joined(separator: "\n")
    }

    public static func dot(_ s: Scenario) -> String {
        var lines = [
            "digraph \"\(escape(s.id))\" {", "  rankdir=TB;", "  node [fontname=\"Helvetica\"];",
            "  start [shape=point];", "  start -> \"\(escape(s.start))\";",
        ]
        for nodeID in s.order {
            let node = s.nodes[nodeID]!
            if let end = node.end {
                lines.append("  \"\(escape(nodeID))\" [shape=doubleoctagon, label=\"\(escape(nodeID))\\nend: \(end.rawValue)\"];")
            } else {
                lines.append("  \"\(escape(nodeID))\" [shape=box, style=rounded, label=\"\(escape(nodeID))\\n\(node.kind.rawValue)\"];")
            }
        }
        for nodeID in s.order {
            for branch in s.nodes[nodeID]!.branches {
                lines.append(
                    "  \"\(escape(nodeID))\" -> \"\(escape(branch.target))\" [label=\"\(escape(branch.condition?.summary ?? "otherwise"))\"];"
                )
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "'")
    }
}
