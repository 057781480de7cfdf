/// A small, conservative suffix stemmer. It is applied identically to the
/// linter's phrases and to the user's words, so it only has to be consistent,
/// not linguistically perfect: "withdrawing", "withdrew" and "withdrawn" all
/// meet "withdraw", and "apologised" meets "apologized" through the vocabulary.
package enum Stemmer {
    /// Irregular forms that suffix stripping would never reach.
    package static let irregular: [String: String] = [
        "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
        "has": "have", "had": "have", "having": "have",
        "does": "do", "did": "do", "done": "do", "doing": "do",
        "withdrew": "withdraw", "withdrawn": "withdraw", "going": "go",
        "chose": "choose", "chosen": "choose", "went": "go", "gone": "go", "goes": "go",
        "made": "make", "took": "take", "taken": "take", "felt": "feel", "thought": "think",
        "told": "tell", "paid": "pay", "flew": "fly", "flown": "fly", "sent": "send",
        "began": "begin", "begun": "begin", "came": "come", "gave": "give", "given": "give",
        "got": "get", "gotten": "get", "left": "leave", "met": "meet", "said": "say",
        "saw": "see", "seen": "see", "spoke": "speak", "spoken": "speak", "wrote": "write",
        "written": "write", "understood": "understand", "knew": "know", "known": "know",
        "heard": "hear", "found": "find", "kept": "keep", "meant": "mean", "lost": "lose",
        "brought": "bring", "bought": "buy", "ran": "run", "sat": "sit", "stood": "stand",
        "sought": "seek", "caught": "catch", "taught": "teach", "fell": "fall", "led": "lead",
        "hung": "hang", "rang": "ring", "rung": "ring", "children": "child", "people": "person", "men": "man", "women": "woman",
        "wasted": "waste", "wasting": "waste", "signed": "sign", "worse": "bad", "worst": "bad",
        "better": "good", "best": "best", "busy": "busy", "sorry": "sorry", "news": "news",
        // four-letter words whose final e would make them another word: "note" is not "not", "care" not "car"
        "note": "note", "notes": "note", "noted": "note", "noting": "note",
        "care": "care", "cares": "care", "cared": "care", "caring": "care",
    ]

    package static func stem(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems lowercase ASCII bytes in place. Words with non-ASCII bytes are left alone.
    /// Whether `stem` could change the word: only some endings are touched.
    @inline(__always)
    package static func mayChange(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count > 3, let last = w.last else { return false }
        return last == 115 || last == 100 || last == 103 || last == 101 || last == w[w.count - 2]
    }

    package static func stem(_ w: inout [UInt8]) {
        guard w.count > 3, w.allSatisfy({ $0 < 0x80 }) else { return }
        let length = w.count
        var stripped = false
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard w.count > n else { return false }
            return s.withUTF8Buffer { suffix in
                var i = 0
                while i < n { if w[w.count - n + i] != suffix[i] { return false }; i += 1 }
                return true
            }
        }
        func hasVowel(_ upTo: Int) -> Bool {
            var i = 0
            while i < upTo {
                switch w[i] {
                case 97, 101, 105, 111, 117, 121: return true;
                default: i += 1
                }
            }
            return false
        }
        if ends("ies"), w.count > 4 {
            w.removeLast(3); w.append(121); stripped = true
        } else if ends("ied"), w.count > 4 {
            w.removeLast(3); w.append(121); stripped = true
        } else if ends("ing"), w.count - 3 >= 3, hasVowel(w.count - 3) {
            w.removeLast(3); stripped = true
        } else if ends("ed"), w.count - 2 >= 3, hasVowel(w.count - 2) {
            w.removeLast(2); stripped = true
        } else if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes") {
            w.removeLast(2); stripped = true
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is"), w.count >= 4 {
            w.removeLast()
        }  // then the final-e rule below
        if !stripped, w.count > 3, w.last == 101 { w.removeLast() }  // final e
        if w.count > 3, let last = w.last, last == w[w.count - 2], last != 115,
            !(last == 97 || last == 101 || last == 105 || last == 111 || last == 117)
        {
            w.removeLast()  // stopp -> stop, call -> cal (both sides alike)
        }
        // A stem that spells an irregular form is kept apart from it: "range" and "ranges", cut to
        // "rang", must not become "ring".
        if w.count != length, irregularForms.contains(w) { w.append(126) }  // "~"
    }

    /// The irregular forms that stand for another word (not "note" for "note"), as bytes.
    private static let irregularForms: Set<[UInt8]> = Set(irregular.filter { $0.key != $0.value }.map { Array($0.key.utf8) })
}
