/// Maps a word's bytes to a small integer id without building a `String` per
/// word: the linter's hot path looks up every word of the input here.
package struct Vocabulary: Sendable {
    private var keys: [UInt8] = []  // all keys, back to back
    private var slots: [Slot]  // open addressing, power-of-two size
    private var mask: Int
    package private(set) var count = 0
    /// Ids handed out so far (id 0 means "not a word the linter knows").
    package private(set) var idCount: Int32 = 1

    private struct Slot { var hash: UInt32 = 0; var offset: Int32 = -1; var length: Int32 = 0; var id: Int32 = 0 }

    package init(capacity: Int = 8192) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    package func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Vocabulary.hash(bytes)
        var i = Int(h) & mask
        return keys.withUnsafeBufferPointer { store in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let slot = slots[i]
                    if slot.offset < 0 { return 0 }
                    if slot.hash == h, Int(slot.length) == bytes.count {
                        var equal = true
                        let base = Int(slot.offset)
                        var k = 0
                        while k < bytes.count { if store[base + k] != bytes[k] { equal = false; break }; k += 1 }
                        if equal { return slot.id }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    package func lookup(_ word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { lookup($0) }
    }

    /// Registers `word` under `id` (a new id when nil); returns the id used.
    @discardableResult
    package mutating func insert(_ word: String, id: Int32? = nil) -> Int32 {
        let existing = lookup(word)
        if existing != 0 { return existing }
        let newID: Int32
        if let id { newID = id } else { newID = idCount; idCount += 1 }
        let bytes = Array(word.utf8)
        let h = bytes.withUnsafeBufferPointer { Vocabulary.hash($0) }
        var i = Int(h) & mask
        while slots[i].offset >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, offset: Int32(keys.count), length: Int32(bytes.count), id: newID)
        keys.append(contentsOf: bytes)
        count += 1
        return newID
    }

    // MARK: Compiled form: the build writes the table out, and start-up reads it back without hashing a word.

    /// The filled slots only; reading places them again by their stored hash.
    func write(to out: inout CompiledWriter) {
        out.write(keys)
        let filled = slots.filter { $0.offset >= 0 }
        out.write(filled.flatMap { [$0.hash, UInt32(bitPattern: $0.offset), UInt32(bitPattern: $0.length), UInt32(bitPattern: $0.id)] })
        out.write([UInt32(slots.count), UInt32(count), UInt32(idCount)])
    }

    init(from input: inout CompiledReader) throws {
        keys = try input.bytes()
        let flat = try input.words(), sizes = try input.words()
        guard flat.count % 4 == 0, sizes.count == 3, sizes[0] > 0, sizes[0] & (sizes[0] - 1) == 0,
            Int(sizes[0]) > flat.count / 4
        else { throw CompiledReader.Damaged() }
        slots = Array(repeating: Slot(), count: Int(sizes[0]))
        mask = slots.count - 1
        count = Int(sizes[1]); idCount = Int32(sizes[2])
        for k in stride(from: 0, to: flat.count, by: 4) {
            let slot = Slot(
                hash: flat[k], offset: Int32(bitPattern: flat[k + 1]), length: Int32(bitPattern: flat[k + 2]),
                id: Int32(bitPattern: flat[k + 3]))
            guard slot.offset >= 0, Int(slot.offset) + Int(slot.length) <= keys.count else { throw CompiledReader.Damaged() }
            var i = Int(slot.hash) & mask
            while slots[i].offset >= 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
