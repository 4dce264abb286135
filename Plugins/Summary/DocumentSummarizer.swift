/// Picks two or three sentences that sum up one document, for its source page.
///
/// Scored like the lead summary but within the document: closeness to the document's own
/// centroid (what it is about), to the corpus centroid (what it says about the story) and
/// the lead prior; MMR keeps the picks distinct. Returned in the document's order.
struct DocumentSummarizer: Sendable {
    /// Most sentences per document.
    var maxSentences: Int
    /// Word budget per document; a second sentence is always allowed, a third only within it.
    var maxWords = 90
    /// Thresholds shared with the lead summary.
    let tuning: SummaryTuning

    /// Record indices of the summary of the document whose records are `range`.
    func summarize(_ table: SentenceTable, _ range: Range<Int>, closeness: [Float]) -> [Int] {
        guard !range.isEmpty else { return [] }
        var pairs: [(Int32, Float)] = []
        for r in range {
            let v = table.records[r].vector
            for k in v.terms.indices { pairs.append((v.terms[k], v.weights[k])) }
        }
        let centroid = SparseVector(pairs: pairs)
        var eligible = range.filter { table.records[$0].eligibility != nil }
        if eligible.isEmpty { eligible = Array(range) }  // better something than nothing
        let candidates = eligible.map { r -> MMRSelector.Candidate in
            let record = table.records[r]
            let score = (0.4 * record.vector.dot(centroid) + 0.3 * max(0, closeness[r])
                + 0.3 * SentenceScorer.positionPrior(record.ordinal)) * (record.eligibility ?? 0.5)
            return MMRSelector.Candidate(id: r, score: score, vector: record.vector, words: record.wordCount)
        }
        let selector = MMRSelector(lambda: tuning.mmrLambda, redundancyThreshold: tuning.redundancyThreshold,
                                   maxSentences: min(2, maxSentences), maxWords: Int.max)
        var picks = selector.select(candidates)
        if maxSentences > 2 {
            let used = picks.reduce(0) { $0 + table.records[$1].wordCount }
            let rest = candidates.filter { c in !picks.contains(c.id) && picks.allSatisfy { table.records[$0].vector.dot(c.vector) < tuning.redundancyThreshold } }
            let more = MMRSelector(lambda: tuning.mmrLambda, redundancyThreshold: tuning.redundancyThreshold,
                                   maxSentences: maxSentences - picks.count, maxWords: max(0, maxWords - used))
            picks += more.select(rest)
        }
        return picks.sorted()
    }
}
