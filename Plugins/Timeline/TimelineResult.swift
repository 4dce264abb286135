import BriefingCore

/// `site/data/timeline.json`: every temporal expression, and the events ordered by date.
public struct TimelineResult: PassResult {
    /// Temporal expressions in document order.
    public var timexes: [TimexRecord]
    /// The days that matter, best first (`rank` 1), each with a short sourced summary.
    public var keyDates: [KeyDate]
    /// Dated events, sorted by `date`.
    public var events: [TimelineEvent]
    /// How each document's relative dates were anchored.
    public var documents: [DocumentAnchor]
}

/// One TIMEX3 expression as written to the data file.
public struct TimexRecord: Codable, Sendable, Hashable {
    /// Document id.
    public var doc: String
    /// First scalar.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// 1-based line.
    public var line: Int
    /// The words.
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// TIMEX3 value; null when it cannot be given.
    @Nullable public var value: String?
    /// TIMEX3 mod, when there is one.
    public var mod: String?
    /// Without an anchor date: "Monday before publication".
    public var relative: String?
}

/// A sentence of a source that supports an event.
public struct EventSource: Codable, Sendable, Hashable {
    /// Document id.
    public var doc: String
    /// Sentence start.
    public var start: Int
    /// Sentence end.
    public var end: Int
}

/// One dated event: a sentence with a date, merged across the sources that report it.
public struct TimelineEvent: Codable, Sendable, Hashable {
    /// Stable id ("e1"…) in timeline order.
    public var id: String
    /// Sort key and date: a TIMEX3 calendar value (`2025-08-18`, `2025-08`, `2019`) or, for
    /// weeks, quarters and other periods, the ISO interval of days it covers
    /// (`2025-08-11/2025-08-17`), so that string order is time order. Without an anchor:
    /// the relative wording.
    public var date: String
    /// The TIMEX3 value of the date expression (`2025-W33`).
    public var value: String
    /// A reader's label for the date ("week 33 of 2025", "Monday before publication").
    public var label: String
    /// The sentence of the first source.
    public var text: String
    /// past, ongoing or expected.
    public var status: EventStatus
    /// Every source sentence that reports it.
    public var sources: [EventSource]
    /// The date expression the event hangs on (in the first source).
    public var timex: EventSource
    /// Without an anchor: true, and the order comes from approximate offsets.
    public var relative: Bool
}

/// How a document's relative dates were resolved.
public struct DocumentAnchor: Codable, Sendable, Hashable {
    /// Document id.
    public var doc: String
    /// The date used, if any.
    public var anchor: String?
    /// Where the date comes from.
    public var source: AnchorSource
}

/// Where a document's anchor date comes from; written as `document`, `reference`, `none`.
public enum AnchorSource: String, Sendable, Codable, Hashable, CaseIterable {
    /// The document's own date.
    case document
    /// `reference_date` in briefing.yml.
    case reference
    /// Neither: its dates are shown relative to publication.
    case none
}

/// Where an event stands against its article's date; written as `past`, `ongoing`, `expected`.
public enum EventStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Before the article's date.
    case past
    /// A period that includes the article's date.
    case ongoing
    /// After it, or announced as planned.
    case expected
}
