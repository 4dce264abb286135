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
    /// Hashes of the numbers the document states outside cruft ("2.5", "11", "1,000").
    var figures: Set<UInt64> = []

    /// Stages one document.
    /// Words inside `excluded` (template text, bylines) take no part in the shingles, so cruft
    /// never makes two pages look alike.
    static func make(_ document: Document, options: DedupPass.Options, hasher: MinHasher, keepShingles: Bool,
                     excluded: [Span] = []) -> DocumentStage {
        let scalars = document.text.scalars
        var bodyWords: [UInt64] = []
        var shapes: [ParagraphShape] = []
        var paragraphWords: [[UInt64]] = []
        shapes.reserveCapacity(document.paragraphs.count)
        for paragraph in document.paragraphs {
            let words = WordHashes.of(scalars, in: paragraph.span)
            if excluded.contains(where: { $0.overlaps(paragraph.span) }) {
                for part in paragraph.span.subtracting(excluded) { bodyWords.append(contentsOf: WordHashes.of(scalars, in: part)) }
            } else {
                bodyWords.append(contentsOf: words)
            }
            shapes.append(ParagraphShape(document.text, paragraph.span, words: words))
            paragraphWords.append(words)
        }
        let repeats = ParagraphRepeats.find(paragraphWords, similarity: options.repeatSimilarity)
        var figures = Set<UInt64>()
        for paragraph in document.paragraphs {
            for part in paragraph.span.subtracting(excluded) { figures.formUnion(numberHashes(scalars, in: part)) }
        }
        let shingles = Shingles.hashes(bodyWords, size: options.shingleSize)
        return DocumentStage(
            shapes: shapes, repeats: repeats, signature: hasher.signature(shingles),
            shingleSet: keepShingles ? Array(Set(shingles)).sorted() : nil, figures: figures)
    }

    /// Hashes of the numbers inside `span`: runs of digits with inner `.`, `,` or `:`.
    static func numberHashes(_ s: [Unicode.Scalar], in span: Span) -> [UInt64] {
        var result: [UInt64] = []
        var i = span.start
        let isDigit = { (c: Unicode.Scalar) in c.value >= 0x30 && c.value <= 0x39 }
        while i < span.end {
            guard isDigit(s[i]), i == span.start || !WordHashes.isWordScalar(s[i - 1]) else {
                i += 1
                continue
            }
            var h = WordHashes.offsetBasis
            while i < span.end, isDigit(s[i]) || ((s[i] == "." || s[i] == "," || s[i] == ":") && i + 1 < span.end && isDigit(s[i + 1])) {
                if isDigit(s[i]) { h = (h ^ UInt64(s[i].value)) &* WordHashes.prime }
                i += 1
            }
            result.append(h)
        }
        return result
    }

    /// Stages every document, in concurrent chunks, keeping the corpus order.
    static func makeAll(_ documents: [Document], options: DedupPass.Options, keepShingles: Bool,
                        excluded: [[Span]]? = nil) async -> [DocumentStage] {
        let hasher = MinHasher(size: options.permutations)
        return Parallel.map(count: documents.count, minimumCount: 128) { i in
            make(documents[i], options: options, hasher: hasher, keepShingles: keepShingles, excluded: excluded?[i] ?? [])
        }
    }
}

extension Span {
    /// The parts of this span outside every span of `others`, in order.
    func subtracting(_ others: [Span]) -> [Span] {
        var parts: [Span] = []
        var cursor = start
        for o in others.sorted(by: { $0.start < $1.start }) where o.end > cursor && o.start < end {
            if o.start > cursor { parts.append(Span(cursor, o.start)) }
            cursor = max(cursor, o.end)
        }
        if cursor < end { parts.append(Span(cursor, end)) }
        return parts
    }
}
