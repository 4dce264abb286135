import BriefingCore

extension TimelinePass {
    /// The `passes.timeline` options of briefing.yml.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Most events drawn on the index's timeline strip.
        var chartEvents = 60
        /// Most events listed on the timeline page.
        var pageEvents = 400
        /// Key dates in `key_dates[]`; unset: one per 15 articles, from 5 to 40.
        var keyDates: Int?
        /// Most summary sentences per key date. Default 3.
        var keyDateSentences = KeyDateSettings.defaultSentences

        /// The defaults.
        public init() {}

        public func validate() throws {
            try require(chartEvents >= 0, "chart_events", chartEvents, "a whole number of at least 0")
            try require(pageEvents >= 0, "page_events", pageEvents, "a whole number of at least 0")
            let dates = KeyDateSettings.keyDateRange, sentences = KeyDateSettings.sentenceRange
            if let keyDates {
                try require(dates.contains(keyDates), "key_dates", keyDates, "a whole number from \(dates.lowerBound) to \(dates.upperBound)")
            }
            try require(sentences.contains(keyDateSentences), "key_date_sentences", keyDateSentences,
                        "a whole number from \(sentences.lowerBound) to \(sentences.upperBound)")
        }
    }
}
