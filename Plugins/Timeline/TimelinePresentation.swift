import BriefingCore

/// What the timeline pass adds to the site: date highlights in source pages (value on hover
/// and focus), the masthead figure, the timeline chart, and events grouped by day.
enum TimelinePresentation {
    static func output(_ result: TimelineResult, corpus: Corpus, tagged: [TimelinePass.DocumentTimeline],
                       chartEvents: Int, pageEvents: Int = 400) -> PassOutput {
        var annotations: [Annotation] = []
        for t in result.timexes {
            // the normalised value is what a reader hovers for; relative-only dates say how they relate
            let label = t.relative.map { "\($0) (\(t.value ?? t.type))" } ?? t.value ?? "unresolved \(t.type.lowercased())"
            annotations.append(Annotation(doc: t.doc, span: Span(t.start, t.end), kind: "timex", label: label, anchor: "t-\(t.start)"))
        }
        var figures: [Figure] = []
        if !result.events.isEmpty {
            figures.append(Figure(value: result.events.count, label: result.events.count == 1 ? "dated event" : "dated events"))
        }
        var charts: [String: Chart] = [:]
        // The strip shows the story's own stretch of time: events within a year of the median
        // event, so one mention of a distant year does not squash the rest into a dot.
        let charted = selection(result.events.filter { !$0.relative }, limit: chartEvents)
        let placed = charted.compactMap { e in Self.day(of: e).map { (e, $0) } }
        let median = placed.isEmpty ? 0 : placed.map(\.1).sorted()[placed.count / 2]
        let near = placed.filter { abs($0.1 - median) <= 366 }
        let shown = near.count >= 3 ? near : placed
        let points = shown.prefix(chartEvents).map { (e, day) -> Chart.TimePoint in
            let text = e.text.count > 120 ? String(e.text.prefix(117)) + "…" : e.text
            return Chart.TimePoint(day: day, label: "\(e.label): \(text)", expected: e.status == "expected",
                                   link: SitePaths.passPage("timeline") + "#" + e.id)
        }
        if !points.isEmpty { charts["timeline"] = .timeline(title: "Dated events, past and expected", points: Array(points)) }
        let documents = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
        let view = TimelineView.make(result, documents: documents, limit: pageEvents)
        var output = PassOutput(result: result, annotations: annotations, charts: charts, figures: figures, view: view)
        output.legend = ["timex": "Date or time (hover or focus for its value)"]
        return output
    }

    /// At most `limit` events, the most widely reported first (then the earliest), back in time order.
    static func selection(_ events: [TimelineEvent], limit: Int) -> [TimelineEvent] {
        guard events.count > limit, limit > 0 else { return events }
        let order = Dictionary(uniqueKeysWithValues: events.enumerated().map { ($1.id, $0) })
        let kept = events.enumerated().sorted { a, b in
            a.element.sources.count != b.element.sources.count ? a.element.sources.count > b.element.sources.count : a.offset < b.offset
        }.prefix(limit).map(\.element)
        return kept.sorted { order[$0.id]! < order[$1.id]! }
    }

    /// The day an event sits at on the axis (the middle of its period, days since 1970).
    static func day(of e: TimelineEvent) -> Double? {
        let parts = e.date.split(separator: "/")
        guard let a = parts.first.flatMap({ CalendarDate(iso: String($0.prefix(10))) }) else {
            if let y = Int(e.date.prefix(4)), e.date.count >= 4 {
                let month = e.date.count >= 7 ? Int(e.date.dropFirst(5).prefix(2)) ?? 1 : 1
                let start = CalendarDate(year: y, month: month, day: 1)
                let end = e.date.count >= 7 ? CalendarDate(year: y, month: month, day: CalendarDate.daysIn(month: month, year: y))
                    : CalendarDate(year: y, month: 12, day: 31)
                return Double(start.dayNumber + end.dayNumber) / 2
            }
            return nil
        }
        if parts.count == 2, let b = CalendarDate(iso: String(parts[1])) { return Double(a.dayNumber + b.dayNumber) / 2 }
        return Double(a.dayNumber)
    }
}

/// Display data for `Templates/timeline.mustache` and the index section.
struct TimelineView: Encodable, Sendable {
    /// A source carrying an event.
    struct SourceLink: Encodable, Sendable {
        var doc: String
        var title: String
        var link: String
        /// What follows the link in a run of links ("; ", or nothing after the last).
        var separator: String
    }
    /// One event as shown.
    struct Item: Encodable, Sendable {
        var id: String
        var text: String
        var label: String
        var value: String
        var status: String
        var expected: Bool
        var ongoing: Bool
        var sources: [SourceLink]
        var carried: Int
        /// "1 source", "3 sources".
        var carriedLabel: String

        enum CodingKeys: String, CodingKey {
            case id, text, label, value, status, expected, ongoing, sources, carried
            case carriedLabel = "carried_label"
        }
    }
    /// Events of one day (or one period).
    struct Day: Encodable, Sendable {
        var label: String
        var date: String
        var events: [Item]
    }

    var past: [Day]
    var expected: [Day]
    var relative: [Day]
    var total: Int
    var expectedCount: Int
    var timexCount: Int
    var highlights: [Item]
    var anchorNote: String?
    /// The latest past events and the first expected ones, for the index.
    var latest: [Item]
    var upcoming: [Item]
    /// Whether each list has anything, for section headings.
    var hasPast: Bool { !past.isEmpty }
    var hasExpected: Bool { !expected.isEmpty }
    var hasRelative: Bool { !relative.isEmpty }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(past, forKey: .past)
        try c.encode(expected, forKey: .expected)
        try c.encode(relative, forKey: .relative)
        try c.encode(total, forKey: .total)
        try c.encode(highlights, forKey: .highlights)
        try c.encode(latest, forKey: .latest)
        try c.encode(upcoming, forKey: .upcoming)
        try c.encode(expectedCount, forKey: .expectedCount)
        try c.encode(timexCount, forKey: .timexCount)
        try c.encodeIfPresent(anchorNote, forKey: .anchorNote)
        try c.encode(hasPast, forKey: .hasPast)
        try c.encode(hasExpected, forKey: .hasExpected)
        try c.encode(hasRelative, forKey: .hasRelative)
    }

    enum CodingKeys: String, CodingKey {
        case past, expected, relative, total, highlights, latest, upcoming
        case hasPast = "has_past"
        case hasExpected = "has_expected"
        case hasRelative = "has_relative"
        case expectedCount = "expected_count"
        case timexCount = "timex_count"
        case anchorNote = "anchor_note"
    }

    static func make(_ result: TimelineResult, documents: [String: Document], limit: Int = 400) -> TimelineView {
        func item(_ e: TimelineEvent) -> Item {
            let sources = e.sources.enumerated().map { i, s in
                SourceLink(doc: s.doc, title: documents[s.doc]?.displayTitle ?? s.doc, link: SitePaths.link(s.doc, offset: s.start),
                           separator: i + 1 < e.sources.count ? "; " : "")
            }
            return Item(id: e.id, text: e.text, label: e.label, value: e.value, status: e.status, expected: e.status == "expected",
                        ongoing: e.status == "ongoing", sources: sources, carried: sources.count,
                        carriedLabel: sources.count == 1 ? "1 source" : "\(sources.count) sources")
        }
        func days(_ events: [TimelineEvent]) -> [Day] {
            var out: [Day] = []
            for e in events {
                if let last = out.last, last.date == e.date {
                    out[out.count - 1].events.append(item(e))
                } else {
                    out.append(Day(label: e.label, date: e.date, events: [item(e)]))
                }
            }
            return out
        }
        let shown = TimelinePresentation.selection(result.events, limit: limit)
        let absolute = shown.filter { !$0.relative }
        let past = absolute.filter { $0.status != "expected" }
        let expected = absolute.filter { $0.status == "expected" }
        let relative = shown.filter(\.relative)
        let highlights = result.events.filter { $0.sources.count > 1 }.sorted { $0.sources.count > $1.sources.count }.prefix(5).map(item)
        let unanchored = result.documents.filter { $0.source == "none" }.count
        var notes: [String] = []
        if unanchored > 0 {
            notes.append("\(unanchored) of \(result.documents.count) sources have no date and no reference date is set: their dates are shown relative to publication.")
        }
        if shown.count < result.events.count {
            notes.append("This page shows the \(shown.count) most widely reported of \(result.events.count) events; all of them are in data/timeline.json.")
        }
        let note = notes.isEmpty ? nil : notes.joined(separator: " ")
        return TimelineView(past: days(past), expected: days(expected), relative: days(relative), total: result.events.count,
                            expectedCount: result.events.filter { $0.status == "expected" }.count, timexCount: result.timexes.count, highlights: Array(highlights),
                            anchorNote: note, latest: past.suffix(3).reversed().map(item), upcoming: expected.prefix(3).map(item))
    }
}
