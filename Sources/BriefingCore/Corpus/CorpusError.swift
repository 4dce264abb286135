/// Why a corpus could not be loaded; each message says what to do about it.
public enum CorpusError: UserFacingError, Equatable {
    /// The corpus folder does not exist.
    case missingFolder(String)
    /// The corpus path is a file, not a folder.
    case notAFolder(String)
    /// The folder holds no readable article.
    case noDocuments(String, skipped: Int, reasons: [String] = [])
    /// A file could not be read at all.
    case unreadable(file: String, reason: String)
    /// YAML front matter that does not parse or has the wrong shape.
    case malformedFrontMatter(file: String, line: Int, column: Int?, expected: String)
    /// JSON or JSON Lines that does not parse or lacks a required field.
    case malformedJSON(file: String, line: Int, column: Int?, expected: String)

    /// Several records of one file are malformed: the first `listed` of them, and how many.
    indirect case several(file: String, problems: [CorpusError], total: Int)

    /// How many problems of one file are listed before "and N more".
    public static let listed = 20

    public var description: String {
        switch self {
        case .missingFolder(let path):
            return "corpus folder \(path) does not exist; pass --corpus DIR or set `corpus:` in briefing.yml"
        case .notAFolder(let path):
            return "corpus path \(path) is a file, not a folder; pass the folder that holds the articles"
        case .noDocuments(let path, let skipped, let reasons):
            // The reasons travel with the error: no warnings were printed before it.
            guard skipped > 0 else { return "corpus folder \(path) holds no articles; add .txt, .md, .json or .jsonl files" }
            let more = skipped > reasons.count && !reasons.isEmpty ? "\n  … and \(skipped - reasons.count) more" : ""
            let list = reasons.isEmpty ? "" : ":\n  " + reasons.joined(separator: "\n  ") + more
            return "corpus folder \(path) holds no articles; add .txt, .md, .json or .jsonl files. \(skipped) file(s) skipped\(list)"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason))"
        case .malformedFrontMatter(let file, let line, let column, let expected):
            return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): malformed front matter: \(expected)"
        case .several(let file, let problems, let total):
            let more = total > problems.count ? "\n  … and \(total - problems.count) more" : ""
            return "\(file): \(total) malformed records; fix or remove each of them:\n  "
                + problems.map(\.description).joined(separator: "\n  ") + more
        case .malformedJSON(let file, let line, let column, let expected):
            return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): malformed JSON: \(expected)"
        }
    }
}
