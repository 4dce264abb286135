import Yams

/// Where YAML text is not valid: the line and column Yams reports (nil when it gives none) and
/// what is wrong, for the reader's error message about `briefing.yml`, `plugin.yml` or front matter.
struct YAMLSyntaxError: Error, Sendable {
    var line: Int?
    var column: Int?
    var problem: String
}

/// The one place that parses YAML text (config, plugin manifests, front matter).
enum YAMLText {
    /// The YAML node of `text` (nil when it is empty); a syntax error becomes `YAMLSyntaxError`
    /// with its location, other errors pass through.
    static func compose(_ text: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw YAMLSyntaxError(line: mark.line, column: mark.column, problem: problem)
            default:
                throw YAMLSyntaxError(line: nil, column: nil, problem: "\(error)")
            }
        }
    }
}
