/// A TF-IDF vector stored as sorted term ids and weights, L2-normalised.
///
/// Sentences have a few dozen terms out of tens of thousands, so dense vectors would waste
/// memory and time; sorted pairs make a dot product a single merge.
struct SparseVector: Sendable, Hashable {
    /// Term ids, ascending.
    var terms: [Int32]
    /// Weights, parallel to `terms`.
    var weights: [Float]

    /// An empty vector.
    static let empty = SparseVector(terms: [], weights: [])

    /// Whether the vector has no terms.
    var isEmpty: Bool { terms.isEmpty }

    /// Builds a normalised vector from term ids with their weights (ids may repeat; weights add).
    init(pairs: [(Int32, Float)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        var terms: [Int32] = []
        var weights: [Float] = []
        terms.reserveCapacity(sorted.count)
        weights.reserveCapacity(sorted.count)
        for (term, weight) in sorted {
            if let last = terms.last, last == term {
                weights[weights.count - 1] += weight
            } else {
                terms.append(term)
                weights.append(weight)
            }
        }
        self.init(terms: terms, weights: weights)
        normalise()
    }

    /// Wraps already sorted arrays as they are.
    init(terms: [Int32], weights: [Float]) {
        self.terms = terms
        self.weights = weights
    }

    /// Scales the vector to unit length (an empty or zero vector stays as it is).
    mutating func normalise() {
        let norm = weights.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        for k in weights.indices { weights[k] /= norm }
    }

    /// Cosine similarity with another normalised vector.
    func dot(_ other: SparseVector) -> Float {
        var a = 0, b = 0, sum: Float = 0
        while a < terms.count, b < other.terms.count {
            let x = terms[a], y = other.terms[b]
            if x == y {
                sum += weights[a] * other.weights[b]
                a += 1
                b += 1
            } else if x < y {
                a += 1
            } else {
                b += 1
            }
        }
        return sum
    }

    /// Cosine similarity with a dense, normalised vector indexed by term id.
    func dot(dense: [Float]) -> Float {
        var sum: Float = 0
        for k in terms.indices { sum += weights[k] * dense[Int(terms[k])] }
        return sum
    }
}
