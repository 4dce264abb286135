import Foundation

/// The one JSON encoder configuration of briefing: data files, the template context and the
/// plugin protocol all write the same keys the same way.
///
/// Keys are snake_case by strategy (`duplicateOf` → `duplicate_of`), so result and view types
/// name their properties in Swift style and declare no renames; keys are sorted and slashes
/// are not escaped, so output is byte-identical across builds and readable.
public enum BriefingJSON {
    /// An encoder for results, views and plugin requests; `pretty` for the data files.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// An optional the data contract lists as `|null`: written as an explicit JSON `null` when
/// nil, where a plain optional would leave the key out. Mark the property `@Nullable`.
@propertyWrapper
public struct Nullable<Value> {
    /// The value, or nil.
    public var wrappedValue: Value?

    /// Wraps a value.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }
}

extension Nullable: Sendable where Value: Sendable {}
extension Nullable: Equatable where Value: Equatable {}
extension Nullable: Hashable where Value: Hashable {}

extension Nullable: Encodable where Value: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension Nullable: Decodable where Value: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// A `@Nullable` field may also be missing altogether.
    public func decode<Value: Decodable>(_ type: Nullable<Value>.Type, forKey key: Key) throws -> Nullable<Value> {
        Nullable(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}
