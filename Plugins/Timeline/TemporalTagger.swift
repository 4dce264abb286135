import BriefingCore

/// One TIMEX3 temporal expression found in a document.
public struct Timex: Sendable, Hashable {
    /// Where it is (Unicode-scalar offsets into the document text).
    public var span: Span
    /// The words, as written.
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// The TIMEX3 value (`2025-08-18`, `2025-W33`, `P2W`, `PRESENT_REF`…); nil when unknown.
    public var value: String?
    /// The TIMEX3 modifier (APPROX, START, END, LESS_THAN…), if any.
    public var mod: String?
    /// The days the expression covers (days since 1970-01-01), when it names a date.
    public var days: ClosedRange<Int>?
    /// Without an anchor date: approximate offset in days from publication, for ordering.
    public var relativeDays: Double?
    /// Without an anchor date: a reader's wording ("Monday before publication").
    public var relativeLabel: String?
    /// Whether the clause points forward ("will", "is due to").
    public var future: Bool
}

/// Finds and normalises temporal expressions, TIMEX3-style, in one document.
///
/// Sentence by sentence: the recogniser finds the expressions and their extents, the tense
/// detector reads each one's clause, and a normaliser that walks the document in order
/// resolves the values (so anaphora like "the following day" see the dates before them).
public struct TemporalTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// Tags `sentences` of `text` (in order) against `anchor`; nil gives relative-only values.
    public func tag(_ text: SourceText, sentences: [Span], anchor: CalendarDate?) -> [Timex] {
        var normalizer = TimexNormalizer(anchor: anchor)
        var out: [Timex] = []
        let scalars = text.scalars
        for sentence in sentences {
            let lower = max(0, sentence.start), upper = min(scalars.count, sentence.end)
            guard lower < upper else { continue }
            let tokens = TimexTokenizer.tokens(scalars, in: lower..<upper)
            let recognizer = TimexRecognizer(tokens: tokens)
            normalizer.sentenceDay = nil
            normalizer.sentence += 1
            for m in recognizer.matches() {
                let (tense, distance) = TenseDetector.reading(tokens, first: m.first, last: m.last)
                normalizer.cueDistance = distance
                var r = normalizer.normalize(m, tense: tense)
                if let days = r.date?.days, !DatePlausibility.isHistorical(days) {
                    // "100,000 years ago": a time before any news, not a date of one
                    r.value = "PAST_REF"
                    r.date = nil
                }
                let span = Span(tokens[m.first].start, tokens[m.last].end)
                out.append(Timex(span: span, text: text.slice(span), type: r.type ?? m.type, value: r.value, mod: m.mod,
                                 days: r.date?.days, relativeDays: r.relativeDays, relativeLabel: r.relativeLabel,
                                 future: tense == .future))
            }
        }
        return out
    }

    /// Tags a plain string as one document with a single sentence per line (for tests and tools).
    public func tag(_ string: String, anchor: CalendarDate?) -> [Timex] {
        let text = SourceText(string)
        var spans: [Span] = []
        var start = 0
        for (i, c) in text.scalars.enumerated() where c == "\n" {
            spans.append(Span(start, i))
            start = i + 1
        }
        spans.append(Span(start, text.count))
        return tag(text, sentences: spans, anchor: anchor)
    }
}
