/// A later copy of a paragraph (or headline line) that already occurred in the same document.
struct ParagraphRepeat: Sendable, Hashable {
    /// Index of the repeated paragraph.
    var paragraph: Int
    /// Index of the first occurrence.
    var original: Int
    /// Word-shingle Jaccard similarity of the two (1 for an exact repeat).
    var similarity: Double
}

/// Finds paragraphs a document repeats: a scraper that pasted a block twice, a headline
/// printed above and below a standfirst.
///
/// Exact repeats are found by hashing each paragraph's lower-cased words (punctuation and
/// spacing ignored), so the cost is linear; near-exact repeats (a changed word or two) by
/// comparing word-shingle sets of the longer paragraphs, which is quadratic in the number of
/// paragraphs of one document and therefore only done up to `nearLimit` paragraphs.
enum ParagraphRepeats {
    /// Paragraphs above this count get exact-repeat detection only.
    static let nearLimit = 400
    /// Paragraphs shorter than this many words must repeat exactly.
    static let nearMinimumWords = 8

    /// The repeats among paragraphs given by their word hashes, each pointing at the first occurrence.
    static func find(_ words: [[UInt64]], similarity: Double) -> [ParagraphRepeat] {
        var firstByKey: [UInt64: Int] = [:]
        var originalOf: [Int: Int] = [:]
        var result: [ParagraphRepeat] = []
        var shingleSets: [[UInt64]?] = Array(repeating: nil, count: words.count)
        let near = words.count <= nearLimit
        for (index, w) in words.enumerated() where !w.isEmpty {
            let key = w.reduce(UInt64(w.count)) { Mix.combine($0, $1) }
            if let first = firstByKey[key] {
                let root = originalOf[first] ?? first
                originalOf[index] = root
                result.append(ParagraphRepeat(paragraph: index, original: root, similarity: 1))
                continue
            }
            firstByKey[key] = index
            guard near, w.count >= nearMinimumWords else { continue }
            let set = Shingles.set(w, size: 3)
            shingleSets[index] = set
            var best: (index: Int, similarity: Double)?
            for earlier in 0..<index {
                guard originalOf[earlier] == nil, let other = shingleSets[earlier] else { continue }
                let small = Double(min(set.count, other.count)), large = Double(max(set.count, other.count))
                guard small / large >= similarity else { continue }
                let j = Shingles.jaccard(set, other)
                if j >= similarity, j > (best?.similarity ?? 0) { best = (earlier, j) }
            }
            if let best {
                originalOf[index] = best.index
                result.append(ParagraphRepeat(paragraph: index, original: best.index, similarity: best.similarity))
            }
        }
        return result
    }
}
