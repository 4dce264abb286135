import BriefingCore
import Foundation

/// Content words reduced to crude stems, the vocabulary in which rewrites are compared.
///
/// A rewrite changes function words, word forms and word order but keeps names, numbers and
/// most content words; comparing lower-cased content words cut to a stem of at most six
/// letters after a common suffix is removed ("summits"/"summit", "talks"/"talked" meet)
/// makes reworded sentences overlap while sentences that merely share grammar do not.
/// Stems are produced as 64-bit hashes straight from the scalars, without building strings,
/// because profiles are built for every compared document of large corpora.
enum ContentWords {
    /// Hashes of the stop words.
    static let stopHashes: Set<UInt64> = Set(English.rewriteStopWords.map(WordHashes.hash))

    /// Suffixes removed before cutting the stem, longest first, as scalar values.
    static let suffixes: [[UInt32]] = ["ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"]
        .map { $0.unicodeScalars.map(\.value) }

    /// Appends the stem hash of every content word inside `span` to `out`.
    static func stems(_ scalars: [Unicode.Scalar], in span: Span, into out: inout [UInt64]) {
        var word: [UInt32] = []
        word.reserveCapacity(32)
        scalars.withUnsafeBufferPointer { buffer in
            var i = max(0, span.start)
            let end = min(span.end, buffer.count)
            while i < end {
                guard WordHashes.isWordScalar(buffer[i]) else {
                    i += 1
                    continue
                }
                word.removeAll(keepingCapacity: true)
                while i < end {
                    let c = buffer[i]
                    if WordHashes.isWordScalar(c) {
                        word.append(WordHashes.folded(c))
                        i += 1
                    } else if WordHashes.isJoiner(c), i + 1 < end, WordHashes.isWordScalar(buffer[i + 1]) {
                        word.append(c == "\u{2019}" ? 0x27 : c.value)
                        i += 1
                    } else {
                        break
                    }
                }
                if let stem = stem(&word) { out.append(stem) }
            }
        }
    }

    /// The stem hash of a lower-cased word, or nil for a stop word or a one-letter token.
    static func stem(_ word: inout [UInt32]) -> UInt64? {
        if word.count >= 3, word[word.count - 2] == 0x27, word[word.count - 1] == 0x73 { word.removeLast(2) }
        guard word.count > 1 else { return nil }
        let full = hash(word[...])
        if stopHashes.contains(full) { return nil }
        if word[0] >= 0x30 && word[0] <= 0x39 { return full }
        var length = word.count
        for suffix in suffixes where length - suffix.count >= 4 && word[(length - suffix.count)...].elementsEqual(suffix) {
            length -= suffix.count
            break
        }
        return hash(word[0..<min(length, 6)])
    }

    /// FNV-1a over scalar values, as `WordHashes` does.
    static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var h = WordHashes.offsetBasis
        for v in scalars { h = (h ^ UInt64(v)) &* WordHashes.prime }
        return h
    }
}

/// Interns stems as small integers and counts in how many documents each occurs.
struct StemVocabulary {
    private(set) var ids: [UInt64: Int32] = [:]
    /// Documents containing each stem, by id.
    private(set) var documentFrequency: [Int32] = []

    /// The id of a stem, adding it when new.
    mutating func id(_ stem: UInt64) -> Int32 {
        if let id = ids[stem] { return id }
        let id = Int32(documentFrequency.count)
        ids[stem] = id
        documentFrequency.append(0)
        return id
    }

    /// Counts one document's distinct stems (sorted, unique).
    mutating func count(document stems: [Int32]) {
        for s in stems { documentFrequency[Int(s)] += 1 }
    }

    /// Smoothed inverse document frequency of every stem: `ln(1 + N / df)`.
    func idf(documents: Int) -> [Double] {
        let n = Double(max(documents, 1))
        return documentFrequency.map { log(1 + n / Double(max($0, 1))) }
    }
}
