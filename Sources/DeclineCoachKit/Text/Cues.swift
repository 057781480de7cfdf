/// The linter's vocabulary lives in Language/cues/ as data, one file per cue;
/// the build compiles it into `Cue` (see Sources/language-data). Here the
/// phrases become one `Lexicon`, found in a single pass over the text.
extension Cue {
    /// Words the rules ask about by id without a phrase of their own.
    static let extraWords = ["i", "you", "your", "we", "they", "the", "a", "an", "to", "and", "or", "of", "it", "that",
                             "my", "me", "this", "is", "be", "at", "in", "on", "for", "with", "from", "but", "so", "not"]

    public static let lexicon: Lexicon = {
        var entries: [(cue: Int, pattern: String)] = []
        for cue in Cue.allCases { for (p, _) in phraseLines[cue.rawValue] { entries.append((cue.rawValue, p)) } }
        return Lexicon(entries: entries, extraWords: extraWords + TextAnalysis.negators + TextAnalysis.contrast + TextAnalysis.scopeClosers
                       + ClauseReading.functionWords)
    }()

    public static var count: Int { allCases.count }
}
