import Foundation

/// Converts `Encodable` results into the plain values swift-mustache renders.
///
/// Templates see exactly the field names of the data files (`data/<id>.json`), so a theme
/// author can read the JSON to know what a template may use.
public enum TemplateValue {
    /// The value of `value` as dictionaries, arrays, strings, numbers and booleans.
    public static func from(_ value: any Encodable) throws -> Any {
        let data = try JSONEncoder().encode(AnyEncodable(value))
        let json = try JSONDecoder().decode(JSONValue.self, from: data)
        return json.plain
    }
}

/// Type-erases an `Encodable` so it can be handed to `JSONEncoder`.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}

/// A decoded JSON value, keeping booleans apart from numbers.
enum JSONValue: Decodable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var plain: Any {
        switch self {
        case .null: return Optional<String>.none as Any
        case .bool(let b): return b
        case .int(let i): return i
        case .double(let d): return d
        case .string(let s): return s
        case .array(let a): return a.map(\.plain)
        case .object(let o):
            var result: [String: Any] = [:]
            for (key, value) in o {
                if case .null = value { continue }
                result[key] = value.plain
            }
            return result
        }
    }
}
