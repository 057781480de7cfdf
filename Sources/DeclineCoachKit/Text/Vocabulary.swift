/// Maps a word's bytes to a small integer id without building a `String` per
/// word: the linter's hot path looks up every word of the input here.
struct Vocabulary: Sendable {
    private var keys: [UInt8] = []          // all keys, back to back
    private var slots: [Slot]               // open addressing, power-of-two size
    private var mask: Int
    private(set) var count = 0
    private(set) var words: [String] = [""] // id -> stem, for diagnostics

    private struct Slot { var hash: UInt32 = 0; var offset: Int32 = -1; var length: Int32 = 0; var id: Int32 = 0 }

    init(capacity: Int = 8192) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Vocabulary.hash(bytes)
        var i = Int(h) & mask
        return keys.withUnsafeBufferPointer { store in slots.withUnsafeBufferPointer { slots in
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
        } }
    }

    func lookup(_ word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { lookup($0) }
    }

    /// Registers `word` under `id` (a new id when nil); returns the id used.
    @discardableResult
    mutating func insert(_ word: String, id: Int32? = nil) -> Int32 {
        let existing = lookup(word)
        if existing != 0 { return existing }
        let newID: Int32
        if let id { newID = id } else { words.append(word); newID = Int32(words.count - 1) }
        let bytes = Array(word.utf8)
        let h = bytes.withUnsafeBufferPointer { Vocabulary.hash($0) }
        var i = Int(h) & mask
        while slots[i].offset >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, offset: Int32(keys.count), length: Int32(bytes.count), id: newID)
        keys.append(contentsOf: bytes)
        count += 1
        return newID
    }
}
