extension Document {
    /// The title to show a reader: the headline, else the derived title (the page's own
    /// headline or first real sentence), else the opening words of the first sentence.
    ///
    /// Many scraped articles have no headline line; a file name like `002_a5a6….txt` tells a
    /// reader nothing, while the opening words usually say what the article is about.
    public var displayTitle: String {
        if let title, !title.isEmpty { return Excerpt.title(title) }
        if let derivedTitle, !derivedTitle.isEmpty { return Excerpt.title(derivedTitle) }
        // Skip section labels and bylines ("Politics", "By Staff"): the first real sentence.
        let split = sentences.lazy.map { self.slice($0.span).split(whereSeparator: { $0 == " " || $0 == "\n" }) }
        guard let words = split.first(where: { $0.count >= 4 }) ?? split.first else { return id }
        let limit = 12
        let head = words.prefix(limit).joined(separator: " ")
        return Excerpt.title(words.count > limit ? head + "…" : head)
    }
}

extension Corpus {
    /// The headlines the story title is chosen from: titles and headlines read from the text,
    /// else (no document has one) the titles made from first sentences.
    public var headlines: [String] {
        let real = documents.compactMap { $0.title ?? ($0.derivedTitleIsHeadline ? $0.derivedTitle : nil) }
        // Bounded like every title: the story title is shown on every page.
        return (real.isEmpty ? documents.compactMap(\.derivedTitle) : real).map(Excerpt.title)
    }
}
