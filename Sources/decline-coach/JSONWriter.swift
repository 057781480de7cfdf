/// A JSON value that keeps object keys in the order they were written, so
/// output is stable and reads in the order the spec documents.
enum JSON {
    case string(String), int(Int), bool(Bool), null
    case array([JSON])
    case object([(String, JSON)])

    var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .string(let s): JSON.quote(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() { if k > 0 { out += ", " }; item.write(into: &out) }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (k, (key, value)) in pairs.enumerated() {
                if k > 0 { out += ", " }
                JSON.quote(key, into: &out); out += ": "; value.write(into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 34 || $0 == 92 }) {
            out += s
            out += "\""
            return
        }
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { out.unicodeScalars.append(c) }
            }
        }
        out += "\""
    }

    static func optional(_ i: Int?) -> JSON { i.map { .int($0) } ?? .null }
}
