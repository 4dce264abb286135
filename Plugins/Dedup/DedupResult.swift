import BriefingCore

/// How two documents relate.
public enum DocumentRelation: String, Sendable, Codable, Hashable {
    /// A copy or sentence-by-sentence rewrite of the same text.
    case nearDuplicate = "near-duplicate"
    /// Independent reporting of the same events.
    case sameStory = "same-story"
    /// Nothing in common worth reporting.
    case unrelated
}

/// The dedup pass's result: `data/dedup.json` and what later passes read.
///
/// The four lists of the data contract (`documents`, `pairs`, `duplicate_paragraphs`,
/// `boilerplate`) come first; clusters, equivalent sentences, what each document adds and the
/// parameters used are additions. Span lookups for `DuplicateFindings` are kept in indexes
/// that are not written out.
public struct DedupResult: DuplicateFindings, Sendable {
    /// Every document with its cluster and the document it duplicates.
    public var documents: [DocumentEntry]
    /// Relations between documents: every pair when `pairsComplete`, else the LSH candidate
    /// pairs that are related (absent pairs are unrelated).
    public var pairs: [PairEntry]
    /// Whether `pairs` lists every pair of documents.
    public var pairsComplete: Bool
    /// Groups of two or more near-duplicate documents.
    public var clusters: [ClusterEntry]
    /// Later copies of paragraphs repeated inside one document.
    public var duplicateParagraphs: [DuplicateParagraph]
    /// Lines that are not article content.
    public var boilerplate: [BoilerplateEntry]
    /// Groups of equivalent sentences across documents.
    public var sentenceGroups: [[SentenceEntry]]
    /// The settings the analysis ran with.
    public var parameters: Parameters
    /// LSH candidate pairs (document ids), only when the `candidate_pairs` option asks for them.
    public var candidatePairs: [[String]]?

    private var boilerplateIndex: [String: [Span]] = [:]
    private var repeatIndex: [String: [Span]] = [:]

    enum CodingKeys: String, CodingKey {
        case documents, pairs, clusters, boilerplate, parameters
        case pairsComplete
        case duplicateParagraphs
        case sentenceGroups = "equivalent_sentences"
        case candidatePairs
    }

    /// Creates a result and its span indexes.
    public init(documents: [DocumentEntry], pairs: [PairEntry], pairsComplete: Bool, clusters: [ClusterEntry],
                duplicateParagraphs: [DuplicateParagraph], boilerplate: [BoilerplateEntry],
                sentenceGroups: [[SentenceEntry]], parameters: Parameters, candidatePairs: [[String]]?) {
        self.documents = documents
        self.pairs = pairs
        self.pairsComplete = pairsComplete
        self.clusters = clusters
        self.duplicateParagraphs = duplicateParagraphs
        self.boilerplate = boilerplate
        self.sentenceGroups = sentenceGroups
        self.parameters = parameters
        self.candidatePairs = candidatePairs
        for b in boilerplate { boilerplateIndex[b.doc, default: []].append(Span(b.start, b.end)) }
        for d in duplicateParagraphs { repeatIndex[d.doc, default: []].append(Span(d.start, d.end)) }
    }

    /// Whether a fifth or more of the span lies in boilerplate: a sentence that runs a byline,
    /// a stamp or a teaser into the article's words is not one a reader should be shown.
    public func isBoilerplate(_ doc: String, _ span: Span) -> Bool {
        Self.covered(span, by: boilerplateIndex[doc], share: 0.2)
    }

    /// Whether most of the span lies in a later copy of a repeated paragraph.
    public func isRepeat(_ doc: String, _ span: Span) -> Bool {
        Self.covered(span, by: repeatIndex[doc])
    }

    /// Equivalent sentences across documents, as `SentenceRef`s.
    public var equivalentSentences: [[SentenceRef]] {
        sentenceGroups.map { group in group.map { SentenceRef(doc: $0.doc, sentence: $0.sentence, span: Span($0.start, $0.end)) } }
    }

    /// The spans of a document that are neither boilerplate nor repeats: the cleaned paragraphs.
    public func cleanedParagraphs(of document: Document) -> [Paragraph] {
        document.paragraphs.filter { !isBoilerplate(document.id, $0.span) && !isRepeat(document.id, $0.span) }
    }

    /// Whether more than `share` of `span` (or all of an empty span's position) is inside `spans`.
    static func covered(_ span: Span, by spans: [Span]?, share: Double = 0.5) -> Bool {
        guard let spans else { return false }
        if span.isEmpty { return spans.contains { $0.contains(span.start) } }
        var inside = 0
        for s in spans where s.overlaps(span) {
            inside += min(s.end, span.end) - max(s.start, span.start)
        }
        return Double(inside) > share * Double(span.length)
    }

    /// One document's entry.
    public struct DocumentEntry: Sendable, Codable, Hashable {
        /// Document id.
        public var doc: String
        /// Cluster number (every document has one; singletons are clusters of one).
        public var cluster: Int
        /// The cluster's representative when this document is another member of it.
        @Nullable public var duplicateOf: String?
        /// Body sentences compared.
        public var sentences: Int
        /// Sentences with no counterpart in any other document; nil when the document was
        /// compared with no other (large corpora: no LSH candidate), meaning all of them.
        @Nullable public var adds: [SentenceEntry]?
    }

    /// A relation between two documents.
    public struct PairEntry: Sendable, Codable, Hashable {
        /// First document id (the smaller).
        public var a: String
        /// Second document id.
        public var b: String
        /// Headline similarity in 0…1: the larger of the shingle Jaccard similarity and the
        /// share of body sentences aligned in order.
        public var similarity: Double
        /// near-duplicate, same-story or unrelated.
        public var relation: DocumentRelation
        /// Word-shingle Jaccard similarity (exact up to `pairwise_limit` documents, else MinHash estimate).
        public var jaccard: Double
        /// Cosine of TF-IDF content-word vectors.
        public var cosine: Double
        /// Share of body sentences (both sides) aligned in order.
        public var alignedFraction: Double
        /// The aligned sentence pairs: the evidence for a rewrite.
        public var aligned: [AlignedPair]
    }

    /// Two sentences that say the same thing.
    public struct AlignedPair: Sendable, Codable, Hashable {
        /// The sentence in `a`.
        public var a: SentenceEntry
        /// The sentence in `b`.
        public var b: SentenceEntry
        /// Their similarity.
        public var similarity: Double
    }

    /// A sentence, by document, index and offsets.
    public struct SentenceEntry: Sendable, Codable, Hashable {
        /// Document id.
        public var doc: String
        /// Index into the document's sentences.
        public var sentence: Int
        /// First scalar.
        public var start: Int
        /// One past the last scalar.
        public var end: Int
    }

    /// A cluster of near-duplicates.
    public struct ClusterEntry: Sendable, Codable, Hashable {
        /// Cluster number, as in `documents[].cluster`.
        public var id: Int
        /// The member most similar to the others (ties: longer, then earlier id).
        public var representative: String
        /// All members, by id.
        public var members: [String]
    }

    /// A repeated paragraph.
    public struct DuplicateParagraph: Sendable, Codable, Hashable {
        /// Document id.
        public var doc: String
        /// 1-based line of the repeat.
        public var line: Int
        /// First scalar.
        public var start: Int
        /// One past the last scalar.
        public var end: Int
        /// The first occurrence.
        public var duplicateOf: LineRef
        /// 1 for an exact repeat, else the word-sequence similarity.
        public var similarity: Double
    }

    /// A line of a document.
    public struct LineRef: Sendable, Codable, Hashable {
        /// Document id.
        public var doc: String
        /// 1-based line.
        public var line: Int
    }

    /// A boilerplate line.
    public struct BoilerplateEntry: Sendable, Codable, Hashable {
        /// Document id.
        public var doc: String
        /// 1-based line.
        public var line: Int
        /// First scalar.
        public var start: Int
        /// One past the last scalar.
        public var end: Int
        /// Why it is not article text.
        public var reason: String
    }

    /// The settings used, so a reader of the data file can reproduce it.
    public struct Parameters: Sendable, Codable, Hashable {
        /// Jaccard threshold for copies and LSH.
        public var threshold: Double
        /// Words per shingle.
        public var shingleSize: Int
        /// MinHash signature length.
        public var permutations: Int
        /// LSH bands.
        public var bands: Int
        /// Rows per band.
        public var rows: Int
        /// Up to this many documents all pairs are compared.
        public var pairwiseLimit: Int
        /// Sentence similarity threshold.
        public var sentenceSimilarity: Double
        /// Aligned-sentence share that makes a rewrite.
        public var rewriteFraction: Double
        /// Cosine that makes the same story.
        public var sameStorySimilarity: Double
        /// LSH candidate pairs found.
        public var candidatePairCount: Int
    }
}
