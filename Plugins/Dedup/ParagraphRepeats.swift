/// A later copy of a paragraph (or headline line) that already occurred in the same document.
struct ParagraphRepeat: Sendable, Hashable {
    /// Index of the repeated paragraph.
    var paragraph: Int
    /// Index of the first occurrence.
    var original: Int
    /// Word-sequence similarity of the two (1 for an exact repeat), see `sequenceSimilarity`.
    var similarity: Double
}

/// Finds paragraphs a document repeats: a scraper that pasted a block twice, a headline
/// printed above and below a standfirst.
///
/// Exact repeats are found by hashing each paragraph's lower-cased words (punctuation and
/// spacing ignored); near-exact repeats (a changed word or two) by the longest common
/// subsequence of their words, among paragraphs that share their first or last words.
enum ParagraphRepeats {
    /// Paragraphs shorter than this many words must repeat exactly.
    static let nearMinimumWords = 8
    /// Words at each end of a paragraph that locate near-exact repeat candidates.
    static let anchorWords = 3
    /// Earlier paragraphs compared per anchor (the latest ones): common openings ("The company
    /// said") would otherwise make a book-length document compare every paragraph with every other.
    static let maxAnchored = 16
    /// Paragraphs longer than this many words must repeat exactly: the word LCS is quadratic
    /// in the paragraph's length, and a pasted block that long is caught by its hash.
    static let nearMaximumWords = 2_000

    /// The repeats among paragraphs given by their word hashes, each pointing at the first occurrence.
    ///
    /// A near-exact repeat changes a word or two, so it almost always keeps its first or its
    /// last three words; paragraphs are indexed by both ends and compared (by word LCS) only
    /// with earlier paragraphs sharing one, which keeps the cost linear in the paragraphs.
    static func find(_ words: [[UInt64]], similarity: Double) -> [ParagraphRepeat] {
        var firstByKey: [UInt64: Int] = [:]
        var byAnchor: [UInt64: [Int]] = [:]
        var originalOf: [Int: Int] = [:]
        var result: [ParagraphRepeat] = []
        for (index, w) in words.enumerated() where !w.isEmpty {
            let key = w.reduce(UInt64(w.count)) { Mix.combine($0, $1) }
            if let first = firstByKey[key] {
                let root = originalOf[first] ?? first
                originalOf[index] = root
                result.append(ParagraphRepeat(paragraph: index, original: root, similarity: 1))
                continue
            }
            firstByKey[key] = index
            guard w.count >= nearMinimumWords, w.count <= nearMaximumWords else { continue }
            let head = w[0..<anchorWords].reduce(1) { Mix.combine($0, $1) }
            let tail = w[(w.count - anchorWords)...].reduce(2) { Mix.combine($0, $1) }
            var best: (index: Int, similarity: Double)?
            var tried = Set<Int>()
            let anchored = (byAnchor[head] ?? []).suffix(maxAnchored) + (byAnchor[tail] ?? []).suffix(maxAnchored)
            for earlier in anchored where tried.insert(earlier).inserted {
                let other = words[earlier]
                let small = Double(min(w.count, other.count)), large = Double(max(w.count, other.count))
                guard small / large >= similarity else { continue }
                let ratio = sequenceSimilarity(w, other)
                if ratio >= similarity, ratio > (best?.similarity ?? 0) { best = (earlier, ratio) }
            }
            if let best {
                originalOf[index] = best.index
                result.append(ParagraphRepeat(paragraph: index, original: best.index, similarity: best.similarity))
            } else {
                byAnchor[head, default: []].append(index)
                byAnchor[tail, default: []].append(index)
            }
        }
        return result
    }

    /// `2 × LCS / (n + m)` over the two word sequences: 1 for equal text, about 0.94 for one
    /// changed word in seventeen. Word-level LCS tolerates the small edits of a re-pasted
    /// paragraph that break many shingles of a short text.
    static func sequenceSimilarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return 2 * Double(previous[b.count]) / Double(a.count + b.count)
    }
}
