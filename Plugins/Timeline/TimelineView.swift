import BriefingCore

/// Display data for `Templates/timeline.mustache` and the index section.
struct TimelineView: Encodable, Sendable {
    /// One event as shown.
    struct Item: Encodable, Sendable {
        var id: String
        var text: String
        var label: String
        var value: String
        var status: EventStatus
        var expected: Bool
        var ongoing: Bool
        var sources: [SourceLink]
        var carried: Int
        /// "1 source", "3 sources".
        var carriedLabel: String
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
    var anchorNote: String?
    /// The key dates that have happened and those expected, each in date order.
    var keyDates: [KeyDateView]
    var expectedKeyDates: [KeyDateView]
    /// The best-ranked few of each, for the index.
    var indexKeyDates: [KeyDateView]
    var indexExpectedKeyDates: [KeyDateView]
    /// The latest past events and the first expected ones, for the index.
    var latest: [Item]
    var upcoming: [Item]
}
