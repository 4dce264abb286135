/// What the dedup pass tells the passes that run after it.
///
/// Passes depend on BriefingCore only, so the part of dedup's result that others consume is a
/// protocol here; the dedup pass's result type conforms to it. A pass that lists `dedup` in
/// its dependencies reads it through `PassResults.duplicates`.
public protocol DuplicateFindings: PassResult {
    /// Whether the span lies in boilerplate or cruft (labels, teasers, share prompts).
    func isBoilerplate(_ doc: String, _ span: Span) -> Bool
    /// Whether the span lies in a later copy of a passage repeated inside the same document.
    func isRepeat(_ doc: String, _ span: Span) -> Bool
    /// Groups of equivalent sentences across documents (each group has two or more members),
    /// so that a fact is counted once and credited to every source that carries it.
    var equivalentSentences: [[SentenceRef]] { get }
}

/// A sentence of a document, by document id and sentence index, with its span.
public struct SentenceRef: Hashable, Sendable, Codable {
    /// Document id.
    public var doc: String
    /// Index into the document's `sentences`.
    public var sentence: Int
    /// The sentence's span.
    public var span: Span

    /// Creates a reference.
    public init(doc: String, sentence: Int, span: Span) {
        self.doc = doc
        self.sentence = sentence
        self.span = span
    }
}

extension PassResults {
    /// The dedup pass's findings, when it ran and is a dependency of the reading pass.
    public var duplicates: (any DuplicateFindings)? { self["dedup"] as? any DuplicateFindings }
}
