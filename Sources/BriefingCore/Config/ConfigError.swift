/// Why briefing.yml could not be used; each message names the file, line and the fix.
public enum ConfigError: UserFacingError, Equatable {
    /// The file named by `--config` does not exist.
    case missing(String)
    /// The YAML does not parse.
    case syntax(file: String, line: Int, column: Int, problem: String)
    /// A key the format does not have.
    case unknownKey(file: String, line: Int, key: String, valid: [String])
    /// A value of the wrong kind.
    case invalidValue(file: String, line: Int, key: String, expected: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "config file \(path) does not exist; create it or drop --config"
        case .syntax(let file, let line, let column, let problem):
            return "\(file):\(line):\(column): not valid YAML: \(problem)"
        case .unknownKey(let file, let line, let key, let valid):
            return "\(file):\(line): unknown key '\(key)'; valid keys: \(valid.joined(separator: ", "))"
        case .invalidValue(let file, let line, let key, let expected):
            return "\(file):\(line): '\(key)' \(expected)"
        }
    }
}
