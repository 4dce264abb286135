import BriefingCore

/// The `stories` pass: groups the corpus into stories, articles about one developing event
/// or topic, so that a day or a week of news can become a front page of briefings.
///
/// Documents become TF-IDF vectors of their content words (`StoryVectorizer`), which a
/// single pass in date order and a centroid merge group into clusters (`StoryClusterer`);
/// clusters of at least `min_size` articles are stories, ranked by size, spread across
/// outlets and recency (`StoryDescriber`), the rest are `unassigned`.
public struct StoriesPass: ConfigurablePass {
    public let id = "stories"
    public let title = "Stories"
    public let summary = "Groups the documents into stories: one developing event or topic each."
    public let dependencies: [String] = []
    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try self.options(input)
        let result = Self.group(input.corpus.documents, options: options) { input.logger.debug("\($0)") }
        return StoriesPresentation.output(result, corpus: input.corpus, options: options)
    }

    /// The stories of `documents`; pure, for tests and benchmarks.
    static func group(_ documents: [Document], options: Options, merge: Bool = true,
                      log: (String) -> Void = { _ in }) -> StoriesResult {
        let clock = ContinuousClock()
        var lap = clock.now
        func step(_ name: String) {
            log("stories: \(name) \(clock.now - lap)")
            lap = clock.now
        }
        let terms = documents.map(StoryTerms.init)
        step("terms")
        let (vectors, hashes) = StoryVectorizer().vectors(terms)
        step("vectors")
        let clusters: [[Int]]
        if options.enabled {
            var clusterer = StoryClusterer()
            clusterer.threshold = Float(options.similarity)
            clusterer.merge = merge
            clusters = clusterer.cluster(vectors, days: documents.map { $0.calendarDate?.dayNumber })
        } else {
            clusters = documents.isEmpty ? [] : [Array(documents.indices)]
        }
        step("clusters")
        let minimum = options.enabled ? options.minSize : 1
        let kept = clusters.filter { $0.count >= minimum }
        let unassigned = clusters.filter { $0.count < minimum }.flatMap { $0 }.sorted().map { documents[$0].id }
        let stories = StoryDescriber().stories(kept, documents: documents, vectors: vectors, hashes: hashes)
        step("descriptions")
        return StoriesResult(stories: stories, unassigned: unassigned)
    }
}
