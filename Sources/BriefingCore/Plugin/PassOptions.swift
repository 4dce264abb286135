/// A pass's options from briefing.yml, with typed getters that report bad values clearly.
public struct PassOptions: Sendable, Hashable {
    /// The raw values: scalars as strings, lists as arrays of strings.
    public var values: [String: OptionValue]
    /// The pass id, for error messages.
    public var pass: String

    /// Creates options.
    public init(pass: String = "", values: [String: OptionValue] = [:]) {
        self.pass = pass
        self.values = values
    }

    /// An integer option, or `default` when absent.
    public func int(_ key: String, default value: Int) throws -> Int {
        guard let raw = values[key] else { return value }
        guard case .string(let s) = raw, let n = Int(s) else { throw invalid(key, raw, "a whole number") }
        return n
    }

    /// A number option, or `default` when absent.
    public func double(_ key: String, default value: Double) throws -> Double {
        guard let raw = values[key] else { return value }
        guard case .string(let s) = raw, let n = Double(s) else { throw invalid(key, raw, "a number") }
        return n
    }

    /// A yes/no option, or `default` when absent.
    public func bool(_ key: String, default value: Bool) throws -> Bool {
        guard let raw = values[key] else { return value }
        guard case .string(let s) = raw else { throw invalid(key, raw, "true or false") }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw invalid(key, raw, "true or false")
        }
    }

    /// A text option, or `default` when absent.
    public func string(_ key: String, default value: String?) throws -> String? {
        guard let raw = values[key] else { return value }
        guard case .string(let s) = raw else { throw invalid(key, raw, "a single value") }
        return s
    }

    private func invalid(_ key: String, _ raw: OptionValue, _ expected: String) -> PassError {
        PassError.invalidOption(pass: pass, key: key, value: "\(raw)", expected: expected)
    }
}

/// A value in a pass's options.
public enum OptionValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A scalar, as written.
    case string(String)
    /// A list of values.
    case list([OptionValue])
    /// A nested mapping.
    case map([String: OptionValue])

    public var description: String {
        switch self {
        case .string(let s): return s
        case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.keys.sorted().map { "\($0): \(m[$0]!)" }.joined(separator: ", ") + "}"
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { self = .string(s) }
        else if let b = try? c.decode(Bool.self) { self = .string(b ? "true" : "false") }
        else if let i = try? c.decode(Int.self) { self = .string(String(i)) }
        else if let d = try? c.decode(Double.self) { self = .string(String(d)) }
        else if let l = try? c.decode([OptionValue].self) { self = .list(l) }
        else { self = .map(try c.decode([String: OptionValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .list(let l): try c.encode(l)
        case .map(let m): try c.encode(m)
        }
    }
}
