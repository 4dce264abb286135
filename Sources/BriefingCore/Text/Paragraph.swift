/// A block of a document's body: one paragraph, heading or stand-alone line.
///
/// Paragraphs are the unit of duplicate detection and of rendering, so each one remembers the
/// line it starts on (the data contract reports repeats by line) and what kind of block it is.
public struct Paragraph: Hashable, Sendable, Codable {
    /// What role a block plays on the page; passes use it to skip headlines or labels.
    public enum Kind: String, Sendable, Codable {
        /// The document's title line (plain text files) or a Markdown heading.
        case heading
        /// Ordinary running text.
        case body
    }

    /// Position of the paragraph in its document, from 0.
    public var index: Int
    /// The paragraph's text, trimmed of surrounding whitespace.
    public var span: Span
    /// 1-based line on which the paragraph starts.
    public var line: Int
    /// Heading or body.
    public var kind: Kind

    /// Creates a paragraph.
    public init(index: Int, span: Span, line: Int, kind: Kind) {
        self.index = index
        self.span = span
        self.line = line
        self.kind = kind
    }
}
