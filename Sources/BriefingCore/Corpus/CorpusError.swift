/// Why a corpus could not be loaded; each message says what to do about it.
public enum CorpusError: UserFacingError, Equatable {
    /// The corpus folder does not exist.
    case missingFolder(String)
    /// The corpus path is a file, not a folder.
    case notAFolder(String)
    /// The folder holds no readable article.
    case noDocuments(String, skipped: Int)
    /// A file could not be read at all.
    case unreadable(file: String, reason: String)
    /// YAML front matter that does not parse or has the wrong shape.
    case malformedFrontMatter(file: String, line: Int, column: Int?, expected: String)
    /// JSON or JSON Lines that does not parse or lacks a required field.
    case malformedJSON(file: String, line: Int, column: Int?, expected: String)

    public var description: String {
        switch self {
        case .missingFolder(let path):
            return "corpus folder \(path) does not exist; pass --corpus DIR or set `corpus:` in briefing.yml"
        case .notAFolder(let path):
            return "corpus path \(path) is a file, not a folder; pass the folder that holds the articles"
        case .noDocuments(let path, let skipped):
            let extra = skipped > 0 ? " (\(skipped) file(s) skipped, see the warnings above)" : ""
            return "corpus folder \(path) holds no articles\(extra); add .txt, .md, .json or .jsonl files"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason))"
        case .malformedFrontMatter(let file, let line, let column, let expected):
            return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): malformed front matter: \(expected)"
        case .malformedJSON(let file, let line, let column, let expected):
            return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): malformed JSON: \(expected)"
        }
    }
}
