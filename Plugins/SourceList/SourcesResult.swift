import BriefingCore

/// `data/sources.json`: the documents of the corpus and their figures.
public struct SourcesResult: PassResult, Equatable {
    /// One row per document, in corpus order.
    public var documents: [SourceRow]
    /// The most central headline, the default title of the briefing.
    public var storyTitle: String?
    /// Words in all documents.
    public var totalWords: Int
}

/// One document's figures.
public struct SourceRow: Codable, Sendable, Equatable {
    /// Document id.
    public var doc: String
    /// Headline, or the opening words of the article when it has none.
    public var title: String
    /// Outlet.
    public var source: String?
    /// Publication date as given.
    public var date: String?
    /// Link to the original.
    public var url: String?
    /// Byline.
    public var author: String?
    /// Words in the body.
    public var words: Int
    /// Sentences in the body.
    public var sentences: Int
    /// Paragraphs in the body.
    public var paragraphs: Int
    /// Minutes to read at the configured speed, at least 1.
    public var readingMinutes: Int
    /// The document's page in the site.
    public var page: String

    /// Computes the row of a document.
    public init(document: Document, wordsPerMinute: Int) {
        doc = document.id
        title = document.displayTitle
        source = document.source
        date = document.date
        url = document.url
        author = document.author
        words = document.wordCount
        sentences = document.sentences.count
        paragraphs = document.paragraphs.count
        readingMinutes = max(1, Int((Double(words) / Double(wordsPerMinute)).rounded()))
        page = SitePaths.sourcePage(document.id)
    }
}
