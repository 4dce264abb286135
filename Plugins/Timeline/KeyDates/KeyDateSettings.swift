/// How many key dates and sentences the timeline pass gives (`passes.timeline` options
/// `key_dates` and `key_date_sentences`, checked by `TimelinePass.Options.validate()`).
struct KeyDateSettings: Sendable, Hashable {
    /// Key dates wanted; nil means the default for the corpus size (see `count(documents:)`).
    var keyDates: Int?
    /// Most summary sentences per key date.
    var sentences: Int

    /// Allowed values: a site with more than this many key dates is no longer a summary.
    static let keyDateRange = 1...500
    /// Allowed sentences per date.
    static let sentenceRange = 1...10
    /// Default sentences per date.
    static let defaultSentences = 3
    /// Default: one key date per this many articles…
    static let articlesPerKeyDate = 15
    /// …kept within these bounds.
    static let defaultBounds = 5...40

    /// Settings as given (already checked).
    init(keyDates: Int? = nil, sentences: Int = KeyDateSettings.defaultSentences) {
        self.keyDates = keyDates
        self.sentences = sentences
    }

    /// The number of key dates for a corpus of `documents` articles.
    func count(documents: Int) -> Int {
        if let n = keyDates { return n }
        let n = Int((Double(documents) / Double(Self.articlesPerKeyDate)).rounded())
        return min(Self.defaultBounds.upperBound, max(Self.defaultBounds.lowerBound, n))
    }
}
