import BriefingCore

/// The dedup pass's settings, read from `passes.dedup` in briefing.yml.
///
/// Every threshold the analysis uses is here, with its default and the reason for it, so that
/// a user can tune the pass without reading its code; values are checked up front and a bad
/// one stops the build with the key, the value and what would be accepted.
struct DedupOptions: Sendable, Hashable {
    /// Estimated Jaccard similarity of word shingles at or above which two documents are
    /// copies (near-duplicates), and the threshold LSH banding is tuned for. Default 0.5.
    var threshold: Double = 0.5
    /// Words per shingle. 3 keeps copies apart from articles that merely share vocabulary.
    var shingleSize: Int = 3
    /// MinHash signature length (datasketch's `num_perm`). Default 128.
    var permutations: Int = 128
    /// LSH banding; by default derived from `threshold` and `permutations` (see `Banding`).
    var banding: Banding
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

    /// Keys the pass accepts.
    static let keys = ["threshold", "shingle_size", "permutations", "bands", "rows", "pairwise_limit",
                       "sentence_similarity", "rewrite_fraction", "same_story_similarity",
                       "repeat_similarity", "candidate_pairs"]

    /// Defaults.
    init() {
        banding = Banding.recallOriented(threshold: 0.5, size: 128)
    }

    /// Reads and checks the options.
    init(_ options: PassOptions) throws {
        self.init()
        let pass = options.pass.isEmpty ? "dedup" : options.pass
        for key in options.values.keys.sorted() where !Self.keys.contains(key) {
            throw PassError.unknownOption(pass: pass, key: key, valid: Self.keys)
        }
        func fraction(_ key: String, _ value: Double) throws -> Double {
            let v = try options.double(key, default: value)
            guard v > 0, v <= 1 else {
                throw PassError.invalidOption(pass: pass, key: key, value: "\(v)", expected: "a number above 0 and at most 1")
            }
            return v
        }
        func count(_ key: String, _ value: Int, _ range: ClosedRange<Int>) throws -> Int {
            let v = try options.int(key, default: value)
            guard range.contains(v) else {
                throw PassError.invalidOption(pass: pass, key: key, value: "\(v)",
                                              expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return v
        }
        threshold = try fraction("threshold", threshold)
        shingleSize = try count("shingle_size", shingleSize, 1...12)
        permutations = try count("permutations", permutations, 8...4096)
        pairwiseLimit = try count("pairwise_limit", pairwiseLimit, 0...5000)
        sentenceSimilarity = try fraction("sentence_similarity", sentenceSimilarity)
        rewriteFraction = try fraction("rewrite_fraction", rewriteFraction)
        sameStorySimilarity = try fraction("same_story_similarity", sameStorySimilarity)
        repeatSimilarity = try fraction("repeat_similarity", repeatSimilarity)
        candidatePairs = try options.bool("candidate_pairs", default: false)
        banding = Banding.recallOriented(threshold: threshold, size: permutations)
        let hasBands = options.values["bands"] != nil, hasRows = options.values["rows"] != nil
        if hasBands || hasRows {
            guard hasBands && hasRows else {
                throw PassError.invalidOption(pass: pass, key: hasBands ? "bands" : "rows", value: "\(options.values[hasBands ? "bands" : "rows"]!)",
                                              expected: "both 'bands' and 'rows' (or neither, to derive them from 'threshold')")
            }
            let bands = try count("bands", 0, 1...permutations)
            let rows = try count("rows", 0, 1...permutations)
            guard bands * rows <= permutations else {
                throw PassError.invalidOption(pass: pass, key: "bands", value: "\(bands) × \(rows) rows",
                                              expected: "bands × rows at most 'permutations' (\(permutations))")
            }
            banding = Banding(bands: bands, rows: rows)
        }
    }
}
