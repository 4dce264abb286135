/// Errors of the pass machinery; each names the pass involved.
public enum PassError: UserFacingError, Equatable {
    /// A pass asked for a result that is not there.
    case missingResult(pass: String, type: String)
    /// An option has a value of the wrong kind.
    case invalidOption(pass: String, key: String, value: String, expected: String, at: ConfigLocation? = nil)
    /// An option the pass does not know.
    case unknownOption(pass: String, key: String, valid: [String], at: ConfigLocation? = nil)
    /// Dependencies form a cycle.
    case cycle([String])
    /// A pass depends on one that does not exist.
    case unknownDependency(pass: String, dependency: String, known: [String])
    /// `--only` or config named a pass that does not exist.
    case unknownPass(String, known: [String], at: ConfigLocation? = nil)
    /// Two passes share an id.
    case duplicateID(String)
    /// The pass itself failed.
    case failed(pass: String, message: String)

    public var description: String {
        switch self {
        case .missingResult(let pass, let type):
            return "the result of pass '\(pass)' (\(type)) is not available; add '\(pass)' to the pass's dependencies"
        case .invalidOption(let pass, let key, let value, let expected, let location):
            return Self.prefix(location) + "passes.\(pass).\(key): \"\(value)\" is not valid; expected \(expected)"
        case .unknownOption(let pass, let key, let valid, let location):
            let list = valid.isEmpty ? "it takes no options" : "valid keys: \(valid.joined(separator: ", "))"
            return Self.prefix(location) + "passes.\(pass): unknown option '\(key)'; \(list)"
        case .cycle(let ids):
            return "passes depend on each other in a cycle: \(ids.joined(separator: " → ")); remove one of these dependencies"
        case .unknownDependency(let pass, let dependency, let known):
            return "pass '\(pass)' depends on '\(dependency)', which is not a pass; known passes: \(known.joined(separator: ", "))"
        case .unknownPass(let id, let known, let location):
            return Self.prefix(location) + "unknown pass '\(id)'; known passes: \(known.joined(separator: ", "))"
        case .duplicateID(let id):
            return "two passes have the id '\(id)'; rename one of them"
        case .failed(let pass, let message):
            return "pass '\(pass)' failed: \(message)"
        }
    }

    /// `file:line: ` when the problem was written in a config file.
    private static func prefix(_ location: ConfigLocation?) -> String {
        location.map { "\($0): " } ?? ""
    }
}
