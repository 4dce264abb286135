import Foundation

/// A sparse, unit-length vector of term weights, sorted by term id.
///
/// Ids are dense integers given to the vocabulary of one corpus, so that dot products and
/// centroid sums use arrays and small dictionaries rather than hashing words again.
struct StoryVector: Sendable, Equatable {
    /// Term ids, ascending.
    var terms: [Int32]
    /// Weights, aligned with `terms`.
    var weights: [Float]

    /// An empty vector (a document with no content words).
    static let empty = StoryVector(terms: [], weights: [])

    var isEmpty: Bool { terms.isEmpty }

    /// Keeps the `limit` heaviest entries and scales the vector to unit length.
    init(weighted pairs: [(Int32, Float)], limit: Int) {
        // Sorted before summing, so the result never depends on a dictionary's order.
        let kept = pairs.count > limit
            ? Array(pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit))
            : pairs
        let sorted = kept.sorted { $0.0 < $1.0 }
        let norm = sorted.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
        terms = sorted.map(\.0)
        weights = norm > 0 ? sorted.map { $0.1 / norm } : sorted.map(\.1)
    }

    init(terms: [Int32], weights: [Float]) {
        self.terms = terms
        self.weights = weights
    }
}

/// Turns term counts into TF-IDF vectors over one corpus.
///
/// Sublinear term frequency (1 + ln tf) keeps a word repeated in one long article from
/// dominating it; inverse document frequency ln(1 + N / df) favours the words that set a
/// story apart while a word every article shares (a small corpus of one story) still counts. Words in a single document cannot link two articles and are dropped; only the
/// heaviest `termsPerDocument` words are kept, so comparisons stay cheap and boilerplate
/// words fall away.
struct StoryVectorizer {
    /// Words kept per document.
    var termsPerDocument = 40
    /// Fewest documents a word must appear in to count.
    var minimumDocumentFrequency = 2

    /// The vectors of `terms`, in order, and each kept term id's word hash.
    func vectors(_ terms: [StoryTerms]) -> (vectors: [StoryVector], hashes: [UInt64]) {
        var ids: [UInt64: Int32] = [:]
        var frequency: [Int32] = []
        for doc in terms {
            for hash in doc.counts.keys.sorted() {  // ids in a fixed order, whatever the hashing seed
                if let id = ids[hash] {
                    frequency[Int(id)] += 1
                } else {
                    ids[hash] = Int32(frequency.count)
                    frequency.append(1)
                }
            }
        }
        var hashes = [UInt64](repeating: 0, count: frequency.count)
        for (hash, id) in ids { hashes[Int(id)] = hash }
        let n = Float(max(terms.count, 1))
        let vectors = terms.map { doc -> StoryVector in
            var pairs: [(Int32, Float)] = []
            pairs.reserveCapacity(doc.counts.count)
            for (hash, count) in doc.counts.sorted(by: { $0.key < $1.key }) {
                let id = ids[hash]!
                let df = frequency[Int(id)]
                guard df >= Int32(minimumDocumentFrequency) else { continue }
                let idf = log(1 + n / Float(df))
                guard idf > 0 else { continue }
                pairs.append((id, (1 + log(count)) * idf))
            }
            return StoryVector(weighted: pairs, limit: termsPerDocument)
        }
        return (vectors, hashes)
    }
}
