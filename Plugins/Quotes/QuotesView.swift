import BriefingCore

/// Display data for `Templates/quotes.mustache` and the index's key quotes.
struct QuotesView: Encodable, Sendable {
    /// One utterance (a group, or a single quote) under its speaker.
    struct Utterance: Encodable, Sendable {
        var text: String
        var kind: String
        var carried: Int
        var carriedLabel: String
        var speaker: String?
        var role: String?
        var sources: [SourceLink]
        /// How many quotes the speaker has, for ranking key quotes.
        var speakerCount = 0

        enum CodingKeys: String, CodingKey {
            case text, kind, carried, speaker, role, sources
            case carriedLabel = "carried_label"
        }
    }
    /// A speaker's section.
    struct SpeakerSection: Encodable, Sendable {
        var name: String
        var role: String?
        var count: Int
        var countLabel: String
        var anchor: String
        var named: Bool
        var utterances: [Utterance]

        enum CodingKeys: String, CodingKey {
            case name, role, count, anchor, named, utterances
            case countLabel = "count_label"
        }
    }

    var speakers: [SpeakerSection]
    var keyQuotes: [Utterance]
    var unattributed: [Utterance]
    var terms: [Utterance]
    var total: Int
    var people: Int
    var summary: String
    var pageLink: String

    enum CodingKeys: String, CodingKey {
        case speakers, unattributed, terms, total, people, summary
        case keyQuotes = "key_quotes"
        case pageLink = "page_link"
        case hasSpeakers = "has_speakers"
        case hasKeyQuotes = "has_key_quotes"
        case hasUnattributed = "has_unattributed"
        case hasTerms = "has_terms"
    }

    /// Writes the lists and, for section headings, whether each is non-empty.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(keyQuotes, forKey: .keyQuotes)
        try c.encode(unattributed, forKey: .unattributed)
        try c.encode(terms, forKey: .terms)
        try c.encode(total, forKey: .total)
        try c.encode(people, forKey: .people)
        try c.encode(summary, forKey: .summary)
        try c.encode(pageLink, forKey: .pageLink)
        try c.encode(!speakers.isEmpty, forKey: .hasSpeakers)
        try c.encode(!keyQuotes.isEmpty, forKey: .hasKeyQuotes)
        try c.encode(!unattributed.isEmpty, forKey: .hasUnattributed)
        try c.encode(!terms.isEmpty, forKey: .hasTerms)
    }
}
