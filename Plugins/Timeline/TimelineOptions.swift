import BriefingCore

extension TimelinePass {
    /// The `passes.timeline` options of briefing.yml.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Most events drawn on the index's timeline strip.
        var chartEvents = 60
        /// Most events listed on the timeline page.
        var pageEvents = 400

        /// The defaults.
        public init() {}

        public func validate() throws {
            try require(chartEvents >= 0, "chart_events", chartEvents, "a whole number of at least 0")
            try require(pageEvents >= 0, "page_events", pageEvents, "a whole number of at least 0")
        }
    }
}
