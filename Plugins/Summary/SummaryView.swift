import BriefingCore

/// Display-shaped data for the summary's templates (`{{#view}}`), kept out of summary.json.
///
/// Citations are numbered by document, in order of first citation, so "[2]" means the same
/// source everywhere on the page; each citation links to the cited sentence's anchor.
public struct SummaryView: Encodable, Sendable, Equatable {
    /// The lead, in reading order.
    public var lead: [LeadSentence]
    /// The documents cited by the lead, numbered.
    public var sources: [Citation]
    /// Per-document summaries, in corpus order.
    public var documents: [DocumentView]
    /// Words in the lead.
    public var words: Int

    /// Most citation marks shown after one sentence; on a large corpus a widely carried
    /// sentence may have hundreds of sources, all of them in summary.json.
    public static let marksShown = 6

    /// One lead sentence with its citation marks.
    public struct LeadSentence: Encodable, Sendable, Equatable {
        /// 1-based position in the lead.
        public var number: Int
        /// The sentence.
        public var text: String
        /// Citation marks, one per carrying document, at most `SummaryView.marksShown`.
        public var citations: [Citation]
        /// How many carrying documents have no mark shown (nil when all are shown).
        public var more: Int?
        /// Marks for documents that say the same in other words, at most `SummaryView.marksShown`.
        public var paraphrases: [Citation]
        /// "carried by N sources": documents holding the sentence or a paraphrase of it.
        public var carriedBy: Int
    }

    /// A numbered source: a citation mark after a lead sentence (linking to the sentence in
    /// it) or an entry of the list of sources cited (linking to its page).
    public struct Citation: Encodable, Sendable, Equatable {
        /// The document's citation number, the same everywhere on the page.
        public var number: Int
        /// The document, named and linked as on every page.
        public var source: SourceLink
    }

    /// A document's own summary.
    public struct DocumentView: Encodable, Sendable, Equatable {
        /// 1-based position in corpus order, for element ids.
        public var number: Int
        /// The document and its page.
        public var source: SourceLink
        /// Publication date as given, when known.
        public var date: String?
        /// The summary sentences, each linking to its place in the source page.
        public var sentences: [LinkedSentence]
    }
}
