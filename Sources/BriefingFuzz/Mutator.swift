/// A small deterministic mutation engine for the seeded fuzz harness.
///
/// Inputs grow from seed texts by the classic byte mutations (flip, insert, delete, repeat,
/// splice) and by inserting tokens that matter to briefing's readers: quote marks, front
/// matter fences, JSON punctuation, mustache tags, dates, invalid UTF-8. The generator is a
/// seeded xorshift, so a run is reproducible from its seed.
public struct Mutator: Sendable {
    private var state: UInt64
    /// Largest input produced.
    public var maxLength: Int

    /// Creates a mutator from a seed (any value; zero is mapped to a fixed non-zero state).
    public init(seed: UInt64, maxLength: Int = 16_384) {
        state = seed == 0 ? 0x9e37_79b9_7f4a_7c15 : seed
        self.maxLength = maxLength
    }

    /// Tokens inserted whole; each exercises a reader, a scanner or the template parser.
    public static let tokens: [String] = [
        "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "«", "»", "---\n", "\n\n", "\r\n", "# ", "title: ",
        "date: ", "&a ", "*a", "[", "]", "{", "}", "{\"text\": \"", "\",", "\"title\": ", "null", "[{", "}]", ",",
        ":", "\\", "\\u", "\u{0}", "{{", "}}", "{{>layout}}", "{{<layout}}", "{{/", "{{#", "{{^", "{{{", "{{!", "{{=<% %>=}}",
        " said ", " told reporters", ", he said.", "Mr. ", "Dr. ", "U.S. ", "...", "…", "?", "!", ".", " — ",
        "January 5, 2025", "2025-08-19", "yesterday", "last week", "on Monday", "in 1999", "next year", "the 1990s",
        "three days ago", "since March", "12:30", "Q3", "(", ")", "\u{FEFF}", "\u{00A0}", "\u{200B}", "e\u{301}",
        "👍🏽", "\t", "<script>", "&amp;", "https://a.b/", "javascript:",
    ]

    /// The next pseudo-random number.
    public mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    /// A number in `0..<bound` (bound > 0).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// One to four mutations of `input`, sometimes spliced with `other`.
    public mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var data = input
        for _ in 0...below(4) { data = once(data, other: other) }
        if data.count > maxLength { data.removeLast(data.count - maxLength) }
        return data
    }

    private mutating func once(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var data = input
        let at = below(data.count + 1)
        switch below(8) {
        case 0 where !data.isEmpty:
            data[min(at, data.count - 1)] ^= UInt8(1 << below(8))
        case 1:
            data.insert(UInt8(truncatingIfNeeded: next()), at: at)
        case 2 where !data.isEmpty:
            let end = min(data.count, at + 1 + below(32))
            data.removeSubrange(min(at, end)..<end)
        case 3 where !data.isEmpty:
            // Repeat a slice: long runs find the superlinear paths.
            let start = below(data.count)
            let end = min(data.count, start + 1 + below(64))
            let slice = data[start..<end]
            let copies = 1 + below(below(4) == 0 ? 200 : 4)
            for _ in 0..<copies where data.count < maxLength { data.insert(contentsOf: slice, at: min(at, data.count)) }
        case 4 where !other.isEmpty:
            let start = below(other.count)
            let end = min(other.count, start + 1 + below(256))
            data.insert(contentsOf: other[start..<end], at: at)
        case 5:
            data.insert(0xFF - UInt8(below(16)), at: at)   // invalid UTF-8
        default:
            data.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: at)
        }
        return data
    }
}
