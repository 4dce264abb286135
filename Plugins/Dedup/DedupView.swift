import BriefingCore

/// Display-shaped data for the dedup templates (`{{#view}}`): clusters, pairs and a sources table.
struct DedupView: Encodable, Sendable {
    /// One row of the sources table.
    struct SourceRow: Encodable, Sendable {
        var document: SourceLink
        var source: String?
        var date: String?
        /// "original", "rewrite of …", "repeats itself", "cruft removed".
        var badges: [String]
        /// Sentences found in no other source.
        var adds: [LinkedSentence]
        var boilerplate: Int
    }

    /// A cluster of rewrites.
    struct ClusterRow: Encodable, Sendable {
        var id: Int
        var representative: SourceLink
        var members: [SourceLink]
    }

    /// A related pair.
    struct PairRow: Encodable, Sendable {
        var a: SourceLink
        var b: SourceLink
        var relation: DocumentRelation
        var percent: Int
        var aligned: Int
    }

    /// A dimmed line: boilerplate or a repeat.
    struct CruftRow: Encodable, Sendable {
        var document: SourceLink
        var line: Int
        var reason: String
        /// The first words of the line.
        var text: String
        /// Link to the dimmed passage in its source page.
        var link: String
    }

    var sources: [SourceRow]
    var clusters: [ClusterRow]
    var pairs: [PairRow]
    var cruft: [CruftRow]
    var pairsComplete: Bool
    var figures: [Figure]
    /// "5 sources · 3 independent reports · 2 rewrites".
    var summary: String
    /// Boilerplate and repeated passages in all (the list shows at most `cruftListed` of each).
    var cruftTotal: Int
}
