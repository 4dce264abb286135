import BriefingCore

/// The `sources` pass: one row per document with the figures a reader scans first.
///
/// It also picks the story's title when none is configured: the headline sharing the most
/// words with the other headlines, i.e. the most central one.
public struct SourcesPass: AnalysisPass {
    public let id = "sources"
    public let title = "Sources"
    public let summary = "Lists the documents: title, outlet, date, words, sentences, reading time."
    public let dependencies: [String] = []
    public let optionKeys: [String]? = ["words_per_minute"]

    /// Words per minute used for reading time; an option (`words_per_minute`).
    public static let defaultWordsPerMinute = 230

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let wpm = try input.options.int("words_per_minute", default: Self.defaultWordsPerMinute)
        guard wpm > 0 else {
            throw PassError.invalidOption(pass: id, key: "words_per_minute", value: String(wpm), expected: "a positive whole number")
        }
        let rows = input.corpus.documents.map { SourceRow(document: $0, wordsPerMinute: wpm) }
        let result = SourcesResult(
            documents: rows,
            storyTitle: HeadlineChooser.central(input.corpus.headlines),
            totalWords: rows.reduce(0) { $0 + $1.words })
        let count = rows.count
        return PassOutput(
            result: result,
            figures: [Figure(value: count, label: count == 1 ? "source" : "sources")])
    }
}
