import BriefingCore

/// The `sources` pass: one row per document with the figures a reader scans first.
///
/// It also picks the story's title when none is configured: the headline sharing the most
/// words with the other headlines, i.e. the most central one.
public struct SourcesPass: ConfigurablePass {
    public let id = "sources"
    public let title = "Sources"
    public let summary = "Lists the documents: title, outlet, date, words, sentences, reading time."
    public let dependencies: [String] = []

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try self.options(input)
        let rows = input.corpus.documents.map { SourceRow(document: $0, wordsPerMinute: options.wordsPerMinute) }
        let result = SourcesResult(
            documents: rows,
            storyTitle: HeadlineChooser.central(input.corpus.headlines),
            totalWords: rows.reduce(0) { $0 + $1.words })
        return SourcesPresentation.output(result, corpus: input.corpus, options: options)
    }
}
