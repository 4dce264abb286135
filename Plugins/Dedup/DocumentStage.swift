import BriefingCore

/// What the pass computes for each document on its own, before any document is compared:
/// paragraph shapes, repeated paragraphs and the MinHash signature.
///
/// This is the part whose cost grows with the corpus, so it works on word hashes without
/// building strings, and documents are staged concurrently in chunks.
struct DocumentStage: Sendable {
    /// Shape of every paragraph.
    var shapes: [ParagraphShape]
    /// Paragraphs repeated inside the document.
    var repeats: [ParagraphRepeat]
    /// MinHash signature of the body's word shingles; nil for a body without words.
    var signature: [UInt32]?
    /// The exact, sorted shingle set, kept only for corpora compared pair by pair.
    var shingleSet: [UInt64]?

    /// Stages one document.
    static func make(_ document: Document, options: DedupPass.Options, hasher: MinHasher, keepShingles: Bool) -> DocumentStage {
        let scalars = document.text.scalars
        var bodyWords: [UInt64] = []
        var shapes: [ParagraphShape] = []
        var paragraphWords: [[UInt64]] = []
        shapes.reserveCapacity(document.paragraphs.count)
        for paragraph in document.paragraphs {
            let words = WordHashes.of(scalars, in: paragraph.span)
            bodyWords.append(contentsOf: words)
            shapes.append(ParagraphShape(document.text, paragraph.span, words: words))
            paragraphWords.append(words)
        }
        let repeats = ParagraphRepeats.find(paragraphWords, similarity: options.repeatSimilarity)
        let shingles = Shingles.hashes(bodyWords, size: options.shingleSize)
        return DocumentStage(
            shapes: shapes, repeats: repeats, signature: hasher.signature(shingles),
            shingleSet: keepShingles ? Array(Set(shingles)).sorted() : nil)
    }

    /// Stages every document, in concurrent chunks, keeping the corpus order.
    static func makeAll(_ documents: [Document], options: DedupPass.Options, keepShingles: Bool) async -> [DocumentStage] {
        let hasher = MinHasher(size: options.permutations)
        return Parallel.map(count: documents.count, minimumCount: 128) { i in
            make(documents[i], options: options, hasher: hasher, keepShingles: keepShingles)
        }
    }
}
