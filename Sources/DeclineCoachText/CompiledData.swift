/// Tables built at build time travel into the binary as one base64 string
/// literal: the compiler takes a long string in a blink, where an array
/// literal of 100,000 numbers costs it minutes. Start-up decodes the string
/// in one pass instead of rebuilding the tables word by word.
public struct CompiledWriter {
    public private(set) var bytes: [UInt8] = []
    public init() {}

    public mutating func write(_ values: [UInt8]) {
        append(UInt32(values.count))
        bytes.append(contentsOf: values)
    }

    public mutating func write(_ values: [UInt32]) {
        append(UInt32(values.count))
        for v in values { append(v) }
    }

    public mutating func write(_ values: [Int32]) { write(values.map { UInt32(bitPattern: $0) }) }

    public mutating func write(_ values: [UInt64]) {
        write(values.flatMap { [UInt32(truncatingIfNeeded: $0), UInt32(truncatingIfNeeded: $0 >> 32)] })
    }

    private mutating func append(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    /// The bytes as base64 (RFC 4648, with padding): safe inside a Swift string literal.
    public var base64: String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i]), b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0,
                b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)]); out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Reads back what `CompiledWriter` wrote, section by section.
package struct CompiledReader {
    /// The compiled text does not match the reader: a build out of step with its sources.
    package struct Damaged: Error { package init() {} }

    private var data: [UInt8]
    private var position = 0

    package init(base64 text: StaticString) throws {
        data = try text.withUTF8Buffer { buffer in Result { try CompiledReader.decode(buffer) } }.get()
    }

    package init(base64 text: String) throws {
        var copy = text
        data = try copy.withUTF8 { try CompiledReader.decode($0) }
    }

    package var isAtEnd: Bool { position == data.count }

    private static func decode(_ text: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        guard text.count % 4 == 0 else { throw Damaged() }
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { table[Int(c)] = UInt8(i) }
        table[Int(UInt8(ascii: "="))] = 0
        var padding = 0
        if text.count >= 4 {
            padding = (text[text.count - 1] == UInt8(ascii: "=") ? 1 : 0) + (text[text.count - 2] == UInt8(ascii: "=") ? 1 : 0)
        }
        let size = text.count / 4 * 3 - padding
        var bad: UInt8 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 3) { out, initialised in
            table.withUnsafeBufferPointer { table in
                var o = 0, i = 0
                while i < text.count {
                    let a = table[Int(text[i])], b = table[Int(text[i + 1])], c = table[Int(text[i + 2])], d = table[Int(text[i + 3])]
                    bad |= a | b | c | d
                    let n = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    out[o] = UInt8(truncatingIfNeeded: n >> 16); out[o + 1] = UInt8(truncatingIfNeeded: n >> 8);
                    out[o + 2] = UInt8(truncatingIfNeeded: n)
                    o += 3; i += 4
                }
            }
            initialised = size
        }
        if bad & 0xC0 != 0 { throw Damaged() }
        return bytes
    }

    private mutating func count() throws -> Int {
        guard position + 4 <= data.count else { throw Damaged() }
        defer { position += 4 }
        return Int(
            UInt32(data[position]) | UInt32(data[position + 1]) << 8 | UInt32(data[position + 2]) << 16 | UInt32(data[position + 3]) << 24)
    }

    package mutating func bytes() throws -> [UInt8] {
        let n = try count()
        guard position + n <= data.count else { throw Damaged() }
        defer { position += n }
        return Array(data[position..<position + n])
    }

    package mutating func words() throws -> [UInt32] {
        let n = try count()
        guard position + 4 * n <= data.count else { throw Damaged() }
        defer { position += 4 * n }
        return data.withUnsafeBufferPointer { b in
            [UInt32](unsafeUninitializedCapacity: n) { out, initialised in
                var p = position
                for k in 0..<n {
                    out[k] = UInt32(b[p]) | UInt32(b[p + 1]) << 8 | UInt32(b[p + 2]) << 16 | UInt32(b[p + 3]) << 24
                    p += 4
                }
                initialised = n
            }
        }
    }

    package mutating func signedWords() throws -> [Int32] { try words().map { Int32(bitPattern: $0) } }

    package mutating func doubleWords() throws -> [UInt64] {
        let halves = try words()
        guard halves.count % 2 == 0 else { throw Damaged() }
        return stride(from: 0, to: halves.count, by: 2).map { UInt64(halves[$0]) | UInt64(halves[$0 + 1]) << 32 }
    }
}
