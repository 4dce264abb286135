import BriefingCore

/// The built-in `timeline` pass: TIMEX3 temporal expressions in every source, normalised
/// against each article's date, and the story's dated events in order, each with its sources.
///
/// Reads dedup's findings when present (boilerplate and repeated passages make no events;
/// equivalent sentences merge) and works without them.
public struct TimelinePass: ConfigurablePass {
    public let id = "timeline"
    public let summary = "Temporal expressions (TIMEX3) and a sourced timeline of dated events"
    public let dependencies = ["dedup"]

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try self.options(input)
        let duplicates = input.results.duplicates
        var groupOf: [String: Int] = [:]
        for (g, members) in (duplicates?.equivalentSentences ?? []).enumerated() {
            for m in members { groupOf["\(m.doc)#\(m.sentence)"] = g }
        }
        let reference = input.settings.referenceDate
        let analyses = await Self.tagAll(input.corpus.documents, reference: reference, duplicates: duplicates, groupOf: groupOf)
        var timexes: [TimexRecord] = []
        var candidates: [EventBuilder.Candidate] = []
        var anchors: [DocumentAnchor] = []
        for a in analyses {
            timexes.append(contentsOf: a.records)
            candidates.append(contentsOf: a.candidates)
            anchors.append(a.anchor)
        }
        var limited = 0
        let events = EventBuilder.events(candidates, limited: &limited)
        if limited > 0 {
            input.logger.warning("timeline: \(limited) of \(candidates.count) dated sentences share a date and words with more than \(EventBuilder.maxGroupsPerWord) events; each was compared with the latest \(EventBuilder.maxGroupsPerWord) when merging")
        }
        let keyDates = KeyDateBuilder(settings: KeyDateSettings(keyDates: options.keyDates, sentences: options.keyDateSentences))
            .keyDates(analyses.map(\.days))
        let result = TimelineResult(timexes: timexes, keyDates: keyDates, events: events, documents: anchors)
        return TimelinePresentation.output(result, corpus: input.corpus, options: options)
    }

    /// What one document contributes.
    struct DocumentTimeline: Sendable {
        var records: [TimexRecord]
        var candidates: [EventBuilder.Candidate]
        var anchor: DocumentAnchor
        var days: DocumentDays
    }

    /// Tags one document.
    static func tag(_ doc: Document, reference: CalendarDate?, duplicates: (any DuplicateFindings)?,
                    groupOf: [String: Int]) -> DocumentTimeline {
        let own = doc.calendarDate
        let anchorDate = own ?? reference
        let spans = doc.sentences.isEmpty ? [doc.body] : doc.sentences.map(\.span)
        let found = TemporalTagger().tag(doc.text, sentences: spans, anchor: anchorDate)
        var records: [TimexRecord] = []
        records.reserveCapacity(found.count)
        var line = 1
        var offset = 0
        let scalars = doc.text.scalars
        for t in found {
            while offset < t.span.start {
                if scalars[offset] == "\n" { line += 1 }
                offset += 1
            }
            records.append(TimexRecord(doc: doc.id, start: t.span.start, end: t.span.end, line: line, text: t.text, type: t.type,
                                       value: t.value, mod: t.mod, relative: t.relativeLabel))
        }
        let candidates = EventBuilder.candidates(doc, timexes: found, anchor: anchorDate, duplicates: duplicates, groupOf: groupOf)
        let anchor = DocumentAnchor(doc: doc.id, anchor: anchorDate?.description,
                                    source: own != nil ? .document : (reference != nil ? .reference : AnchorSource.none))
        let days = DaySentenceCollector.collect(doc, timexes: found, published: anchorDate, duplicates: duplicates, groupOf: groupOf)
        return DocumentTimeline(records: records, candidates: candidates, anchor: anchor, days: days)
    }

    /// Tags documents on all cores; order is kept.
    static func tagAll(_ documents: [Document], reference: CalendarDate?, duplicates: (any DuplicateFindings)?,
                       groupOf: [String: Int]) async -> [DocumentTimeline] {
        Parallel.map(documents) { tag($0, reference: reference, duplicates: duplicates, groupOf: groupOf) }
    }
}
