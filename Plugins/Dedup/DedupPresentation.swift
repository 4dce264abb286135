import BriefingCore

/// Turns the dedup result into what the site shows: highlighted spans in source pages, the
/// masthead figures, the similarity heat map and display-ready rows for the templates.
///
/// Kept apart from the analysis so that the data file stays the contract and this file only
/// arranges it for reading; it never produces HTML.
struct DedupPresentation: PassPresentation {
    /// The corpus, sorted by id.
    let documents: [Document]
    /// The analysis result.
    let result: DedupResult
    /// Every document by id.
    private let byID: [String: Document]

    /// Prepares the presentation of `result`.
    init(documents: [Document], result: DedupResult) {
        self.documents = documents
        self.result = result
        byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func output(_ result: DedupResult, corpus: Corpus, options: DedupPass.Options) async -> PassOutput {
        let presentation = DedupPresentation(documents: corpus.documents, result: result)
        // The highlights and the page rows are independent: build them side by side.
        async let annotations = presentation.annotations()
        async let view = presentation.view()
        var output = PassOutput(result: result, annotations: await annotations, charts: presentation.charts(),
                                figures: presentation.figures(), view: await view)
        output.legend = [
            "boilerplate": "Not article text (label, teaser, prompt)",
            "repeat": "Repeated passage",
            "shared": "Also in other sources",
        ]
        return output
    }

    /// Largest corpus drawn as a heat map; beyond it the page lists clusters only.
    static let heatMapLimit = 50
    /// Carriers named in an "also in" label.
    static let carriersNamed = 5
    /// Related pairs listed on the page, most similar first; the data file has them all.
    static let pairsListed = 300
    /// Up to this many documents the page lists every source; beyond, those with a badge.
    static let sourcesListed = 200
    /// Cruft lines listed on the page; the data file has them all.
    static let cruftListed = 200

    /// Anchor id of a dimmed passage (distinct from sentence anchors `s<offset>`).
    static func anchor(_ start: Int) -> String { "d-\(start)" }

    /// A document's name on every page: its `displayTitle` (its id when it is not in the corpus).
    func name(_ id: String) -> String { byID[id]?.displayTitle ?? id }

    /// Boilerplate and repeats dimmed in source pages; sentences carried elsewhere labelled
    /// with the documents that carry them.
    func annotations() -> [Annotation] {
        var spans: [Annotation] = []
        for b in result.boilerplate {
            spans.append(Annotation(doc: b.doc, span: Span(b.start, b.end), kind: "boilerplate", label: "boilerplate: \(b.reason)",
                                    anchor: Self.anchor(b.start)))
        }
        for d in result.duplicateParagraphs {
            spans.append(Annotation(doc: d.doc, span: Span(d.start, d.end), kind: "repeat",
                                     label: "repeats line \(d.duplicateOf.line) of this document", anchor: Self.anchor(d.start)))
        }
        for group in result.sentenceGroups {
            // Large groups (a wire sentence carried by hundreds of copies) name a few carriers.
            let carriers = Array(Set(group.map(\.doc))).sorted()
            for member in group {
                let others = carriers.lazy.filter { $0 != member.doc }
                let shown = others.prefix(Self.carriersNamed).map(name)
                guard !shown.isEmpty else { continue }
                let more = carriers.count - 1 - shown.count
                let label = "also in: " + shown.joined(separator: "; ") + (more > 0 ? " and \(more) more" : "")
                spans.append(Annotation(doc: member.doc, span: Span(member.start, member.end), kind: "shared", label: label))
            }
        }
        return spans
    }


    /// Independent reports (clusters, singletons included) and rewrites ("3 rewrites of one
    /// text"); the number of sources is the sources pass's figure.
    func figures() -> [Figure] {
        let n = documents.count
        let independent = Set(result.documents.map(\.cluster)).count
        let sizes = Dictionary(grouping: result.documents, by: \.cluster).values.map(\.count).filter { $0 > 1 }
        var figures: [Figure] = []
        if n > 1, independent < n {
            figures.append(Figure(value: independent, label: independent == 1 ? "independent report" : "independent reports"))
        }
        if !sizes.isEmpty {
            let texts = sizes.count == 1 ? "one text" : "\(sizes.count) texts"
            figures.append(Figure(value: sizes.reduce(0, +), label: "rewrites of \(texts)"))
        }
        return figures
    }

    /// The document × document similarity heat map, for corpora small enough to read it.
    func charts() -> [String: Chart] {
        guard documents.count >= 2, documents.count <= Self.heatMapLimit, result.pairsComplete else { return [:] }
        let index = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($0.element.id, $0.offset) })
        var values = [[Double]](repeating: [Double](repeating: 0, count: documents.count), count: documents.count)
        for i in documents.indices { values[i][i] = 1 }
        for p in result.pairs {
            guard let a = index[p.a], let b = index[p.b] else { continue }
            values[a][b] = p.similarity
            values[b][a] = p.similarity
        }
        let labels = documents.map(\.id)
        return ["similarity": .heatMap(title: "Document similarity (share of text in common)", labels: labels, values: values)]
    }

    /// Display rows for `Templates/dedup.mustache`.
    func view() -> DedupView {
        let byDoc = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.doc, $0) })
        let repeats = Dictionary(grouping: result.duplicateParagraphs, by: \.doc)
        let cruft = Dictionary(grouping: result.boilerplate, by: \.doc)
        let representatives = Set(result.clusters.map(\.representative))
        func ref(_ id: String) -> SourceLink { SourceLink(id, in: byID) }
        // A large corpus lists only the sources with something to say about them.
        let large = documents.count > Self.sourcesListed
        let sources = documents.compactMap { document -> DedupView.SourceRow? in
            let entry = byDoc[document.id]
            var badges: [String] = []
            if let original = entry?.duplicateOf {
                badges.append("rewrite of \(name(original))")
            } else if representatives.contains(document.id) {
                badges.append("original")
            }
            if repeats[document.id] != nil { badges.append("repeats itself") }
            if cruft[document.id] != nil { badges.append("cruft removed") }
            if large && badges.isEmpty { return nil }
            let adds = (entry?.adds ?? []).map { s in
                LinkedSentence(document, Span(s.start, s.end))
            }
            return DedupView.SourceRow(
                document: ref(document.id), source: document.source, date: document.date,
                badges: badges, adds: adds,
                boilerplate: cruft[document.id]?.count ?? 0)
        }
        let clusters = result.clusters.map { c in
            DedupView.ClusterRow(id: c.id, representative: ref(c.representative),
                                 members: c.members.filter { $0 != c.representative }.map(ref))
        }
        let pairs = result.pairs.filter { $0.relation != .unrelated }
            .sorted { $0.similarity > $1.similarity }
            .prefix(Self.pairsListed)
            .map { p in
                DedupView.PairRow(a: ref(p.a), b: ref(p.b), relation: p.relation,
                                  percent: Int((p.similarity * 100).rounded()), aligned: p.aligned.count)
            }
        var cruftRows: [DedupView.CruftRow] = []
        for d in result.duplicateParagraphs.prefix(Self.cruftListed) {
            cruftRows.append(DedupView.CruftRow(
                document: ref(d.doc), line: d.line, reason: "repeats line \(d.duplicateOf.line)",
                text: Wording.excerpt(byID[d.doc]?.slice(Span(d.start, min(d.end, d.start + 180))) ?? ""),
                link: SitePaths.sourcePage(d.doc) + "#" + Self.anchor(d.start)))
        }
        for b in result.boilerplate.prefix(Self.cruftListed) {
            cruftRows.append(DedupView.CruftRow(
                document: ref(b.doc), line: b.line, reason: b.reason,
                text: Wording.excerpt(byID[b.doc]?.slice(Span(b.start, min(b.end, b.start + 180))) ?? ""),
                link: SitePaths.sourcePage(b.doc) + "#" + Self.anchor(b.start)))
        }
        cruftRows.sort { ($0.document.doc, $0.line) < ($1.document.doc, $1.line) }
        let figureLine = Wording.figureLine(figures())
        return DedupView(sources: sources, clusters: clusters, pairs: pairs, cruft: cruftRows,
                         pairsComplete: result.pairsComplete, figures: figures(),
                         summary: figureLine,
                         cruftTotal: result.duplicateParagraphs.count + result.boilerplate.count)
    }

}
