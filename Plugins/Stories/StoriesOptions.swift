import BriefingCore

extension StoriesPass {
    /// The `passes.stories` options of briefing.yml.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Fewest articles a story has; smaller groups are listed as unassigned.
        var minSize = 2
        /// The least cosine similarity of an article to a story's centroid to join it (and
        /// two centroids to merge): higher gives more, tighter stories.
        var similarity = 0.15
        /// `false` treats the whole corpus as one story.
        var enabled = true

        /// The defaults.
        public init() {}

        public func validate() throws {
            try require(minSize >= 1, "min_size", minSize, "a whole number of at least 1")
            try require(similarity > 0 && similarity <= 1, "similarity", similarity, "a number above 0 and at most 1")
        }
    }
}
