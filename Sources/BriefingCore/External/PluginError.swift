/// Why an external plugin could not be loaded or did not produce a result. Every message names
/// the plugin, the cause and, when it ran, the last lines it wrote to stderr.
public enum PluginError: UserFacingError, Equatable {
    /// plugin.yml is missing a field, has a wrong value or does not parse.
    case manifest(file: String, line: Int?, problem: String)
    /// The plugin asks for a protocol version this binary does not speak.
    case unsupportedProtocol(plugin: String, version: Int, supported: [Int])
    /// The program could not be started.
    case launch(plugin: String, reason: String)
    /// It exited with a non-zero status or was killed by a signal.
    case exited(plugin: String, status: String, stderr: String)
    /// It ran past its timeout and was killed with its process group.
    case timedOut(plugin: String, seconds: Double, stderr: String)
    /// It printed more than the output limit.
    case outputTooLarge(plugin: String, limit: Int, stderr: String)
    /// Its stdout is not the expected JSON document.
    case invalidOutput(plugin: String, problem: String, stderr: String)
    /// A dependency it needs failed, so it did not run.
    case dependencyFailed(plugin: String, dependency: String)

    public var description: String {
        switch self {
        case .manifest(let file, let line, let problem):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)"
        case .unsupportedProtocol(let plugin, let version, let supported):
            return "plugin '\(plugin)' asks for protocol \(version), but this briefing speaks protocol \(supported.map(String.init).joined(separator: ", ")); update briefing or set `protocol: 1` in its plugin.yml"
        case .launch(let plugin, let reason):
            return "plugin '\(plugin)' could not be started: \(reason); check `command` in its plugin.yml"
        case .exited(let plugin, let status, let stderr):
            return "plugin '\(plugin)' failed: it \(status)\(Self.tail(stderr))"
        case .timedOut(let plugin, let seconds, let stderr):
            return "plugin '\(plugin)' timed out after \(Self.format(seconds)) s and was stopped; raise `timeout` in its plugin.yml if it needs longer\(Self.tail(stderr))"
        case .outputTooLarge(let plugin, let limit, let stderr):
            return "plugin '\(plugin)' printed more than \(limit) bytes and was stopped; raise `max_output` in its plugin.yml or print less\(Self.tail(stderr))"
        case .invalidOutput(let plugin, let problem, let stderr):
            return "plugin '\(plugin)' did not print a valid result: \(problem); it must print one JSON object with a \"data\" field on stdout\(Self.tail(stderr))"
        case .dependencyFailed(let plugin, let dependency):
            return "plugin '\(plugin)' did not run because '\(dependency)', which it depends on, failed"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// The last lines of stderr, indented, for error messages.
    static func tail(_ stderr: String, lines: Int = 8) -> String {
        let kept = stderr.split(separator: "\n", omittingEmptySubsequences: true).suffix(lines)
        guard !kept.isEmpty else { return "" }
        return "\n  last lines of its stderr:\n" + kept.map { "    " + $0 }.joined(separator: "\n")
    }
}
