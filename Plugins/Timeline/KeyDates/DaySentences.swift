import BriefingCore

/// A sentence of one document that may say what happened on one day.
///
/// Either the sentence is dated by its own expression naming that day ("on Tuesday", "on 11
/// February"), or it carries no date at all and opens an article published that day, so it
/// reports the day's news.
struct DaySentence: Sendable, Hashable {
    /// Document id.
    var doc: String
    /// The sentence's span in the document.
    var span: Span
    /// The sentence as written, trimmed.
    var text: String
    /// The day it is about (days since 1970-01-01).
    var day: Int
    /// True when its own expression names the day; false when the day is its article's date.
    var explicit: Bool
    /// Position of the sentence in its document, from 0: news puts the day's facts first.
    var position: Int
    /// Whether its clause looks ahead ("will", "is due to").
    var future: Bool
    /// Dedup's group of equivalent sentences, when it has one.
    var equivalence: Int?
}

/// What one document tells the key-date analysis: the days it refers to and its candidate
/// sentences. Computed per document (in parallel with tagging), combined afterwards.
struct DocumentDays: Sendable, Hashable {
    /// Document id.
    var doc: String
    /// Publication day (days since 1970-01-01), when known.
    var published: Int?
    /// Every day the document names outside cruft, once each.
    var mentioned: Set<Int>
    /// Sentences that can summarise a day.
    var sentences: [DaySentence]
}

/// Which sentences of a document can tell a day's news.
enum DaySentenceCollector {
    /// Bounds that keep ticker lines, captions and run-on scrapes out of summaries.
    struct Limits: Sendable, Hashable {
        /// Fewest words a summary sentence has.
        var minWords = 8
        /// Most words a summary sentence has.
        var maxWords = 55
        /// Undated sentences count for the publication day only among the first this many.
        var lead = 4
        /// Most distinct days one sentence is filed under.
        var daysPerSentence = 2
    }

    /// The days and candidate sentences of `doc`, given its tagged expressions (in order).
    static func collect(_ doc: Document, timexes: [Timex], published: CalendarDate?, duplicates: (any DuplicateFindings)?,
                        groupOf: [String: Int], limits: Limits = Limits()) -> DocumentDays {
        var mentioned = Set<Int>()
        var out: [DaySentence] = []
        let headings = Set(doc.paragraphs.filter { $0.kind == .heading }.map(\.index))
        var k = 0
        let scalars = doc.text.scalars
        for sentence in doc.sentences {
            while k < timexes.count, timexes[k].span.end <= sentence.span.start { k += 1 }
            var j = k
            var inside: [Timex] = []
            while j < timexes.count, timexes[j].span.start < sentence.span.end {
                inside.append(timexes[j])
                j += 1
            }
            if headings.contains(sentence.paragraph) { continue }
            if let d = duplicates, d.isBoilerplate(doc.id, sentence.span) || d.isRepeat(doc.id, sentence.span) { continue }
            let start = SentenceHeader.contentStart(scalars, sentence: sentence.span, timexes: inside)
            var days: [Int] = []
            var dated = false
            var future = false
            var caption = false
            for t in inside where t.span.start >= start {
                guard t.type == .date || t.type == .time, let range = t.days else { continue }
                dated = true
                if range.count == 1, !days.contains(range.lowerBound) {
                    days.append(range.lowerBound)
                    future = future || t.future
                }
                // "… in Mexico City April 24, 2009." closes a photo caption, not a report
                if SentenceHeader.hasYear(t.text), sentence.span.end - t.span.end <= 2 { caption = true }
            }
            mentioned.formUnion(days)
            let span = Span(start, sentence.span.end)
            let text = doc.slice(span).trimmingSpaces
            guard !caption, usable(text, limits: limits) else { continue }
            let equivalence = groupOf["\(doc.id)#\(sentence.index)"]
            if !days.isEmpty {
                for day in days.prefix(limits.daysPerSentence) {
                    out.append(DaySentence(doc: doc.id, span: span, text: text, day: day, explicit: true,
                                           position: sentence.index, future: future, equivalence: equivalence))
                }
            } else if !dated, let p = published, sentence.index < limits.lead {
                out.append(DaySentence(doc: doc.id, span: span, text: text, day: p.dayNumber, explicit: false,
                                       position: sentence.index, future: false, equivalence: equivalence))
            }
        }
        return DocumentDays(doc: doc.id, published: published?.dayNumber, mentioned: mentioned, sentences: out)
    }

    /// Whether a sentence reads as a statement of news: enough words and not too many, ends
    /// like a sentence, and is not a question.
    static func usable(_ text: String, limits: Limits) -> Bool {
        var words = 0
        var inWord = false
        for c in text.unicodeScalars {
            let w = c.properties.isAlphabetic || (c.value >= 48 && c.value <= 57)
            if w && !inWord { words += 1 }
            inWord = w
        }
        guard words >= limits.minWords, words <= limits.maxWords else { return false }
        guard let last = text.unicodeScalars.last else { return false }
        if last == "?" { return false }
        return [".", "!", "\"", "”", "’", "'", ")"].contains(last)
    }
}
