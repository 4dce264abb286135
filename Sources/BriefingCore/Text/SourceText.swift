/// A document's original text, indexed by Unicode scalar.
///
/// Analysis passes scan text and report offsets constantly; `String` indexing by scalar offset
/// is linear, so the scalars are kept in an array once and every lookup is constant time.
public struct SourceText: Sendable, Hashable {
    /// The text exactly as read from the file (after UTF-8 decoding).
    public let string: String
    /// The same text as an array of scalars; offsets in spans index this array.
    public let scalars: [Unicode.Scalar]

    /// Offsets at which lines start (0 first), for constant-time line lookups.
    let lineStarts: [Int]

    /// Wraps a string, computing its scalar array and line starts once.
    public init(_ string: String) {
        self.string = string
        let scalars = Array(string.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        for (i, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The text covered by a span, clamped to the text's bounds.
    public func slice(_ span: Span) -> String {
        let lower = min(max(0, span.start), scalars.count)
        let upper = min(max(lower, span.end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The span with leading and trailing whitespace removed (empty spans stay where they are).
    /// A byte-order mark (U+FEFF) counts as whitespace: it is invisible and belongs to no word.
    public func trimmed(_ span: Span) -> Span {
        var s = max(0, span.start)
        var e = min(scalars.count, span.end)
        while s < e, Self.isBlank(scalars[s]) { s += 1 }
        while e > s, Self.isBlank(scalars[e - 1]) { e -= 1 }
        return Span(s, e)
    }

    /// Whitespace or a byte-order mark.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isSpace(scalar) || scalar == "\u{FEFF}"
    }

    /// 1-based line number of a scalar offset, counting `\n` as the line separator.
    public func line(at offset: Int) -> Int {
        // Binary search for the last line start at or before the offset.
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        return low + 1
    }

    /// Spans of every line (without the newline), in order; line `n` is at index `n - 1`.
    public func lineSpans() -> [Span] {
        lineStarts.enumerated().map { index, start in
            Span(start, index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalars.count)
        }
    }
}
