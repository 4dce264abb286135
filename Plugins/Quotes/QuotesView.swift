import BriefingCore

/// Display data for `Templates/quotes.mustache` and the index's key quotes.
struct QuotesView: Encodable, Sendable {
    /// One utterance (a group, or a single quote) under its speaker.
    struct Utterance: Encodable, Sendable {
        var text: String
        var kind: QuoteKind
        var carried: Int
        var carriedLabel: String
        var speaker: String?
        var role: String?
        var sources: [SourceLink]
        /// How many quotes the speaker has, for ranking key quotes.
        var speakerCount = 0

        /// `speakerCount` is for ranking only, not for templates.
        enum CodingKeys: CodingKey {
            case text, kind, carried, carriedLabel, speaker, role, sources
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
    }

    var speakers: [SpeakerSection]
    var keyQuotes: [Utterance]
    var unattributed: [Utterance]
    var terms: [Utterance]
    var total: Int
    var summary: String
}
