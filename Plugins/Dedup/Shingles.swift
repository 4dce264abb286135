/// Word shingles (runs of `size` consecutive words) as 64-bit hashes.
///
/// Shingles rather than single words make the similarity sensitive to word order, so two
/// articles on the same topic do not look like copies; a text shorter than `size` words is one
/// shingle of all its words, so short items can still match.
enum Shingles {
    /// Hashes of every shingle of `size` words in `words` (duplicates included).
    static func hashes(_ words: [UInt64], size: Int) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let size = max(1, size)
        if words.count <= size {
            return [words.reduce(UInt64(size)) { Mix.combine($0, $1) }]
        }
        var result: [UInt64] = []
        result.reserveCapacity(words.count - size + 1)
        words.withUnsafeBufferPointer { w in
            for start in 0...(w.count - size) {
                var h = UInt64(size)
                for k in 0..<size { h = Mix.combine(h, w[start + k]) }
                result.append(h)
            }
        }
        return result
    }

    /// The distinct shingles, sorted: for exact Jaccard similarity in small corpora.
    static func set(_ words: [UInt64], size: Int) -> [UInt64] {
        Array(Set(hashes(words, size: size))).sorted()
    }

    /// Exact Jaccard similarity of two sorted, distinct hash arrays.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        if a.isEmpty && b.isEmpty { return 0 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
