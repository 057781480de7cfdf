/// Why an input cannot be linted.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case binary(source: String, offset: Int)
    case invalidUTF8(source: String, line: Int, column: Int)

    public var description: String {
        switch self {
        case .binary(let source, let offset): "looks like a binary file, not text (\(source), byte \(offset + 1))"
        case .invalidUTF8(let source, let line, let column): "is not valid UTF-8 text (\(source):\(line):\(column))"
        }
    }
}

/// Checks raw input before it is analysed: text must be UTF-8 and must not be binary.
public enum SourceText {
    /// Validates `bytes` in one pass. A byte-order mark is accepted.
    public static func validate(_ bytes: [UInt8], source: String) throws(InputError) {
        var i = 0
        var line = 1, lineStart = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { throw .binary(source: source, offset: i) }
                if b == 10 { line += 1; lineStart = i + 1 }
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: throw invalid(bytes, source, line, lineStart, i)
            }
            guard i + length <= n else { throw invalid(bytes, source, line, lineStart, i) }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { throw invalid(bytes, source, line, lineStart, i) }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                throw invalid(bytes, source, line, lineStart, i)
            }
            i += length
        }
    }

    private static func invalid(_ bytes: [UInt8], _ source: String, _ line: Int, _ lineStart: Int, _ at: Int) -> InputError {
        var column = 1
        var k = lineStart
        while k < at { if bytes[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        return .invalidUTF8(source: source, line: line, column: column)
    }
}
