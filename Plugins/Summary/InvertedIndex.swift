/// Postings from term to the sentences that hold it, for sparse similarity search.
///
/// Similarity between a sentence and all others is accumulated only over the sentences that
/// share a term with it, so the cost follows the number of shared terms, not the square of
/// the number of sentences; no all-pairs matrix is ever built.
struct InvertedIndex: Sendable {
    /// Which records the index holds, in index order (a position here is a "member").
    let members: [Int]
    /// Start of each term's postings in `postingMember` / `postingWeight` (CSR layout).
    private let offsets: [Int]
    /// Member of each posting.
    private let postingMember: [Int32]
    /// Term weight of each posting.
    private let postingWeight: [Float]

    /// Indexes the vectors of `members` (record indices into `vectors`).
    init(vectors: [SparseVector], members: [Int], vocabularySize: Int) {
        self.members = members
        var counts = [Int](repeating: 0, count: vocabularySize + 1)
        for r in members {
            for t in vectors[r].terms { counts[Int(t) + 1] += 1 }
        }
        for t in 0..<vocabularySize { counts[t + 1] += counts[t] }
        var fill = counts
        var postingMember = [Int32](repeating: 0, count: counts[vocabularySize])
        var postingWeight = [Float](repeating: 0, count: counts[vocabularySize])
        for (m, r) in members.enumerated() {
            let v = vectors[r]
            for k in v.terms.indices {
                let t = Int(v.terms[k])
                postingMember[fill[t]] = Int32(m)
                postingWeight[fill[t]] = v.weights[k]
                fill[t] += 1
            }
        }
        self.offsets = counts
        self.postingMember = postingMember
        self.postingWeight = postingWeight
    }

    /// Reusable scratch space for queries, one per concurrent user.
    struct Scratch {
        var scores: [Float]
        var touched: [Int32]

        /// Scratch for an index with `count` members.
        init(count: Int) {
            scores = [Float](repeating: 0, count: count)
            touched = []
        }
    }

    /// Members whose cosine with `vector` is at least `threshold`, as (member, similarity).
    func query(_ vector: SparseVector, threshold: Float, scratch: inout Scratch) -> [(member: Int, similarity: Float)] {
        for k in vector.terms.indices {
            let t = Int(vector.terms[k])
            guard t + 1 < offsets.count else { continue }
            let w = vector.weights[k]
            for p in offsets[t]..<offsets[t + 1] {
                let m = Int(postingMember[p])
                if scratch.scores[m] == 0 { scratch.touched.append(Int32(m)) }
                scratch.scores[m] += w * postingWeight[p]
            }
        }
        var result: [(member: Int, similarity: Float)] = []
        for m in scratch.touched {
            let i = Int(m)
            if scratch.scores[i] >= threshold { result.append((i, scratch.scores[i])) }
            scratch.scores[i] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return result
    }
}
