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
    public var speaker: String?
    /// The words that attribute it ("he", "Petrov", "the president").
    public var speakerMention: String?
    public var speakerStart: Int?
    public var speakerEnd: Int?
    /// Id of the group of the same utterance, nil when no other source carries it.
    public var group: String?
    /// full, partial or term.
    public var kind: QuoteKind
    /// Inside a passage the document repeats (a later copy).
    public var `repeat`: Bool
    /// The speaker's role, as written near the name somewhere in the corpus.
    public var role: String?
    /// The attributing word ("said", "according to").
    public var cue: String?
    /// 1-based line of the start.
    public var line: Int

    enum CodingKeys: String, CodingKey {
        case id, doc, start, end, text, speaker, group, kind, role, cue, line
        case speakerMention = "speaker_mention"
        case speakerStart = "speaker_start"
        case speakerEnd = "speaker_end"
        case `repeat` = "repeat"
    }

    /// Writes nil fields as JSON null: the data contract lists them as `|null`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(doc, forKey: .doc)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakerMention, forKey: .speakerMention)
        try c.encode(speakerStart, forKey: .speakerStart)
        try c.encode(speakerEnd, forKey: .speakerEnd)
        try c.encode(group, forKey: .group)
        try c.encode(kind, forKey: .kind)
        try c.encode(`repeat`, forKey: .repeat)
        try c.encode(role, forKey: .role)
        try c.encode(cue, forKey: .cue)
        try c.encode(line, forKey: .line)
    }
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
    public var role: String?
    /// Whether `name` is a name rather than an unnamed role.
    public var named: Bool

    enum CodingKeys: String, CodingKey { case name, aliases, count, role, named }

    /// Writes a missing role as null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(count, forKey: .count)
        try c.encode(role, forKey: .role)
        try c.encode(named, forKey: .named)
    }
}

/// One utterance carried by several quotes (across sources or repeated in one).
public struct QuoteGroup: Codable, Sendable, Hashable {
    /// `g1`, `g2`… in order of reach.
    public var id: String
    /// The speaker, nil when none of the members has one.
    public var speaker: String?
    /// The longest member's words.
    public var text: String
    /// Quote ids.
    public var members: [String]
    /// Distinct documents carrying it.
    public var documents: [String]

    enum CodingKeys: String, CodingKey { case id, speaker, text, members, documents }

    /// Writes a missing speaker as null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(text, forKey: .text)
        try c.encode(members, forKey: .members)
        try c.encode(documents, forKey: .documents)
    }
}
