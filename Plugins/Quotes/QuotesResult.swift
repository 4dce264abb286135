import BriefingCore

/// `data/quotes.json`: every quotation, the people quoted, and the groups of one utterance
/// carried by several sources.
public struct QuotesResult: PassResult, Hashable {
    /// Quotations in corpus order (document, then offset).
    public var quotes: [Quote]
    /// People quoted, most quoted first.
    public var speakers: [Speaker]
    /// Utterances carried more than once, most widely carried first.
    public var groups: [QuoteGroup]

    /// Creates a result.
    public init(quotes: [Quote], speakers: [Speaker], groups: [QuoteGroup]) {
        self.quotes = quotes
        self.speakers = speakers
        self.groups = groups
    }
}

/// One quotation as it appears in one document.
public struct Quote: Codable, Sendable, Hashable {
    /// Stable id: `q` + document position + `-` + offset.
    public var id: String
    /// Document id.
    public var doc: String
    /// Offsets of the quoted words, without the marks.
    public var start: Int
    public var end: Int
    /// The quoted words.
    public var text: String
    /// Canonical speaker name, an unnamed role, or nil (terms, unattributed quotes).
    @Nullable public var speaker: String?
    /// The words that attribute it ("he", "Petrov", "the president").
    @Nullable public var speakerMention: String?
    @Nullable public var speakerStart: Int?
    @Nullable public var speakerEnd: Int?
    /// Id of the group of the same utterance, nil when no other source carries it.
    @Nullable public var group: String?
    /// full, partial or term.
    public var kind: QuoteKind
    /// Inside a passage the document repeats (a later copy).
    public var `repeat`: Bool
    /// The speaker's role, as written near the name somewhere in the corpus.
    @Nullable public var role: String?
    /// The attributing word ("said", "according to").
    @Nullable public var cue: String?
    /// 1-based line of the start.
    public var line: Int
}

/// A person (or unnamed role) quoted in the corpus.
public struct Speaker: Codable, Sendable, Hashable {
    /// Canonical name: the fullest, most common spelling.
    public var name: String
    /// Every other way the corpus names them.
    public var aliases: [String]
    /// Number of quotes.
    public var count: Int
    /// Role or title, when the corpus gives one.
    @Nullable public var role: String?
    /// Whether `name` is a name rather than an unnamed role.
    public var named: Bool
}

/// One utterance carried by several quotes (across sources or repeated in one).
public struct QuoteGroup: Codable, Sendable, Hashable {
    /// `g1`, `g2`… in order of reach.
    public var id: String
    /// The speaker, nil when none of the members has one.
    @Nullable public var speaker: String?
    /// The longest member's words.
    public var text: String
    /// Quote ids.
    public var members: [String]
    /// Distinct documents carrying it.
    public var documents: [String]
}
