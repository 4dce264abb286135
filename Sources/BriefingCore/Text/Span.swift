/// A half-open range of Unicode-scalar offsets into a document's original text.
///
/// Every result in briefing points back at its source through spans, so that a reader can
/// follow a line of the site to the exact words it came from. Offsets count Unicode scalars
/// (Python `str` indices), not UTF-8 bytes or grapheme clusters, because that is what the
/// data contract and the gold annotations use.
public struct Span: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int

    /// Creates a span; `end` is clamped so that a span is never negative in length.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of scalars covered.
    public var length: Int { end - start }
    /// True when the span covers nothing.
    public var isEmpty: Bool { end <= start }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    /// Whether the offset lies inside this span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool {
        !isEmpty && !other.isEmpty && other.start < end && start < other.end
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
