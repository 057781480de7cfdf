/// Ordinary English words. In capitals they are shouting ("I ALREADY TOLD YOU"),
/// where capitals made of other words are acronyms or names ("NYC", "AWS").
/// Shared by `hostile` (what is shouting) and `personal-touch` (what is not a name).
enum ShoutedWords {
    static let common: Set<String> = [
        "i", "you", "your", "you're", "the", "my", "me", "not", "do", "don't", "stop", "call",
        "again", "time", "can", "can't", "already", "told", "is", "are", "this", "that", "never", "ever", "one", "all", "we",
        "us", "it", "what", "why", "how", "and", "or", "to", "of", "in", "on", "for", "with", "no", "won't", "will", "just",
        "am", "i'm", "have", "twice", "listen", "wasting", "said", "want", "leave", "alone", "get", "a", "be", "so", "now",
        "yes", "stop", "enough", "cannot", "heard", "literally", "sorry", "such", "really", "seriously", "told", "again", "always", "still",
        "here", "there", "done",
    ]
}
