import BriefingCore

extension SourcesPass {
    /// The `passes.sources` options of briefing.yml.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Words per minute used for reading time.
        var wordsPerMinute = 230

        /// The defaults.
        public init() {}

        public func validate() throws {
            try require(wordsPerMinute > 0, "words_per_minute", wordsPerMinute, "a positive whole number")
        }
    }
}
