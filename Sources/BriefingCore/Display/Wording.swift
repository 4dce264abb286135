/// Small pieces of display text every pass's presentation needs, written once so that
/// pages agree ("1 source", "3 sources"; "5 sources · 2 rewrites of one text").
public enum Wording {
    /// `singular` or `plural` (default: `singular` + "s") for `count`.
    public static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 ? singular : (plural ?? singular + "s")
    }

    /// "1 quote", "5 quotes".
    public static func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(noun(count, singular, plural))"
    }

    /// The first words of a passage, whitespace folded, cut at `limit` characters with "…";
    /// callers pass a bounded prefix of a long passage.
    public static func excerpt(_ text: String, limit: Int = 90) -> String {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit)) + "…"
    }

    /// The masthead's line of figures: "5 sources · 3 rewrites of one text · 19 dated events".
    public static func figureLine(_ figures: [Figure]) -> String {
        figures.map { "\($0.value) \($0.label)" }.joined(separator: " · ")
    }
}
