import BriefingCore
import Foundation

/// Converts `Encodable` results into the plain values swift-mustache renders.
///
/// Templates see exactly the field names of the data files (`data/<id>.json`), so a theme
/// author can read the JSON to know what a template may use.
public enum TemplateValue {
    /// The value of `value` as dictionaries, arrays, strings, numbers and booleans.
    public static func from(_ value: any Encodable) throws -> Any {
        let data = try BriefingJSON.encoder().encode(AnyEncodableValue(value))
        let json = try JSONDecoder().decode(JSONValue.self, from: data)
        return json.plain
    }
}

/// Type-erases a non-Sendable `Encodable` (template views) for `JSONEncoder`.
struct AnyEncodableValue: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
