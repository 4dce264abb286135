/// Reads a plain-text article: a headline line, then the body.
enum PlainTextReader {
    /// Builds the document; the title is the first title-like line among the first two.
    static func document(path: String, text: String) -> Document {
        let source = SourceText(text)
        let titleSpan = TitleDetector.titleLine(in: source, from: 0, candidates: 2)
        return Document(
            id: path, path: path, format: .text,
            title: titleSpan.map(source.slice), titleSpan: titleSpan,
            source: nil, url: nil, author: nil, date: nil, metadata: [:],
            text: source, body: source.trimmed(Span(0, source.count)))
    }
}
