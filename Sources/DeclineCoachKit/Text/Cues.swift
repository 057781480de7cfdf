import DeclineCoachText

/// The linter's vocabulary lives in Language/ as data, one file per cue; the
/// build compiles it into `Cue` and into the phrase matcher itself (see
/// Sources/language-data), so start-up only decodes the matcher's tables.
extension Cue {
    public static let lexicon: Lexicon = {
        do {
            var input = try CompiledReader(base64: LanguageData.compiledLexicon)
            return try Lexicon(compiled: &input)
        } catch {
            // Generated beside `Cue` in one build step, so the two cannot drift apart.
            fatalError("the compiled phrase matcher does not match this build of decline-coach; rebuild it")
        }
    }()

    /// The matcher built from the phrase files at run time, as the build does (for tests and tools).
    static func buildLexicon() -> Lexicon {
        Lexicon(entries: LanguageData.lexiconEntries(phraseLines: phraseLines), extraWords: LanguageData.lexiconWords)
    }

    public static var count: Int { allCases.count }
}
