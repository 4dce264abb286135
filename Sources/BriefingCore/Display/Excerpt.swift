/// Bounds the text a page shows in place of something longer: titles, headlines, excerpts
/// and labels.
///
/// A title or a quoted sentence is copied onto many pages (index, sources, every pass page),
/// so one 5 MB "word" taken as a title made a 51 MB site. Text longer than its limit is cut at
/// the last space before the limit (or at the limit when the text has no space there) and
/// ends with "…"; shorter text is returned unchanged, so real titles and sentences never change.
public enum Excerpt {
    /// Most characters of a title or headline (real ones are well under 150).
    public static let titleLimit = 200
    /// Most characters of a sentence shown out of its article (summary lines, events, quotes).
    public static let sentenceLimit = 1_000

    /// `text`, or its first `limit` characters or fewer, cut at a space, followed by "…".
    public static func bounded(_ text: String, limit: Int) -> String {
        // UTF-8 length bounds the character count from above: most text returns here at once.
        if text.utf8.count <= limit { return text }
        var end = text.startIndex
        var lastSpace: String.Index?
        var count = 0
        while end < text.endIndex, count < limit {
            if text[end].isWhitespace { lastSpace = end }
            end = text.index(after: end)
            count += 1
        }
        if end == text.endIndex { return text }
        if text[end].isWhitespace { lastSpace = end }
        // Prefer a word boundary unless it would drop more than half of what fits.
        if let lastSpace, text.distance(from: text.startIndex, to: lastSpace) >= limit / 2 { end = lastSpace }
        var head = String(text[..<end])
        while head.last?.isWhitespace == true { head.removeLast() }
        return head + "…"
    }

    /// `bounded(_:limit:)` with the title limit.
    public static func title(_ text: String) -> String { bounded(text, limit: titleLimit) }

    /// `bounded(_:limit:)` with the sentence limit.
    public static func sentence(_ text: String) -> String { bounded(text, limit: sentenceLimit) }
}
