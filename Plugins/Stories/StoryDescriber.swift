import BriefingCore
import Foundation

/// Turns clusters of documents into `Story` records: title, slug, outlets, dates, key terms
/// and the importance they are ranked by.
struct StoryDescriber {
    /// Key terms listed per story.
    var keyTermCount = 8
    /// The scale of recency: a story whose last article is this many days older than the
    /// corpus's newest weighs 1 / (1 + ln 2) as much; the decline is logarithmic, so an old
    /// but large story still outranks a fresh pair of articles.
    var recencyDays = 7.0

    /// The stories of `clusters` (document indexes), most important first.
    func stories(_ clusters: [[Int]], documents: [Document], vectors: [StoryVector], hashes: [UInt64]) -> [Story] {
        let days = documents.map { $0.calendarDate?.dayNumber }
        let newest = days.compactMap { $0 }.max()
        var drafts: [(story: Story, first: Int)] = clusters.map { members in
            let centroid = Self.centroid(members.map { vectors[$0] })
            let central = members.max { a, b in
                let (sa, sb) = (Self.dot(vectors[a], centroid), Self.dot(vectors[b], centroid))
                return sa != sb ? sa < sb : a > b
            }!
            let dated = members.compactMap { days[$0] }
            let outlets = Self.outlets(members.map { documents[$0] })
            let last = dated.max()
            let behind = newest.flatMap { n in last.map { Double(n - $0) } } ?? 0
            let recency = 1 / (1 + log(1 + behind / recencyDays))
            let importance = Double(members.count) * (1 + 0.5 * log(Double(max(outlets.count, 1)))) * recency
            let story = Story(
                id: "", slug: "", title: documents[central].displayTitle,
                documents: members.map { documents[$0].id }, sourcesCount: members.count, outlets: outlets,
                firstDate: dated.min().map { CalendarDate(dayNumber: $0).description },
                lastDate: last.map { CalendarDate(dayNumber: $0).description },
                keyTerms: keyTerms(centroid, members: members, documents: documents, hashes: hashes),
                importance: (importance * 1000).rounded() / 1000)
            return (story, members[0])
        }
        drafts.sort { a, b in
            a.story.importance != b.story.importance ? a.story.importance > b.story.importance : a.first < b.first
        }
        var used: Set<String> = []
        return drafts.enumerated().map { rank, draft in
            var story = draft.story
            story.id = "story-\(rank + 1)"
            story.slug = Self.uniqueSlug(Self.slug(story.title), used: &used)
            return story
        }
    }

    /// The sum of member vectors, as a unit vector.
    static func centroid(_ members: [StoryVector]) -> StoryVector {
        var sum: [Int32: Float] = [:]
        for v in members { for (t, w) in zip(v.terms, v.weights) { sum[t, default: 0] += w } }
        return StoryVector(weighted: sum.map { ($0.key, $0.value) }, limit: Int.max)
    }

    /// Dot product of two sorted sparse vectors.
    static func dot(_ a: StoryVector, _ b: StoryVector) -> Float {
        var (i, j, s): (Int, Int, Float) = (0, 0, 0)
        while i < a.terms.count && j < b.terms.count {
            if a.terms[i] == b.terms[j] { s += a.weights[i] * b.weights[j]; i += 1; j += 1 }
            else if a.terms[i] < b.terms[j] { i += 1 } else { j += 1 }
        }
        return s
    }

    /// Outlets by number of articles, then name; documents without an outlet are not counted.
    static func outlets(_ documents: [Document]) -> [String] {
        var counts: [String: Int] = [:]
        for d in documents { if let s = d.source, !s.isEmpty { counts[s, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The heaviest centroid terms, spelt as they are most often written in the story's articles
    /// (so names keep their capitals).
    func keyTerms(_ centroid: StoryVector, members: [Int], documents: [Document], hashes: [UInt64]) -> [String] {
        let top = zip(centroid.terms, centroid.weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(keyTermCount).map { hashes[Int($0.0)] }
        let wanted = Set(top)
        var spellings: [UInt64: [String: Int]] = [:]
        for m in members.prefix(12) {
            let doc = documents[m]
            let scalars = doc.text.scalars
            StoryTerms.words(scalars, max(0, doc.body.start)..<min(scalars.count, doc.body.end)) { hash, range in
                guard wanted.contains(hash) else { return }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[range])
                spellings[hash, default: [:]][String(word), default: 0] += 1
            }
        }
        return top.compactMap { hash in
            guard let forms = spellings[hash] else { return nil }
            // The usual spelling, but lower case when the word is as often lower as capitalised.
            let best = forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let lower = forms[best.lowercased()] ?? 0
            return lower * 2 >= forms[best]! ? best.lowercased() : best
        }
    }

    /// Lower-case ASCII words of a title joined by hyphens, at most six words.
    static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(6)
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "story" : String(slug.prefix(60))
    }

    /// `slug`, or `slug-2`, `slug-3`… when taken.
    static func uniqueSlug(_ slug: String, used: inout Set<String>) -> String {
        var candidate = slug
        var n = 2
        while used.contains(candidate) { candidate = "\(slug)-\(n)"; n += 1 }
        used.insert(candidate)
        return candidate
    }
}
