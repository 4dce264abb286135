import BriefingCore

/// Chooses each key date's summary: the day's most central sentences, none repeating another.
///
/// Within a day, a sentence is central when it shares the words most of the day's sentences
/// share (cosine to the TF-IDF centroid of the day's sentences, the centroid method that
/// Gholipour Ghalandari & Ifrim 2020 use inside DATEWISE), so the fact most outlets report comes
/// first. Sentences dated by their own mention of the day are preferred over undated lead
/// sentences filed under their article's date, and early sentences over late ones. A sentence
/// is skipped when it says what an already chosen sentence says, on this day or on any
/// better-ranked day (novelty), so background repeated in every article is told once.
struct SentencePicker: Sendable {
    /// The knobs of the choice.
    struct Weights: Sendable, Hashable {
        /// Factor for a sentence filed under its article's date rather than dated by itself.
        var undated = 0.7
        /// Factor for a sentence that opens with a quotation: a voice, not the report of the day.
        var quoted = 0.6
        /// How fast the weight falls with the sentence's position in its article.
        var positionDecay = 0.05
        /// Cosine above which two sentences say the same thing.
        var redundancy = 0.5
        /// IDF-weighted word overlap (see `TermVectors.Vector.overlap`) above which they do too.
        var paraphrase = 0.5
    }

    var weights = Weights()

    /// The key dates: `ranked` days in order, each with up to `sentences` summary sentences,
    /// stopping at `count` dates; days without a usable sentence are passed over.
    /// `now` is the latest publication day: days after it are expected.
    func pick(ranked: [DateRanker.RankedDay], sentences all: [DaySentence], count: Int, sentences perDay: Int,
              now: Int?) -> [KeyDate] {
        guard count > 0, perDay > 0, !all.isEmpty else { return [] }
        var byDay: [Int: [Int]] = [:]
        for (i, s) in all.enumerated() { byDay[s.day, default: []].append(i) }
        let vectors = TermVectors(all.map(\.text)).vectors
        var chosen: [TermVectors.Vector] = []
        var out: [KeyDate] = []
        for r in ranked {
            if out.count >= count { break }
            guard let pool = byDay[r.day], !pool.isEmpty else { continue }
            let summary = pickDay(pool, all: all, vectors: vectors, limit: perDay, chosen: &chosen)
            guard !summary.isEmpty else { continue }
            let date = CalendarDate(dayNumber: r.day)
            let expected = now.map { r.day > $0 } ?? false
            out.append(KeyDate(date: date.description, rank: out.count + 1, status: expected ? "expected" : "past",
                               summary: summary, sourcesCount: max(r.documents, Set(summary.flatMap(\.sources).map(\.doc)).count)))
        }
        return out
    }

    /// The summary of one day from its candidate sentences (`pool` indexes `all`).
    func pickDay(_ pool: [Int], all: [DaySentence], vectors: [TermVectors.Vector], limit: Int,
                 chosen: inout [TermVectors.Vector]) -> [KeyDateSentence] {
        let members = pool.filter { !vectors[$0].isEmpty }
        guard !members.isEmpty else { return [] }
        let centroid = TermVectors.centroid(members.map { vectors[$0] })
        let scored = members.map { i -> (Int, Double) in
            let s = all[i]
            var score = vectors[i].dot(centroid)
            if !s.explicit { score *= weights.undated }
            if let first = s.text.unicodeScalars.first, Self.quoteMarks.contains(first) { score *= weights.quoted }
            score /= 1 + weights.positionDecay * Double(s.position)
            return (i, score)
        }.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            let x = all[a.0], y = all[b.0]
            return x.doc != y.doc ? x.doc < y.doc : x.span.start < y.span.start
        }
        var summary: [KeyDateSentence] = []
        for (i, score) in scored {
            if summary.count >= limit { break }
            guard score > 0 else { break }
            let v = vectors[i]
            if chosen.contains(where: { same($0, v) }) { continue }
            chosen.append(v)
            summary.append(KeyDateSentence(text: all[i].text, sources: sources(of: i, pool: members, all: all, vectors: vectors)))
        }
        return summary
    }

    /// Whether two sentences say the same thing: close in TF-IDF, or a paraphrase keeping most
    /// of the informative words.
    func same(_ a: TermVectors.Vector, _ b: TermVectors.Vector) -> Bool {
        a.dot(b) >= weights.redundancy || a.overlap(b) >= weights.paraphrase
    }

    /// Opening quotation marks.
    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "«"]

    /// The chosen sentence's source, then one sentence from each other document of the day
    /// that reports the same thing (dedup's equivalence, or `same`).
    func sources(of i: Int, pool: [Int], all: [DaySentence], vectors: [TermVectors.Vector]) -> [EventSource] {
        let s = all[i]
        var seen: Set<String> = [s.doc]
        var out = [EventSource(doc: s.doc, start: s.span.start, end: s.span.end)]
        for j in pool where j != i {
            let o = all[j]
            guard !seen.contains(o.doc) else { continue }
            guard (s.equivalence != nil && s.equivalence == o.equivalence) || same(vectors[i], vectors[j]) else { continue }
            seen.insert(o.doc)
            out.append(EventSource(doc: o.doc, start: o.span.start, end: o.span.end))
        }
        return out
    }
}
