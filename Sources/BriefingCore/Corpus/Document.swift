/// One article of the corpus: its original text, metadata and structure.
///
/// The original text is kept whole (front matter included for Markdown) so that every span a
/// pass reports can be checked against, and highlighted in, exactly what the user gave us.
public struct Document: Sendable, Hashable, Identifiable {
    /// The path relative to the corpus folder; for JSON records, the path plus `#` and the
    /// record's id (or its position when it has none).
    public var id: String
    /// The file the document came from, relative to the corpus folder.
    public var path: String
    /// How the file was read.
    public var format: DocumentFormat
    /// The headline, from metadata or the first title line; nil when the text has none.
    public var title: String?
    /// Where the title is in the text, when it came from the text itself.
    public var titleSpan: Span?
    /// For a document without `title`: its own headline read from run-together text, or a
    /// title made from its first real sentence (`HeadlineResolver`, set when the corpus is made).
    public var derivedTitle: String?
    /// Whether `derivedTitle` is a headline the page carries (rather than a shortened sentence).
    public var derivedTitleIsHeadline = false
    /// The outlet or publisher.
    public var source: String?
    /// Where the article was published.
    public var url: String?
    /// The byline.
    public var author: String?
    /// The publication date as given (ISO 8601 expected), the anchor for relative dates.
    public var date: String?
    /// Any other metadata keys, as strings, for templates and plugins.
    public var metadata: [String: String]
    /// The original text; all spans index it.
    public var text: SourceText
    /// The part of the text that is the article (after front matter), trimmed.
    public var body: Span
    /// Blocks of the body, in order, including the title line as a heading.
    public var paragraphs: [Paragraph]
    /// Sentences of all paragraphs, in order.
    public var sentences: [Sentence]
    /// Number of word and number tokens in the body: the figure shown as "words". Counted
    /// once here because the sources pass and every page need it.
    public var wordCount: Int

    /// Creates a document and computes its paragraphs and sentences from its text.
    public init(
        id: String, path: String, format: DocumentFormat, title: String?, titleSpan: Span?,
        source: String?, url: String?, author: String?, date: String?,
        metadata: [String: String], text: SourceText, body: Span
    ) {
        self.id = id
        self.path = path
        self.format = format
        // However long the metadata or heading, a title is a line a page can show.
        self.title = title.map(Excerpt.title)
        self.titleSpan = titleSpan
        self.source = source
        self.url = url
        self.author = author
        self.date = date
        self.metadata = metadata
        self.text = text
        self.body = body
        self.paragraphs = ParagraphSplitter.paragraphs(of: text, in: body, format: format, titleSpan: titleSpan)
        self.sentences = SentenceSplitter.sentences(of: text, paragraphs: paragraphs)
        self.wordCount = Tokenizer.tokens(text, in: body).reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }
    }

    /// The text of a span of this document.
    public func slice(_ span: Span) -> String { text.slice(span) }


    /// The document's publication day as a calendar date, when its `date` parses.
    public var calendarDate: CalendarDate? { date.flatMap(CalendarDate.init(iso:)) }
}
