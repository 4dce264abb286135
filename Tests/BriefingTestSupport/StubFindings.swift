import BriefingCore

/// Dedup findings written by hand, for passes that read dedup's results: the given spans are
/// boilerplate or repeats, and the given sentence groups are equivalent.
public struct StubFindings: DuplicateFindings {
    /// How a span asked about must meet a given span to count.
    public enum Match: Sendable {
        /// Any overlap counts.
        case overlapping
        /// The given span must contain the span asked about.
        case containing
    }

    public var boilerplate: [String: [Span]]
    public var repeats: [String: [Span]]
    public var equivalentSentences: [[SentenceRef]]
    public var match: Match

    public init(boilerplate: [String: [Span]] = [:], repeats: [String: [Span]] = [:],
                equivalentSentences: [[SentenceRef]] = [], match: Match = .overlapping) {
        self.boilerplate = boilerplate
        self.repeats = repeats
        self.equivalentSentences = equivalentSentences
        self.match = match
    }

    public func isBoilerplate(_ doc: String, _ span: Span) -> Bool { meets(boilerplate[doc] ?? [], span) }
    public func isRepeat(_ doc: String, _ span: Span) -> Bool { meets(repeats[doc] ?? [], span) }
    public func encode(to encoder: any Encoder) throws {}

    private func meets(_ spans: [Span], _ span: Span) -> Bool {
        switch match {
        case .overlapping: spans.contains { $0.overlaps(span) }
        case .containing: spans.contains { $0.contains(span) }
        }
    }
}
