import BriefingCore

/// Display data of the key dates, for the top of the timeline page and the index section.
struct KeyDateView: Encodable, Sendable {
    /// One summary sentence with links to every source carrying it.
    struct Sentence: Encodable, Sendable {
        var text: String
        var sources: [SourceLink]
    }

    /// Anchor id on the timeline page (`k2011-02-11`).
    var id: String
    /// The day as a reader reads it ("11 February 2011").
    var label: String
    var date: String
    var rank: Int
    var expected: Bool
    var sentences: [Sentence]
    /// The first sentence, for the index.
    var lead: Sentence?
    /// "12 sources".
    var sourcesLabel: String

    /// Past and expected key dates apart, each in date order.
    static func make(_ keyDates: [KeyDate], documents: [String: Document]) -> (past: [KeyDateView], expected: [KeyDateView]) {
        let views = keyDates.sorted { $0.date < $1.date }.compactMap { k -> KeyDateView? in
            guard let day = CalendarDate(iso: k.date) else { return nil }
            let sentences = k.summary.map { s in
                Sentence(text: s.text, sources: s.sources.map { SourceLink($0.doc, in: documents, offset: $0.start) })
            }
            return KeyDateView(id: "k" + k.date, label: DateLabel.label(value: k.date, days: day.dayNumber...day.dayNumber),
                               date: k.date, rank: k.rank, expected: k.status == "expected", sentences: sentences, lead: sentences.first,
                               sourcesLabel: Wording.counted(k.sourcesCount, "source"))
        }
        return (views.filter { !$0.expected }, views.filter(\.expected))
    }

    /// The `limit` best-ranked of `views`, back in date order: the index shows a few.
    static func best(_ views: [KeyDateView], limit: Int) -> [KeyDateView] {
        views.sorted { $0.rank < $1.rank }.prefix(limit).sorted { $0.date < $1.date }
    }

    /// The strip's points: one per key date, at its day, labelled with its first sentence.
    static func points(_ keyDates: [KeyDate]) -> [Chart.TimePoint] {
        keyDates.sorted { $0.date < $1.date }.compactMap { k in
            guard let day = CalendarDate(iso: k.date), let first = k.summary.first else { return nil }
            let text = first.text.count > 120 ? String(first.text.prefix(117)) + "…" : first.text
            return Chart.TimePoint(day: Double(day.dayNumber), label: "\(k.date): \(text)", expected: k.status == "expected",
                                   link: SitePaths.passPage("timeline") + "#k" + k.date)
        }
    }
}
