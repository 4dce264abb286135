import BriefingCore

/// The `stories` pass: groups the corpus into stories, articles about one developing event
/// or topic, so that a day or a week of news can become a front page of briefings.
///
/// Documents become TF-IDF vectors of their content words (`StoryVectorizer`), which a
/// single pass in date order and a centroid merge group into clusters (`StoryClusterer`);
/// clusters of at least `min_size` articles are stories, ranked by size, spread across
/// outlets and recency (`StoryDescriber`), the rest are `unassigned`.
public struct StoriesPass: AnalysisPass {
    public let id = "stories"
    public let title = "Stories"
    public let summary = "Groups the documents into stories: one developing event or topic each."
    public let dependencies: [String] = []
    public let optionKeys: [String]? = ["min_size", "similarity", "enabled"]

    /// Fewest articles a story has; smaller groups are unassigned (`min_size`).
    public static let defaultMinimumSize = 2
    /// Least cosine similarity of an article to a story's centroid to join it (`similarity`).
    public static let defaultSimilarity = 0.2

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try StoriesOptions(input.options)
        let documents = input.corpus.documents
        let result = Self.group(documents, options: options)
        return PassOutput(result: result)
    }

    /// The stories of `documents`; pure, for tests and benchmarks.
    static func group(_ documents: [Document], options: StoriesOptions) -> StoriesResult {
        let terms = documents.map(StoryTerms.init)
        let (vectors, hashes) = StoryVectorizer().vectors(terms)
        let clusters: [[Int]]
        if options.enabled {
            var clusterer = StoryClusterer()
            clusterer.threshold = Float(options.similarity)
            clusterer.merge = options.merge
            clusters = clusterer.cluster(vectors, days: documents.map { $0.calendarDate?.dayNumber })
        } else {
            clusters = documents.isEmpty ? [] : [Array(documents.indices)]
        }
        let minimum = options.enabled ? options.minimumSize : 1
        let kept = clusters.filter { $0.count >= minimum }
        let unassigned = clusters.filter { $0.count < minimum }.flatMap { $0 }.sorted().map { documents[$0].id }
        let stories = StoryDescriber().stories(kept, documents: documents, vectors: vectors, hashes: hashes)
        return StoriesResult(stories: stories, unassigned: unassigned)
    }
}

/// The pass's options, read and checked once.
struct StoriesOptions: Sendable, Equatable {
    /// `min_size`: fewest articles in a story, at least 1.
    var minimumSize = StoriesPass.defaultMinimumSize
    /// `similarity`: joining threshold, between 0 and 1.
    var similarity = StoriesPass.defaultSimilarity
    /// `enabled: false` treats the whole corpus as one story.
    var enabled = true
    /// Whether clusters are merged after the single pass (benchmarks switch it off to compare).
    var merge = true

    init() {}

    init(_ options: PassOptions) throws {
        minimumSize = try options.int("min_size", default: StoriesPass.defaultMinimumSize)
        guard minimumSize >= 1 else {
            throw PassError.invalidOption(pass: "stories", key: "min_size", value: String(minimumSize), expected: "a whole number of at least 1")
        }
        similarity = try options.double("similarity", default: StoriesPass.defaultSimilarity)
        guard similarity > 0 && similarity <= 1 else {
            throw PassError.invalidOption(pass: "stories", key: "similarity", value: String(similarity), expected: "a number above 0 and at most 1")
        }
        enabled = try options.bool("enabled", default: true)
    }
}
