import BriefingCore

/// The summary pass's result: `data/summary.json`.
///
/// Field names are the data contract's: `sentences[] {text, sources[] {doc, start, end}}`
/// and `documents[] {doc, summary[]}`.
public struct SummaryResult: PassResult, Equatable {
    /// The lead summary, in reading order.
    public var sentences: [SummarySentence]
    /// Each document's own summary, in corpus order.
    public var documents: [DocumentSummary]

    /// Creates a result.
    public init(sentences: [SummarySentence], documents: [DocumentSummary]) {
        self.sentences = sentences
        self.documents = documents
    }
}

/// One sentence of the lead summary and every source that carries it.
public struct SummarySentence: Codable, Sendable, Equatable {
    /// The sentence as the first source has it, whitespace runs collapsed to one space.
    public var text: String
    /// Where it is: the source it was taken from first, then every other document that
    /// carries it, each with the span that holds it.
    public var sources: [SourceSpan]
    /// Documents that state the same thing in other words (rewrites, dedup's equivalent
    /// sentences), with the sentence that does; not in `sources`, whose spans hold the words.
    public var paraphrases: [SourceSpan]

    /// Creates a sentence.
    public init(text: String, sources: [SourceSpan], paraphrases: [SourceSpan] = []) {
        self.text = text
        self.sources = sources
        self.paraphrases = paraphrases
    }
}

/// A span of a source document, by document id and Unicode-scalar offsets (end exclusive).
public struct SourceSpan: Codable, Sendable, Equatable, Hashable {
    /// Document id: its path relative to the corpus folder.
    public var doc: String
    /// First scalar.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// Creates a span reference.
    public init(doc: String, start: Int, end: Int) {
        self.doc = doc
        self.start = start
        self.end = end
    }
}

/// The summary of one document.
public struct DocumentSummary: Codable, Sendable, Equatable {
    /// Document id.
    public var doc: String
    /// Two or three of its sentences, in the document's order.
    public var summary: [DocumentSummarySentence]

    /// Creates a document summary.
    public init(doc: String, summary: [DocumentSummarySentence]) {
        self.doc = doc
        self.summary = summary
    }
}

/// One sentence of a document's summary, with its span in that document.
public struct DocumentSummarySentence: Codable, Sendable, Equatable {
    /// The sentence, whitespace runs collapsed.
    public var text: String
    /// First scalar.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// Creates a sentence.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
