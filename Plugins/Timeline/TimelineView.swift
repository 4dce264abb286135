import BriefingCore

/// Display data for `Templates/timeline.mustache` and the index section.
struct TimelineView: Encodable, Sendable {
    /// One event as shown.
    struct Item: Encodable, Sendable {
        var id: String
        var text: String
        var label: String
        var value: String
        var status: String
        var expected: Bool
        var ongoing: Bool
        var sources: [SourceLink]
        var carried: Int
        /// "1 source", "3 sources".
        var carriedLabel: String

        enum CodingKeys: String, CodingKey {
            case id, text, label, value, status, expected, ongoing, sources, carried
            case carriedLabel = "carried_label"
        }
    }
    /// Events of one day (or one period).
    struct Day: Encodable, Sendable {
        var label: String
        var date: String
        var events: [Item]
    }

    var past: [Day]
    var expected: [Day]
    var relative: [Day]
    var total: Int
    var expectedCount: Int
    var timexCount: Int
    var highlights: [Item]
    var anchorNote: String?
    /// The latest past events and the first expected ones, for the index.
    var latest: [Item]
    var upcoming: [Item]
    /// Whether each list has anything, for section headings.
    var hasPast: Bool { !past.isEmpty }
    var hasExpected: Bool { !expected.isEmpty }
    var hasRelative: Bool { !relative.isEmpty }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(past, forKey: .past)
        try c.encode(expected, forKey: .expected)
        try c.encode(relative, forKey: .relative)
        try c.encode(total, forKey: .total)
        try c.encode(highlights, forKey: .highlights)
        try c.encode(latest, forKey: .latest)
        try c.encode(upcoming, forKey: .upcoming)
        try c.encode(expectedCount, forKey: .expectedCount)
        try c.encode(timexCount, forKey: .timexCount)
        try c.encodeIfPresent(anchorNote, forKey: .anchorNote)
        try c.encode(hasPast, forKey: .hasPast)
        try c.encode(hasExpected, forKey: .hasExpected)
        try c.encode(hasRelative, forKey: .hasRelative)
    }

    enum CodingKeys: String, CodingKey {
        case past, expected, relative, total, highlights, latest, upcoming
        case hasPast = "has_past"
        case hasExpected = "has_expected"
        case hasRelative = "has_relative"
        case expectedCount = "expected_count"
        case timexCount = "timex_count"
        case anchorNote = "anchor_note"
    }
}
