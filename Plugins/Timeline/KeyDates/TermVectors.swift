import Foundation

/// Sparse TF-IDF vectors of sentences, for centrality and redundancy.
///
/// Words are lower-cased letter-and-digit runs; inverse document frequency comes from the
/// sentences being compared, so words nearly every sentence has ("said", "the") weigh next to nothing
/// without a stopword list, and the story's own names and facts weigh most.
struct TermVectors: Sendable {
    /// A unit-length sparse vector: term ids ascending, with their weights.
    struct Vector: Sendable, Hashable {
        var terms: [Int32]
        var weights: [Double]
        /// Each term's inverse document frequency, in `terms` order.
        var idf: [Double] = []
        /// The sum of `idf`: how much the sentence says.
        var mass = 0.0

        /// The cosine of two unit vectors.
        func dot(_ o: Vector) -> Double {
            var sum = 0.0
            forEachShared(with: o) { i, j in sum += weights[i] * o.weights[j] }
            return sum
        }

        /// The IDF-weighted share of the smaller sentence's words that the other has too: a
        /// paraphrase keeps most of the informative words ("Kremlin", "summit") even when its
        /// cosine is low because it rewords the rest.
        func overlap(_ o: Vector) -> Double {
            var shared = 0.0
            forEachShared(with: o) { i, _ in shared += idf[i] }
            let smaller = min(mass, o.mass)
            return smaller > 0 ? shared / smaller : 0
        }

        /// Calls `body` with the positions of each term both vectors have, walking the two
        /// ascending term lists once, so both measures cost one merge.
        @inline(__always)
        private func forEachShared(with o: Vector, _ body: (Int, Int) -> Void) {
            var i = 0, j = 0
            while i < terms.count, j < o.terms.count {
                if terms[i] == o.terms[j] {
                    body(i, j)
                    i += 1
                    j += 1
                } else if terms[i] < o.terms[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
        }

        /// Whether the vector has no terms.
        var isEmpty: Bool { terms.isEmpty }
    }

    /// One vector per input text, in order.
    var vectors: [Vector]

    /// Builds the vectors of `texts`, weighting each term by log(1 + N / df) (never zero, so a lone sentence still has words).
    init(_ texts: [String]) {
        var ids: [String: Int32] = [:]
        var bags: [[Int32: Int]] = []
        bags.reserveCapacity(texts.count)
        var df: [Int] = []
        for text in texts {
            var bag: [Int32: Int] = [:]
            for word in Self.words(text) {
                let id: Int32
                if let known = ids[word] {
                    id = known
                } else {
                    id = Int32(ids.count)
                    ids[word] = id
                    df.append(0)
                }
                if bag[id] == nil { df[Int(id)] += 1 }
                bag[id, default: 0] += 1
            }
            bags.append(bag)
        }
        let n = Double(max(1, texts.count))
        vectors = bags.map { bag in
            let terms = bag.keys.sorted()
            let idf = terms.map { t in log(1 + n / Double(df[Int(t)])) }
            var weights = zip(terms, idf).map { t, w in (1 + log(Double(bag[t]!))) * w }
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { weights = weights.map { $0 / norm } }
            return Vector(terms: terms, weights: weights, idf: idf, mass: idf.reduce(0, +))
        }
    }

    /// The unit centroid of some vectors: what they share, weighted by how many share it.
    static func centroid(_ members: [Vector]) -> Vector {
        var sum: [Int32: Double] = [:]
        for v in members {
            for (t, w) in zip(v.terms, v.weights) { sum[t, default: 0] += w }
        }
        let terms = sum.keys.sorted()
        var weights = terms.map { sum[$0]! }
        let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { weights = weights.map { $0 / norm } }
        return Vector(terms: terms, weights: weights)
    }

    /// Lower-cased runs of letters and digits, two characters or more.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 { out.append(String(current)) }
            current.removeAll(keepingCapacity: true)
        }
        for c in text.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || (c.value >= 48 && c.value <= 57) {
                current.append(c)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
