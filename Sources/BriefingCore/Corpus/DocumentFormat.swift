/// The kind of file a document was read from; decides how its text is shown and split.
public enum DocumentFormat: String, Sendable, Codable, Hashable {
    /// Plain text; the first short line without final punctuation is the title.
    case text
    /// Markdown with optional YAML front matter; the body is rendered through libcmark.
    case markdown
    /// One record of a `.json` file (an object or an array of objects).
    case json
    /// One line of a `.jsonl` file.
    case jsonl
}
