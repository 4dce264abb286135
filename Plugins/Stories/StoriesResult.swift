import BriefingCore

/// `data/stories.json`: the corpus grouped into stories, most important first.
public struct StoriesResult: PassResult, Equatable {
    /// The stories, by importance (size, spread across outlets, recency).
    public var stories: [Story]
    /// Ids of the documents that joined no story of at least `min_size` articles.
    public var unassigned: [String]
}

/// One story: articles about one developing event or topic.
public struct Story: Codable, Sendable, Equatable {
    /// `story-1`, `story-2`… in order of importance.
    public var id: String
    /// A path-safe name from the title, unique in the corpus (`stories/<slug>/`).
    public var slug: String
    /// The headline of the most central article, or its opening words.
    public var title: String
    /// Document ids, in corpus order.
    public var documents: [String]
    /// Number of documents.
    public var sourcesCount: Int
    /// Outlets carrying the story, most articles first (ties by name).
    public var outlets: [String]
    /// The earliest and latest publication day of its documents (`YYYY-MM-DD`), when dated.
    public var firstDate: String?
    public var lastDate: String?
    /// The words that weigh most in the story's centroid.
    public var keyTerms: [String]
    /// The importance score the stories are sorted by.
    public var importance: Double

    enum CodingKeys: String, CodingKey {
        case id, slug, title, documents, outlets, importance
        case sourcesCount = "sources_count"
        case firstDate = "first_date"
        case lastDate = "last_date"
        case keyTerms = "key_terms"
    }
}
