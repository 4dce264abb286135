/// Puts summary sentences in an order a reader can follow.
///
/// Chronology first, where dates allow: a sentence is dated by the earliest publication date
/// among the documents that carry it (when the fact was first reported). Among sentences of
/// the same day, or without dates, source order: how early the sentence comes in the
/// articles that carry it (a lead before a detail), then corpus order.
enum ReadingOrder {
    /// What ordering needs to know about one sentence.
    struct Key: Sendable, Hashable {
        /// Caller's identifier.
        var id: Int
        /// Day number of the earliest dated source, nil when no source is dated.
        var day: Int?
        /// Earliest relative position in a carrying article, 0 (first) … 1 (last).
        var position: Double
        /// Index of the first carrying document in the corpus.
        var doc: Int
        /// Offset in that document.
        var offset: Int
    }

    /// The ids in reading order.
    static func order(_ keys: [Key]) -> [Int] {
        keys.sorted { a, b in
            switch (a.day, b.day) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if a.position != b.position { return a.position < b.position }
            if a.doc != b.doc { return a.doc < b.doc }
            return a.offset < b.offset
        }.map(\.id)
    }
}
