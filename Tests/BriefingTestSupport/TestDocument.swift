import BriefingCore

/// A document held in memory, its body the whole text: for tests that need no loader.
///
/// `id` doubles as the path; `format`, `title`, `source` and `date` stand for what a loader
/// would read from the file or its front matter.
public func document(_ id: String, _ text: String, format: DocumentFormat = .text, title: String? = nil,
                     source: String? = nil, date: String? = nil) -> Document {
    let text = SourceText(text)
    return Document(id: id, path: id, format: format, title: title, titleSpan: nil, source: source, url: nil, author: nil,
                    date: date, metadata: [:], text: text, body: Span(0, text.count))
}

/// A corpus of in-memory documents, in the order given.
public func corpus(_ documents: Document...) -> Corpus {
    Corpus(documents: documents)
}
