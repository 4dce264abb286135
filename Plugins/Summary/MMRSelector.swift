/// Picks summary sentences by Maximal Marginal Relevance under a length budget.
///
/// Each step takes the candidate with the best trade-off between its own score and its
/// similarity to what is already chosen; a candidate too close to a chosen sentence, or one
/// the caller says states the same thing (dedup's sentence groups), is dropped for good, so
/// a fact appears once. Candidates that would overrun the word budget are passed over in
/// favour of shorter ones.
struct MMRSelector: Sendable {
    /// A candidate for selection.
    struct Candidate: Sendable {
        /// Caller's identifier (a record index).
        var id: Int
        /// Relevance, higher is better.
        var score: Float
        /// Similarity vector.
        var vector: SparseVector
        /// Length in words.
        var words: Int
        /// Publication day of its document, for spreading the picks over time.
        var day: Int? = nil
    }

    /// Relevance/novelty trade-off (1: relevance only).
    var lambda: Float
    /// Similarity at or above which a candidate is redundant.
    var redundancyThreshold: Float
    /// Most sentences to choose.
    var maxSentences: Int
    /// Most words in total.
    var maxWords: Int
    /// Weight of closeness in time to a chosen sentence (0: time does not matter). When all
    /// candidates share one date the term is the same for all and changes nothing.
    var timeWeight: Float = 0

    /// The chosen candidates' ids, in order of choice.
    func select(_ candidates: [Candidate], equivalent: (Int, Int) -> Bool = { _, _ in false }) -> [Int] {
        var pool = candidates
        var chosen: [Candidate] = []
        var words = 0
        let topScore = max(candidates.map(\.score).max() ?? 1, 1e-9)
        // Highest similarity of each pool member to anything chosen so far.
        var maxSimilarity = [Float](repeating: 0, count: pool.count)
        var maxCloseness = [Float](repeating: 0, count: pool.count)
        let days = candidates.compactMap(\.day)
        // Two sentences are "close in time" within this many days: the corpus's date range
        // shared out over the sentences to choose.
        let window = Float(max(1, ((days.max() ?? 0) - (days.min() ?? 0)) / max(1, maxSentences)))
        while chosen.count < maxSentences, !pool.isEmpty {
            var best = -1
            var bestValue = -Float.infinity
            for k in pool.indices where words + pool[k].words <= maxWords {
                let value = lambda * pool[k].score / topScore - (1 - lambda) * maxSimilarity[k] - timeWeight * maxCloseness[k]
                if value > bestValue {
                    bestValue = value
                    best = k
                }
            }
            guard best >= 0 else { break }
            let pick = pool.remove(at: best)
            maxSimilarity.remove(at: best)
            maxCloseness.remove(at: best)
            chosen.append(pick)
            words += pick.words
            var kept: [Candidate] = []
            var keptSimilarity: [Float] = []
            var keptCloseness: [Float] = []
            for k in pool.indices {
                let similarity = pool[k].vector.dot(pick.vector)
                if similarity >= redundancyThreshold || equivalent(pool[k].id, pick.id) { continue }
                kept.append(pool[k])
                keptSimilarity.append(max(maxSimilarity[k], similarity))
                var closeness: Float = 0
                if let a = pool[k].day, let b = pick.day { closeness = max(0, 1 - Float(abs(a - b)) / window) }
                keptCloseness.append(max(maxCloseness[k], closeness))
            }
            pool = kept
            maxSimilarity = keptSimilarity
            maxCloseness = keptCloseness
        }
        return chosen.map(\.id)
    }
}
