/// The comparison of two documents: similarity figures, aligned sentences and the relation.
struct PairAnalysis: Sendable {
    /// Corpus index of the first document.
    var a: Int
    /// Corpus index of the second document.
    var b: Int
    /// Word-shingle Jaccard similarity.
    var jaccard: Double
    /// Cosine of content-word vectors.
    var cosine: Double
    /// Sentences aligned in order (indexes into each profile's `sentences`).
    var aligned: [AlignedSentences]
    /// Share of body sentences aligned, both sides together.
    var fraction: Double
    /// The relation.
    var relation: DocumentRelation

    /// The headline similarity: the larger of Jaccard and aligned share.
    var similarity: Double { max(jaccard, fraction) }

    /// Whether two documents carry different figures: both state at least two numbers (amounts,
    /// days, years, counts) and fewer than half of all their numbers are shared. A copy or a
    /// rewrite keeps its source's figures; two rate operations or two earthquakes reported in
    /// one template do not.
    static func differInFigures(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Bool {
        guard a.count >= 2, b.count >= 2 else { return false }
        let shared = a.intersection(b).count
        return 2 * shared < a.union(b).count
    }

    /// Decides the relation of a pair from its figures.
    ///
    /// - near-duplicate: a copy (shingle Jaccard at or above the threshold), a rewrite (at
    ///   least two sentences aligned in order and at least `rewriteFraction` of both bodies
    ///   aligned) or an abridged copy (at least two aligned and 80 % of the shorter body);
    /// - same-story: content-word cosine at or above `sameStorySimilarity`;
    /// - unrelated otherwise.
    static func relation(jaccard: Double, cosine: Double, aligned: Int, sentencesA: Int, sentencesB: Int,
                         options: DedupPass.Options) -> DocumentRelation {
        if jaccard >= options.threshold { return .nearDuplicate }
        let total = sentencesA + sentencesB
        let shorter = min(sentencesA, sentencesB)
        if total > 0, aligned >= min(2, max(1, shorter)) {
            let fraction = 2 * Double(aligned) / Double(total)
            let containment = shorter > 0 ? Double(aligned) / Double(shorter) : 0
            if fraction >= options.rewriteFraction || containment >= 0.8 { return .nearDuplicate }
        }
        if cosine >= options.sameStorySimilarity { return .sameStory }
        return .unrelated
    }
}
