import BriefingCore

extension DedupPass {
    /// The dedup pass's settings, `passes.dedup` in briefing.yml.
    ///
    /// Every threshold the analysis uses is here, with its default and the reason for it, so that
    /// a user can tune the pass without reading its code; values are checked up front and a bad
    /// one stops the build with the key, the value and what would be accepted.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Estimated Jaccard similarity of word shingles at or above which two documents are
        /// copies (near-duplicates), and the threshold LSH banding is tuned for. Default 0.5.
        var threshold: Double = 0.5
        /// Words per shingle. 3 keeps copies apart from articles that merely share vocabulary.
        var shingleSize: Int = 3
        /// MinHash signature length (datasketch's `num_perm`). Default 128.
        var permutations: Int = 128
        /// LSH bands; set together with `rows`, or neither to derive them (see `banding`).
        var bands: Int?
        /// Signature values per LSH band; set together with `bands`.
        var rows: Int?
        /// Up to this many documents, every pair is compared on its sentences; beyond it only LSH
        /// candidate pairs are. Default 200.
        var pairwiseLimit: Int = 200
        /// Similarity of two sentences (IDF-weighted overlap of stemmed content words) at or above
        /// which they count as the same sentence, reworded. Default 0.3.
        var sentenceSimilarity: Double = 0.3
        /// Share of body sentences aligned in order at or above which two documents are rewrites
        /// of one text. Default 0.25.
        var rewriteFraction: Double = 0.25
        /// Cosine similarity of TF-IDF content-word vectors at or above which two documents report
        /// the same story. Default 0.1.
        var sameStorySimilarity: Double = 0.1
        /// Similarity of two paragraphs of one document (2 × common words in order / all words) at or above which
        /// the later one is a near-exact repeat. Default 0.8.
        var repeatSimilarity: Double = 0.8
        /// Write the LSH candidate pairs into the result (for benchmarks). Default false.
        var candidatePairs: Bool = false

        /// The defaults.
        public init() {}

        /// LSH banding: `bands` × `rows` when both are set, else derived from `threshold` and
        /// `permutations` (see `Banding.recallOriented`).
        var banding: Banding {
            if let bands, let rows { return Banding(bands: bands, rows: rows) }
            return Banding.recallOriented(threshold: threshold, size: permutations)
        }

        public func validate() throws {
            let fraction = "a number above 0 and at most 1"
            func count(_ key: String, _ value: Int, _ range: ClosedRange<Int>) throws {
                try require(range.contains(value), key, value, "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            try require(threshold > 0 && threshold <= 1, "threshold", threshold, fraction)
            try count("shingle_size", shingleSize, 1...12)
            try count("permutations", permutations, 8...4096)
            try count("pairwise_limit", pairwiseLimit, 0...5000)
            try require(sentenceSimilarity > 0 && sentenceSimilarity <= 1, "sentence_similarity", sentenceSimilarity, fraction)
            try require(rewriteFraction > 0 && rewriteFraction <= 1, "rewrite_fraction", rewriteFraction, fraction)
            try require(sameStorySimilarity > 0 && sameStorySimilarity <= 1, "same_story_similarity", sameStorySimilarity, fraction)
            try require(repeatSimilarity > 0 && repeatSimilarity <= 1, "repeat_similarity", repeatSimilarity, fraction)
            switch (bands, rows) {
            case (nil, nil):
                break
            case (let bands?, let rows?):
                try count("bands", bands, 1...permutations)
                try count("rows", rows, 1...permutations)
                try require(bands * rows <= permutations, "bands", "\(bands) × \(rows) rows",
                            "bands × rows at most 'permutations' (\(permutations))")
            case (let bands?, nil):
                try require(false, "bands", bands, "both 'bands' and 'rows' (or neither, to derive them from 'threshold')")
            case (nil, let rows?):
                try require(false, "rows", rows, "both 'bands' and 'rows' (or neither, to derive them from 'threshold')")
            }
        }
    }
}
