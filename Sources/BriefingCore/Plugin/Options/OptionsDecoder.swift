/// Decodes a `PassOptionsDeclaration` from a pass's raw options: a key the user set is read
/// from its value (scalars are text, as in YAML), a key left out takes the type's default.
///
/// Values of the wrong kind become `PassError.invalidOption` with the key, its file and line
/// and what was expected ("a whole number", "a number", "true or false").
struct OptionsDecoder: Decoder {
    let options: PassOptions
    let defaults: OptionDefaults
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "options are a mapping"))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "options are a mapping"))
    }

    /// The options by property: the user's value, else the default.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: OptionsDecoder
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { decoder.defaults.values.keys.compactMap { Key(stringValue: $0) } }

        func optionKey(_ key: Key) -> String { OptionDefaults.snakeCase(key.stringValue) }

        func contains(_ key: Key) -> Bool {
            decoder.options.values[optionKey(key)] != nil || defaultValue(key) != nil
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            decoder.options.values[optionKey(key)] == nil && defaultValue(key) == nil
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if let value = try decodeIfPresent(type, forKey: key) { return value }
            throw DecodingError.keyNotFound(key, .init(codingPath: [key], debugDescription:
                "option '\(optionKey(key))' has no default; give the property of \(T.self) an initial value"))
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            let name = optionKey(key)
            guard let raw = decoder.options.values[name] else { return decodeDefault(type, key) }
            return try OptionValueDecoder(value: raw, key: name, options: decoder.options).decode(type)
        }

        /// The default of the property as `T` (nil when it has none or it is nil).
        func decodeDefault<T>(_ type: T.Type, _ key: Key) -> T? {
            defaultValue(key) as? T
        }

        /// The default of the property, seen through `Optional`: nil when absent or nil.
        func defaultValue(_ key: Key) -> Any? {
            guard let value = decoder.defaults.values[key.stringValue] else { return nil }
            if let optional = value as? OptionalValue { return optional.wrapped }
            return value
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try OptionValueDecoder(value: decoder.options.values[optionKey(key)] ?? .map([:]), key: optionKey(key),
                                   options: decoder.options).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try OptionValueDecoder(value: decoder.options.values[optionKey(key)] ?? .list([]), key: optionKey(key),
                                   options: decoder.options).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> Decoder { decoder }
    }
}

/// Lets the decoder see through an `Optional` default held as `Any`.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { map { $0 as Any } }
}
