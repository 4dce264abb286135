/// What a quotation is: a whole statement, a fragment of reported speech, or a term.
public enum QuoteKind: String, Sendable, Codable, Hashable {
    /// A whole clause or sentence in the speaker's words.
    case full
    /// A fragment of reported speech inside the writer's sentence (`he was “open” to`).
    case partial
    /// A title or scare quote (`“coalition of the willing”`, a programme name): no speaker.
    case term
}
