extension Document {
    /// The title to show a reader: the headline, else the opening words of the first sentence.
    ///
    /// Many scraped articles have no headline line; a file name like `002_a5a6….txt` tells a
    /// reader nothing, while the opening words usually say what the article is about.
    public var displayTitle: String {
        if let title, !title.isEmpty { return Excerpt.title(title) }
        // Skip section labels and bylines ("Politics", "By Staff"): the first real sentence.
        let split = sentences.lazy.map { self.slice($0.span).split(whereSeparator: { $0 == " " || $0 == "\n" }) }
        guard let words = split.first(where: { $0.count >= 4 }) ?? split.first else { return id }
        let limit = 12
        let head = words.prefix(limit).joined(separator: " ")
        return Excerpt.title(words.count > limit ? head + "…" : head)
    }
}
