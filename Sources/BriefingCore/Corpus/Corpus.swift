/// The immutable set of documents a build works on, in a deterministic order.
///
/// Passes receive the same corpus value concurrently; being a value type of value types, it
/// needs no locking and cannot be changed under a pass's feet.
public struct Corpus: Sendable {
    /// Documents sorted by path; records of one JSON or JSONL file keep their order in the file.
    public let documents: [Document]
    /// Problems met while loading that did not stop the build (bad encoding, skipped files).
    public let warnings: [LoadWarning]

    /// Creates a corpus, sorting the documents by path so every build sees the same order;
    /// documents sharing a path (records of one JSON or JSONL file) keep the order they were
    /// given in, which is file order ("a.jsonl#2" before "a.jsonl#10"). Untitled documents get
    /// their own headline (`HeadlineResolver`), never another page's teaser.
    public init(documents: [Document], warnings: [LoadWarning] = []) {
        self.documents = HeadlineResolver.titled(documents.enumerated().sorted { a, b in
            if a.element.path != b.element.path { return a.element.path < b.element.path }
            return a.offset < b.offset
        }.map(\.element))
        self.warnings = warnings
    }

    /// Finds a document by id.
    public func document(_ id: String) -> Document? {
        documents.first { $0.id == id }
    }
}
