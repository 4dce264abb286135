import Foundation
import BriefingCore

/// Content words reduced to crude stems, the vocabulary in which rewrites are compared.
///
/// A rewrite changes function words, word forms and word order but keeps names, numbers and
/// most content words; comparing lower-cased content words cut to a stem of at most six
/// letters after common suffixes are removed ("minimised" and "minimized" stay apart, but
/// "summits"/"summit" and "talks"/"talked" meet) makes reworded sentences overlap while
/// sentences that merely share grammar do not.
enum ContentWords {
    /// English function words and reporting filler, ignored when comparing content.
    static let stopWords: Set<String> = Set("""
    a an the and or but nor so yet for of to in on at by from with without into onto upon over under \
    about above after before below between during through throughout against among around across \
    along since until till via per than then as if while because though although whether \
    is am are was were be been being has have had having do does did doing done will would shall \
    should can could may might must ought not no yes it its it's this that these those there here \
    he him his she her hers they them their theirs we us our ours you your yours i me my mine \
    who whom whose which what when where why how all any both each few more most other some such \
    only own same too very just also even still again further once s t said says say saying told \
    tell according added adds mr mrs ms dr one two new up out off down back well much many
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Suffixes removed before cutting the stem, longest first.
    static let suffixes = ["ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"]

    /// The stem of a lower-cased word, or nil for a stop word or a one-letter token.
    static func stem(_ word: String) -> String? {
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        guard w.count > 1, !stopWords.contains(w) else { return nil }
        if w.first?.isNumber == true { return w }
        for suffix in suffixes where w.hasSuffix(suffix) && w.count - suffix.count >= 4 {
            w.removeLast(suffix.count)
            break
        }
        return String(w.prefix(6))
    }
}

/// Interns stems as small integers and counts in how many documents each occurs.
struct StemVocabulary {
    private(set) var ids: [String: Int32] = [:]
    /// Documents containing each stem, by id.
    private(set) var documentFrequency: [Int32] = []

    /// The id of a stem, adding it when new.
    mutating func id(_ stem: String) -> Int32 {
        if let id = ids[stem] { return id }
        let id = Int32(documentFrequency.count)
        ids[stem] = id
        documentFrequency.append(0)
        return id
    }

    /// Counts one document's distinct stems.
    mutating func count(document stems: Set<Int32>) {
        for s in stems { documentFrequency[Int(s)] += 1 }
    }

    /// Smoothed inverse document frequency of every stem: `ln(1 + N / df)`.
    func idf(documents: Int) -> [Double] {
        documentFrequency.map { df in
            let n = Double(max(documents, 1))
            return log(1 + n / Double(max(df, 1)))
        }
    }
}

