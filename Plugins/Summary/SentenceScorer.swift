import Foundation

/// Scores sentences for the lead summary: LexRank centrality, closeness to the corpus
/// centroid, a lead-position prior and support from other outlets, times readability.
///
/// For large corpora only the sentences closest to the centroid enter the similarity graph
/// (`SummaryTuning.maxGraphNodes`), so the cost stays near-linear in the number of sentences.
struct SentenceScorer: Sendable {
    /// The scored sentences (graph nodes), best first.
    struct Scored: Sendable {
        /// Record index.
        var record: Int
        /// Final score (0…1 before the readability penalty).
        var score: Float
        /// Number of other documents with a similar sentence.
        var support: Int
        /// Earliest publication day among its document and those supporting it: when the
        /// fact was first reported, which is what spreading a lead over time needs.
        var firstDay: Int?
    }

    /// Weights and thresholds.
    let tuning: SummaryTuning

    /// The corpus centroid: the normalised sum of all sentence vectors, as a dense array.
    static func centroid(_ table: SentenceTable) -> [Float] {
        var dense = [Float](repeating: 0, count: table.vocabularySize)
        for record in table.records {
            let v = record.vector
            for k in v.terms.indices { dense[Int(v.terms[k])] += v.weights[k] }
        }
        let norm = dense.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { for k in dense.indices { dense[k] /= norm } }
        return dense
    }

    /// The lead prior: news puts what matters first.
    static func positionPrior(_ ordinal: Int) -> Float { 1 / Float(ordinal + 1).squareRoot() }

    /// Scores the eligible sentences of `table`; `closeness[r]` is record r's cosine with the centroid.
    /// `equivalents` are dedup's groups of sentences stating the same thing (record → others):
    /// their documents support a sentence even when the wording differs too much for cosine.
    func score(_ table: SentenceTable, closeness: [Float], days: [Int?] = [], equivalents: [Int: [Int]] = [:]) -> [Scored] {
        let records = table.records
        guard !records.isEmpty else { return [] }
        // Graph nodes: every content sentence when few, else the best by a cheap pre-score.
        var nodes = Array(records.indices)
        if nodes.count > tuning.maxGraphNodes {
            let prelim = nodes.map { r -> Float in
                let readable = records[r].eligibility ?? 0.3
                return closeness[r] * (0.75 + 0.25 * Self.positionPrior(records[r].ordinal)) * readable
            }
            nodes = nodes.sorted { prelim[$0] != prelim[$1] ? prelim[$0] > prelim[$1] : $0 < $1 }
            nodes = Array(nodes.prefix(tuning.maxGraphNodes)).sorted()
        }
        let vectors = records.map(\.vector)
        let index = InvertedIndex(vectors: vectors, members: nodes, vocabularySize: table.vocabularySize)
        var scratch = InvertedIndex.Scratch(count: nodes.count)
        var graph: LexRank.Graph = Array(repeating: [], count: nodes.count)
        var support = [Int](repeating: 0, count: nodes.count)
        var firstDay = [Int?](repeating: nil, count: nodes.count)
        func day(_ doc: Int) -> Int? { doc < days.count ? days[doc] : nil }
        for (m, r) in nodes.enumerated() {
            var supporters: Set<Int> = []
            for hit in index.query(vectors[r], threshold: tuning.edgeThreshold, scratch: &scratch) where hit.member != m {
                let other = records[nodes[hit.member]]
                let sameDocument = other.doc == records[r].doc
                graph[m].append((hit.member, hit.similarity * (sameDocument ? tuning.sameDocumentEdgeWeight : 1)))
                if !sameDocument, hit.similarity >= tuning.supportThreshold { supporters.insert(other.doc) }
            }
            for other in equivalents[r] ?? [] where records[other].doc != records[r].doc { supporters.insert(records[other].doc) }
            support[m] = supporters.count
            firstDay[m] = ([records[r].doc] + supporters).compactMap(day).min()
        }
        let centrality = LexRank.scores(graph)
        let maxCentrality = max(centrality.max() ?? 1, 1e-9)
        let maxCloseness = max(nodes.map { closeness[$0] }.max() ?? 1, 1e-9)
        let maxSupport = Float(support.max() ?? 0)
        var result: [Scored] = []
        for (m, r) in nodes.enumerated() {
            guard let readable = records[r].eligibility else { continue }
            let supportShare = maxSupport > 0 ? Float(log1p(Double(support[m])) / log1p(Double(maxSupport))) : 0
            let raw = tuning.centralityWeight * centrality[m] / maxCentrality
                + tuning.centroidWeight * max(0, closeness[r]) / maxCloseness
                + tuning.positionWeight * Self.positionPrior(records[r].ordinal)
                + tuning.supportWeight * supportShare
            let length = powf(tuning.neutralLength / Float(max(records[r].wordCount, 1)), tuning.lengthExponent)
            result.append(Scored(record: r, score: raw * readable * min(length, 1.2), support: support[m], firstDay: firstDay[m]))
        }
        return result.sorted { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
    }
}
