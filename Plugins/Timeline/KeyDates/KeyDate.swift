import BriefingCore

/// One of the days that matter in the story, as written to `timeline.json` (`key_dates[]`).
///
/// A reader scans these instead of every dated sentence: the day, its rank among the key dates,
/// and a few sourced sentences saying what happened, most central first.
public struct KeyDate: Codable, Sendable, Hashable {
    /// The day, `YYYY-MM-DD`.
    public var date: String
    /// 1 = the most important key date.
    public var rank: Int
    /// `past`, or `expected` when the sentences look ahead to the day.
    public var status: String
    /// What happened that day, one sentence each, in order of importance.
    public var summary: [KeyDateSentence]
    /// How many documents report on or refer to the day: the evidence behind its rank
    /// (`sources_count`).
    public var sourcesCount: Int

    /// Creates a key date.
    public init(date: String, rank: Int, status: String, summary: [KeyDateSentence], sourcesCount: Int) {
        self.date = date
        self.rank = rank
        self.status = status
        self.summary = summary
        self.sourcesCount = sourcesCount
    }
}

/// One summary sentence of a key date, with every source sentence that says the same thing.
public struct KeyDateSentence: Codable, Sendable, Hashable {
    /// The sentence as written in its first source.
    public var text: String
    /// The first source, then the others carrying an equivalent sentence.
    public var sources: [EventSource]

    /// Creates a summary sentence.
    public init(text: String, sources: [EventSource]) {
        self.text = text
        self.sources = sources
    }
}
