/// One pair of sentences judged to say the same thing, in two documents.
struct AlignedSentences: Sendable, Hashable {
    /// Position in the first document's body-sentence list.
    var a: Int
    /// Position in the second document's body-sentence list.
    var b: Int
    /// Their similarity.
    var similarity: Double
}

/// Aligns the sentences of two documents in order, the way a rewrite follows its source.
///
/// A rewrite keeps its source's order of sentences while rewording each; independent reports
/// share a few facts in any order. A monotone alignment (dynamic programming over the
/// similarity matrix, like a sequence alignment without gap costs) that maximises the summed
/// similarity of pairs above `threshold` therefore separates the two: chance matches rarely
/// line up in sequence.
enum SentenceAligner {
    /// The aligned pairs, in order; also returns the best match of every sentence on each side.
    static func align(_ matrix: [[Double]], threshold: Double) -> [AlignedSentences] {
        let n = matrix.count
        guard n > 0, let m = matrix.first?.count, m > 0 else { return [] }
        var score = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for i in 1...n {
            for j in 1...m {
                let s = matrix[i - 1][j - 1]
                let diagonal = score[i - 1][j - 1] + (s >= threshold ? s : 0)
                score[i][j] = max(diagonal, score[i - 1][j], score[i][j - 1])
            }
        }
        var result: [AlignedSentences] = []
        var i = n, j = m
        while i > 0 && j > 0 {
            let s = matrix[i - 1][j - 1]
            if s >= threshold && score[i][j] == score[i - 1][j - 1] + s {
                result.append(AlignedSentences(a: i - 1, b: j - 1, similarity: s))
                i -= 1
                j -= 1
            } else if score[i][j] == score[i - 1][j] {
                i -= 1
            } else {
                j -= 1
            }
        }
        return result.reversed()
    }
}
