import Foundation
import BriefingCore

/// One body sentence as a sorted set of stem ids.
struct SentenceStems: Sendable {
    /// Index in the document's `sentences`.
    var sentence: Int
    /// The sentence's span.
    var span: Span
    /// Distinct stem ids, ascending.
    var stems: [Int32]
}

/// What sentence alignment and topic similarity need to know about one document.
///
/// Only body sentences take part: headings, boilerplate and repeated paragraphs would make
/// pages that share a site template, or a scraper's double paste, look like shared reporting.
struct ContentProfile: Sendable {
    /// The document's body sentences.
    var sentences: [SentenceStems]
    /// (stem id, occurrences in the body), sorted by stem id.
    var terms: [(Int32, Int)]

    /// Builds the profile, interning stems into `vocabulary`.
    /// Sentences mostly inside `cruft` (template text found inside a paragraph) are left out too.
    static func make(_ document: Document, excluded: Set<Int>, cruft: [Span] = [],
                     vocabulary: inout StemVocabulary) -> ContentProfile {
        var sentences: [SentenceStems] = []
        var all: [Int32] = []
        var stems: [UInt64] = []
        for sentence in document.sentences {
            let paragraph = document.paragraphs[sentence.paragraph]
            guard paragraph.kind == .body, !excluded.contains(sentence.paragraph) else { continue }
            if !cruft.isEmpty, DedupResult.covered(sentence.span, by: cruft) { continue }
            stems.removeAll(keepingCapacity: true)
            ContentWords.stems(document.text.scalars, in: sentence.span, into: &stems)
            var ids = stems.map { vocabulary.id($0) }
            all.append(contentsOf: ids)
            ids.sort()
            sentences.append(SentenceStems(sentence: sentence.index, span: sentence.span, stems: uniqued(ids)))
        }
        all.sort()
        var terms: [(Int32, Int)] = []
        for id in all {
            if let last = terms.last, last.0 == id { terms[terms.count - 1].1 += 1 } else { terms.append((id, 1)) }
        }
        vocabulary.count(document: terms.map(\.0))
        return ContentProfile(sentences: sentences, terms: terms)
    }

    /// A sorted array without repeated elements.
    static func uniqued(_ sorted: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(sorted.count)
        for x in sorted where result.last != x { result.append(x) }
        return result
    }
}

/// Similarity measures over content profiles, weighted by inverse document frequency so that
/// names and rare words count for more than words every article of the story uses.
struct ContentSimilarity {
    /// IDF of every stem id.
    let idf: [Double]

    /// Sum of the weights of a sentence's stems.
    func mass(_ stems: [Int32]) -> Double {
        stems.reduce(0) { $0 + idf[Int($1)] }
    }

    /// Weighted Dice overlap of two sentences, in 0…1.
    func sentences(_ a: [Int32], _ ma: Double, _ b: [Int32], _ mb: Double) -> Double {
        guard ma + mb > 0 else { return 0 }
        var i = 0, j = 0
        var shared = 0.0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += idf[Int(a[i])]
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * shared / (ma + mb)
    }

    /// Unit TF-IDF vector of a document (sublinear term frequency), as sorted (stem, weight) pairs.
    func vector(_ profile: ContentProfile) -> [(Int32, Double)] {
        let v = profile.terms.map { ($0.0, (1 + log(Double($0.1))) * idf[Int($0.0)]) }
        let norm = v.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? v.map { ($0.0, $0.1 / norm) } : v
    }

    /// Cosine of two unit vectors.
    static func cosine(_ a: [(Int32, Double)], _ b: [(Int32, Double)]) -> Double {
        var i = 0, j = 0, dot = 0.0
        while i < a.count && j < b.count {
            if a[i].0 == b[j].0 {
                dot += a[i].1 * b[j].1
                i += 1
                j += 1
            } else if a[i].0 < b[j].0 { i += 1 } else { j += 1 }
        }
        return min(1, dot)
    }
}
