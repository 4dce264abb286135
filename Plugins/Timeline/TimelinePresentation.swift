import BriefingCore

/// What the timeline pass adds to the site: date highlights in source pages (value on hover
/// and focus), the masthead figure, the timeline chart, and events grouped by day.
enum TimelinePresentation: PassPresentation {
    static func output(_ result: TimelineResult, corpus: Corpus, options: TimelinePass.Options) -> PassOutput {
        var annotations: [Annotation] = []
        for t in result.timexes {
            // the normalised value is what a reader hovers for; relative-only dates say how they relate
            let label = t.relative.map { "\($0) (\(t.value ?? t.type.rawValue))" } ?? t.value ?? "unresolved \(t.type.rawValue.lowercased())"
            annotations.append(Annotation(doc: t.doc, span: Span(t.start, t.end), kind: "timex", label: label, anchor: "t-\(t.start)"))
        }
        var figures: [Figure] = []
        if !result.events.isEmpty {
            figures.append(Figure(value: result.events.count, label: Wording.noun(result.events.count, "dated event")))
        }
        var charts: [String: Chart] = [:]
        // The strip shows the story's own stretch of time: events within a year of the median
        // event, so one mention of a distant year does not squash the rest into a dot.
        let charted = selection(result.events.filter { !$0.relative }, limit: options.chartEvents)
        let placed = charted.compactMap { e in Self.day(of: e).map { (e, $0) } }
        let median = placed.isEmpty ? 0 : placed.map(\.1).sorted()[placed.count / 2]
        let near = placed.filter { abs($0.1 - median) <= 366 }
        let shown = near.count >= 3 ? near : placed
        let points = shown.prefix(options.chartEvents).map { (e, day) -> Chart.TimePoint in
            let text = e.text.count > 120 ? String(e.text.prefix(117)) + "…" : e.text
            return Chart.TimePoint(day: day, label: "\(e.label): \(text)", expected: e.status == .expected,
                                   link: SitePaths.passPage("timeline") + "#" + e.id)
        }
        // With key dates, the strip spans them (the story's days), not every dated mention.
        let keyPoints = KeyDateView.points(result.keyDates)
        if keyPoints.count >= 2 {
            charts["timeline"] = .timeline(title: "Key dates, past and expected", points: keyPoints)
        } else if !points.isEmpty {
            charts["timeline"] = .timeline(title: "Dated events, past and expected", points: Array(points))
        }
        let documents = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
        let view = Self.view(result, documents: documents, limit: options.pageEvents)
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

    /// The view of the timeline page and the index section: at most `limit` events, by day.
    static func view(_ result: TimelineResult, documents: [String: Document], limit: Int = 400) -> TimelineView {
        func item(_ e: TimelineEvent) -> TimelineView.Item {
            let sources = e.sources.map { SourceLink($0.doc, in: documents, offset: $0.start) }
            return TimelineView.Item(id: e.id, text: e.text, label: e.label, value: e.value, status: e.status, expected: e.status == .expected,
                        ongoing: e.status == .ongoing, sources: sources, carried: sources.count,
                        carriedLabel: Wording.counted(sources.count, "source"))
        }
        func days(_ events: [TimelineEvent]) -> [TimelineView.Day] {
            var out: [TimelineView.Day] = []
            for e in events {
                if let last = out.last, last.date == e.date {
                    out[out.count - 1].events.append(item(e))
                } else {
                    out.append(TimelineView.Day(label: e.label, date: e.date, events: [item(e)]))
                }
            }
            return out
        }
        let shown = selection(result.events, limit: limit)
        let absolute = shown.filter { !$0.relative }
        let past = absolute.filter { $0.status != .expected }
        let expected = absolute.filter { $0.status == .expected }
        let relative = shown.filter(\.relative)
        let unanchored = result.documents.filter { $0.source == AnchorSource.none }.count
        var notes: [String] = []
        if unanchored > 0 {
            notes.append("\(unanchored) of \(result.documents.count) sources have no date and no reference date is set: their dates are shown relative to publication.")
        }
        if shown.count < result.events.count {
            notes.append("This page shows the \(shown.count) most widely reported of \(result.events.count) events; all of them are in data/timeline.json.")
        }
        let note = notes.isEmpty ? nil : notes.joined(separator: " ")
        let keyDates = KeyDateView.make(result.keyDates, documents: documents)
        return TimelineView(past: days(past), expected: days(expected), relative: days(relative), total: result.events.count,
                            expectedCount: result.events.filter { $0.status == .expected }.count, timexCount: result.timexes.count,
                            anchorNote: note, keyDates: keyDates.past, expectedKeyDates: keyDates.expected,
                            indexKeyDates: KeyDateView.best(keyDates.past, limit: 8),
                            indexExpectedKeyDates: KeyDateView.best(keyDates.expected, limit: 3), latest: past.suffix(3).reversed().map(item), upcoming: expected.prefix(3).map(item))
    }
}
