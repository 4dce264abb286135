/// A document's original text, indexed by Unicode scalar.
///
/// Analysis passes scan text and report offsets constantly; `String` indexing by scalar offset
/// is linear, so the scalars are kept in an array once and every lookup is constant time.
public struct SourceText: Sendable, Hashable {
    /// The text exactly as read from the file (after UTF-8 decoding).
    public let string: String
    /// The same text as an array of scalars; offsets in spans index this array.
    public let scalars: [Unicode.Scalar]

    /// Wraps a string, computing its scalar array once.
    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
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
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    /// 1-based line number of a scalar offset, counting `\n` as the line separator.
    public func line(at offset: Int) -> Int {
        var line = 1
        var i = 0
        let limit = min(offset, scalars.count)
        while i < limit {
            if scalars[i] == "\n" { line += 1 }
            i += 1
        }
        return line
    }

    /// Spans of every line (without the newline), in order; line `n` is at index `n - 1`.
    public func lineSpans() -> [Span] {
        var result: [Span] = []
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            result.append(Span(start, i))
            start = i + 1
        }
        result.append(Span(start, scalars.count))
        return result
    }
}
