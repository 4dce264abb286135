/// The immutable set of documents a build works on, in a deterministic order.
///
/// Passes receive the same corpus value concurrently; being a value type of value types, it
/// needs no locking and cannot be changed under a pass's feet.
public struct Corpus: Sendable {
    /// Documents sorted by id.
    public let documents: [Document]
    /// Problems met while loading that did not stop the build (bad encoding, skipped files).
    public let warnings: [LoadWarning]

    /// Creates a corpus, sorting the documents by id so every build sees the same order.
    public init(documents: [Document], warnings: [LoadWarning] = []) {
        self.documents = documents.sorted { $0.id < $1.id }
        self.warnings = warnings
    }

    /// Finds a document by id.
    public func document(_ id: String) -> Document? {
        documents.first { $0.id == id }
    }
}
