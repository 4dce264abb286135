/// A value in a pass's options, as written in briefing.yml or plugin.yml.
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
