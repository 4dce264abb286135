import BriefingCore

extension QuotesPass {
    /// The `passes.quotes` options of briefing.yml.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Keep titles and scare quotes (kind `term`) in `quotes[]`.
        var terms = true
        /// Keep fragments quoted inside the writer's own sentence (kind `partial`) in `quotes[]`.
        var partials = true
        /// How many key quotes the index shows.
        var keyQuotes = 5
        /// How many speakers the chart shows.
        var chartSpeakers = 15
        /// A trained attribution model (JSON written by Benchmarks/quotes/train.py) to use in
        /// place of the built-in weights; a path relative to the current folder.
        var attributionModel: String?

        /// The defaults.
        public init() {}

        public func validate() throws {
            try require(keyQuotes >= 0, "key_quotes", keyQuotes, "a whole number of at least 0")
            try require(chartSpeakers >= 0, "chart_speakers", chartSpeakers, "a whole number of at least 0")
        }
    }
}
