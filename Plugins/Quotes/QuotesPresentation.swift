import BriefingCore

/// What the quotes pass adds to the site: highlights in source pages, the masthead figure, the
/// chart of quotes per speaker, and display-shaped data for the Quotes page and key quotes.
enum QuotesPresentation: PassPresentation {
    static func output(_ result: QuotesResult, corpus: Corpus, options: QuotesPass.Options) -> PassOutput {
        let documents = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
        var annotations: [Annotation] = []
        for q in result.quotes {
            let label: String
            if q.kind == .term { label = "term" } else if let s = q.speaker { label = q.role.map { "\(s), \($0)" } ?? s } else { label = "unattributed" }
            annotations.append(Annotation(doc: q.doc, span: Span(q.start, q.end), kind: q.kind == .term ? "term" : "quote",
                                          label: label, anchor: anchor(q.start)))
        }
        let attributed = result.quotes.filter { $0.speaker != nil && $0.kind != .term }
        let people = result.speakers.filter(\.named).count
        var figures: [Figure] = []
        if !attributed.isEmpty {
            figures.append(Figure(value: attributed.count,
                                  label: "\(Wording.noun(attributed.count, "quote")) from \(Wording.counted(people, "person", "people"))"))
        }
        let bars = result.speakers.prefix(options.chartSpeakers).map {
            Chart.Bar(label: $0.name, value: Double($0.count), link: SitePaths.passPage("quotes") + "#" + speakerAnchor($0.name))
        }
        var charts: [String: Chart] = [:]
        if !bars.isEmpty { charts["speakers"] = .bars(title: "Quotes per speaker", bars: Array(bars)) }
        let view = Self.view(result, documents: documents, keyQuotes: options.keyQuotes)
        var output = PassOutput(result: result, annotations: annotations, charts: charts, figures: figures, view: view)
        output.legend = ["quote": "Quotation (hover or focus for the speaker)", "term": "Title or term in quotation marks"]
        return output
    }

    /// The anchor of a highlighted quote in its source page ("q-<start>"; sentences use "s<start>").
    static func anchor(_ start: Int) -> String { "q-\(start)" }

    /// A link from the site root to a highlighted quote.
    static func link(_ doc: String, _ start: Int) -> String { SitePaths.sourcePage(doc) + "#" + anchor(start) }

    /// The anchor of a speaker's section on the Quotes page.
    static func speakerAnchor(_ name: String) -> String {
        "speaker-" + SitePaths.slug(name.lowercased().replacingOccurrences(of: " ", with: "-"))
    }

    /// The view of the Quotes page and the index's key quotes.
    static func view(_ result: QuotesResult, documents: [String: Document], keyQuotes: Int) -> QuotesView {
        var titles: [String: String] = [:]
        for q in result.quotes where titles[q.doc] == nil {
            titles[q.doc] = documents[q.doc]?.displayTitle ?? q.doc
        }
        // Utterances: each group once, each ungrouped quote once.
        var byGroup: [String: [Quote]] = [:]
        var utterances: [(quotes: [Quote], first: Int)] = []
        for (i, q) in result.quotes.enumerated() {
            if let g = q.group {
                if byGroup[g] == nil { utterances.append(([], i)) }
                byGroup[g, default: []].append(q)
            } else {
                utterances.append(([q], i))
            }
        }
        var made: [QuotesView.Utterance] = []
        for (quotes, first) in utterances {
            let members = quotes.isEmpty ? byGroup[result.quotes[first].group!]! : quotes
            made.append(utterance(members, documents: documents, titles: titles))
        }
        var bySpeaker: [String: [QuotesView.Utterance]] = [:]
        for u in made where u.kind != .term {
            if let s = u.speaker { bySpeaker[s, default: []].append(u) }
        }
        var sections: [QuotesView.SpeakerSection] = []
        for speaker in result.speakers {
            let mine = (bySpeaker[speaker.name] ?? [])
                .sorted { $0.carried != $1.carried ? $0.carried > $1.carried : $0.text.count > $1.text.count }
            sections.append(QuotesView.SpeakerSection(name: speaker.name, role: speaker.role, count: speaker.count,
                                           countLabel: Wording.counted(speaker.count, "quote"),
                                           anchor: speakerAnchor(speaker.name), named: speaker.named,
                                           utterances: mine))
        }
        // Key quotes: the most widely carried statements, then those of the most quoted speakers.
        let counts = Dictionary(result.speakers.map { ($0.name, $0.count) }, uniquingKeysWith: max)
        let key = made.filter { $0.speaker != nil && $0.kind != .term && $0.text.split(separator: " ").count >= 4 }
            .map { u -> QuotesView.Utterance in
                var u = u
                u.speakerCount = counts[u.speaker ?? ""] ?? 0
                return u
            }
            .sorted { a, b in
                if a.carried != b.carried { return a.carried > b.carried }
                if (a.kind == .full) != (b.kind == .full) { return a.kind == .full }
                if a.speakerCount != b.speakerCount { return a.speakerCount > b.speakerCount }
                return a.text.count > b.text.count
            }
        let total = result.quotes.filter { $0.speaker != nil && $0.kind != .term }.count
        let people = result.speakers.filter(\.named).count
        return QuotesView(
            speakers: sections, keyQuotes: Array(key.prefix(keyQuotes)),
            unattributed: made.filter { $0.speaker == nil && $0.kind != .term },
            terms: made.filter { $0.kind == .term },
            total: total,
            summary: "\(Wording.counted(total, "quote")) from \(Wording.counted(people, "person", "people"))")
    }

    private static func utterance(_ members: [Quote], documents: [String: Document], titles: [String: String]) -> QuotesView.Utterance {
        var perDoc: [String: Quote] = [:]
        var order: [String] = []
        for q in members where perDoc[q.doc] == nil {
            perDoc[q.doc] = q
            order.append(q.doc)
        }
        let sources = order.map { doc in
            SourceLink(doc: doc, title: titles[doc] ?? doc, outlet: documents[doc]?.source, link: link(doc, perDoc[doc]!.start))
        }
        let longest = members.max { $0.text.count < $1.text.count }!
        let carried = order.count
        return QuotesView.Utterance(text: Excerpt.sentence(longest.text.trimmingQuoteSpace()), kind: longest.kind, carried: carried,
                         carriedLabel: carried == 1 ? "1 source" : "carried by \(carried) sources",
                         speaker: members.lazy.compactMap(\.speaker).first, role: members.lazy.compactMap(\.role).first,
                         sources: sources)
    }
}
