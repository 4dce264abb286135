/// One sentence of a paragraph, as found by `SentenceSplitter`.
///
/// Sentences are what summaries cite, what events are made of and what dedup aligns across
/// documents, so each carries its paragraph for context.
public struct Sentence: Hashable, Sendable, Codable {
    /// Position of the sentence in its document, from 0.
    public var index: Int
    /// The sentence's text, trimmed of surrounding whitespace.
    public var span: Span
    /// Index of the paragraph that holds it.
    public var paragraph: Int

    /// Creates a sentence.
    public init(index: Int, span: Span, paragraph: Int) {
        self.index = index
        self.span = span
        self.paragraph = paragraph
    }
}
