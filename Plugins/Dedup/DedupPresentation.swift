import BriefingCore

/// Turns the dedup result into what the site shows: highlighted spans in source pages, the
/// masthead figures, the similarity heat map and display-ready rows for the templates.
///
/// Kept apart from the analysis so that the data file stays the contract and this file only
/// arranges it for reading; it never produces HTML.
struct DedupPresentation {
    /// The corpus, sorted by id.
    let documents: [Document]
    /// The analysis result.
    let result: DedupResult
    /// Title (else id) of every document, by id.
    private let titles: [String: String]

    /// Prepares the presentation of `result`.
    init(documents: [Document], result: DedupResult) {
        self.documents = documents
        self.result = result
        titles = Dictionary(documents.map { ($0.id, $0.title.flatMap { $0.isEmpty ? nil : $0 } ?? $0.id) },
                            uniquingKeysWith: { a, _ in a })
    }

    /// Largest corpus drawn as a heat map; beyond it the page lists clusters only.
    static let heatMapLimit = 50
    /// Carriers named in an "also in" label.
    static let carriersNamed = 5

    /// A short, readable name for a document: its title, else its id.
    func name(_ id: String) -> String { titles[id] ?? id }

    /// Boilerplate and repeats dimmed in source pages; sentences carried elsewhere labelled
    /// with the documents that carry them.
    func annotations() -> [Annotation] {
        var spans: [Annotation] = []
        for b in result.boilerplate {
            spans.append(Annotation(doc: b.doc, span: Span(b.start, b.end), kind: "boilerplate", label: "boilerplate: \(b.reason)"))
        }
        for d in result.duplicateParagraphs {
            spans.append(Annotation(doc: d.doc, span: Span(d.start, d.end), kind: "repeat",
                                     label: "repeats line \(d.duplicateOf.line) of this document"))
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


    /// Sources, independent reports (clusters, singletons included) and rewrites.
    func figures() -> [Figure] {
        let n = documents.count
        let independent = Set(result.documents.map(\.cluster)).count
        let rewrites = result.documents.filter { $0.duplicateOf != nil }.count
        var figures = [Figure(value: n, label: n == 1 ? "source" : "sources")]
        if n > 1 {
            figures.append(Figure(value: independent, label: independent == 1 ? "independent report" : "independent reports"))
        }
        if rewrites > 0 {
            figures.append(Figure(value: rewrites, label: rewrites == 1 ? "rewrite" : "rewrites"))
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
        func ref(_ id: String) -> DedupView.DocumentLink {
            DedupView.DocumentLink(doc: id, title: name(id), link: SitePaths.sourcePage(id))
        }
        let sources = documents.map { document -> DedupView.SourceRow in
            let entry = byDoc[document.id]
            var badges: [String] = []
            if let original = entry?.duplicateOf {
                badges.append("rewrite of \(name(original))")
            } else if representatives.contains(document.id) {
                badges.append("original")
            }
            if repeats[document.id] != nil { badges.append("repeats itself") }
            if cruft[document.id] != nil { badges.append("cruft removed") }
            let adds = (entry?.adds ?? []).map { s in
                DedupView.Sentence(text: document.slice(Span(s.start, s.end)), link: SitePaths.link(document.id, offset: s.start))
            }
            return DedupView.SourceRow(
                document: ref(document.id), source: document.source, date: document.date,
                badges: badges, adds: adds, addsCount: adds.count,
                repeats: repeats[document.id]?.count ?? 0, boilerplate: cruft[document.id]?.count ?? 0)
        }
        let clusters = result.clusters.map { c in
            DedupView.ClusterRow(id: c.id, representative: ref(c.representative),
                                 members: c.members.filter { $0 != c.representative }.map(ref), size: c.members.count)
        }
        let pairs = result.pairs.filter { $0.relation != .unrelated }
            .sorted { $0.similarity > $1.similarity }
            .map { p in
                DedupView.PairRow(a: ref(p.a), b: ref(p.b), relation: p.relation.rawValue,
                                  percent: Int((p.similarity * 100).rounded()), aligned: p.aligned.count,
                                  nearDuplicate: p.relation == .nearDuplicate)
            }
        return DedupView(sources: sources, clusters: clusters, pairs: pairs, hasClusters: !clusters.isEmpty,
                         hasHeatMap: !charts().isEmpty, pairsComplete: result.pairsComplete, figures: figures())
    }
}

/// Display-shaped data for the dedup templates (`{{#view}}`): clusters, pairs and a sources table.
struct DedupView: Encodable, Sendable {
    /// A link to a source page.
    struct DocumentLink: Encodable, Sendable {
        /// Document id.
        var doc: String
        /// Title or id.
        var title: String
        /// Source page, relative to the site root.
        var link: String
    }

    /// A sentence with a link to it.
    struct Sentence: Encodable, Sendable {
        /// The sentence.
        var text: String
        /// Link to the sentence in its source page.
        var link: String
    }

    /// One row of the sources table.
    struct SourceRow: Encodable, Sendable {
        var document: DocumentLink
        var source: String?
        var date: String?
        /// "original", "rewrite of …", "repeats itself", "cruft removed".
        var badges: [String]
        /// Sentences found in no other source.
        var adds: [Sentence]
        var addsCount: Int
        var repeats: Int
        var boilerplate: Int

        enum CodingKeys: String, CodingKey {
            case document, source, date, badges, adds, repeats, boilerplate
            case addsCount = "adds_count"
        }
    }

    /// A cluster of rewrites.
    struct ClusterRow: Encodable, Sendable {
        var id: Int
        var representative: DocumentLink
        var members: [DocumentLink]
        var size: Int
    }

    /// A related pair.
    struct PairRow: Encodable, Sendable {
        var a: DocumentLink
        var b: DocumentLink
        var relation: String
        var percent: Int
        var aligned: Int
        var nearDuplicate: Bool

        enum CodingKeys: String, CodingKey {
            case a, b, relation, percent, aligned
            case nearDuplicate = "near_duplicate"
        }
    }

    var sources: [SourceRow]
    var clusters: [ClusterRow]
    var pairs: [PairRow]
    var hasClusters: Bool
    var hasHeatMap: Bool
    var pairsComplete: Bool
    var figures: [Figure]

    enum CodingKeys: String, CodingKey {
        case sources, clusters, pairs, figures
        case hasClusters = "has_clusters"
        case hasHeatMap = "has_heat_map"
        case pairsComplete = "pairs_complete"
    }
}
