/// Decodes one option value: a scalar read as the type asked for, a list, or a mapping.
/// Any mismatch is a `PassError.invalidOption` naming the option key, its file and line.
struct OptionValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: OptionValue
    /// The option key at the top of briefing.yml's `passes.<id>` section, for messages.
    let key: String
    let options: PassOptions
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func invalid(_ expected: String) -> PassError {
        PassError.invalidOption(pass: options.pass, key: key, value: "\(value)", expected: expected, at: options.location(of: key))
    }

    func child(_ value: OptionValue) -> OptionValueDecoder {
        OptionValueDecoder(value: value, key: key, options: options)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .map(let map) = value else { throw invalid("a mapping of keys to values") }
        return KeyedDecodingContainer(Keyed<Key>(map: map, parent: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .list(let list) = value else { throw invalid("a list, e.g. [a, b]") }
        return Unkeyed(list: list, parent: self)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    // MARK: scalars

    func text(_ expected: String) throws -> String {
        guard case .string(let s) = value else { throw invalid(expected) }
        return s
    }

    func decodeNil() -> Bool { false }
    func decode(_ type: String.Type) throws -> String { try text("a single value") }
    func decode(_ type: Bool.Type) throws -> Bool {
        switch try text("true or false").lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw invalid("true or false")
        }
    }
    func decode(_ type: Double.Type) throws -> Double {
        guard let n = Double(try text("a number")) else { throw invalid("a number") }
        return n
    }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int {
        guard let n = Int(try text("a whole number")) else { throw invalid("a whole number") }
        return n
    }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try T(from: self)
        } catch is DecodingError {
            // A string enum given a value it does not have.
            throw invalid(Self.choices(of: T.self).map { "one of \($0)" } ?? "a value the option takes")
        }
    }
    /// The values of a `CaseIterable` string enum, for its error message.
    static func choices<T>(of type: T.Type) -> String? {
        guard let cases = type as? any (CaseIterable & RawRepresentable).Type else { return nil }
        return describe(cases)
    }

    private static func describe<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> String {
        type.allCases.map { "\($0.rawValue)" }.joined(separator: ", ")
    }

    func decode(_ type: Int8.Type) throws -> Int8 { try narrow(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try narrow(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(type) }

    func narrow<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let n = T(try text("a whole number")) else { throw invalid("a whole number") }
        return n
    }

    /// The entries of a mapping value.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let map: [String: OptionValue]
        let parent: OptionValueDecoder
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { map.keys.sorted().compactMap { Key(stringValue: $0) } }
        func contains(_ key: Key) -> Bool { map[key.stringValue] != nil }
        func decodeNil(forKey key: Key) throws -> Bool { map[key.stringValue] == nil }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let value = map[key.stringValue] else { throw parent.invalid("a mapping with the key '\(key.stringValue)'") }
            return try parent.child(value).decode(type)
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try parent.child(map[key.stringValue] ?? .map([:])).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try parent.child(map[key.stringValue] ?? .list([])).unkeyedContainer()
        }
        func superDecoder() throws -> Decoder { parent }
        func superDecoder(forKey key: Key) throws -> Decoder { parent }
    }

    /// The items of a list value.
    struct Unkeyed: UnkeyedDecodingContainer {
        let list: [OptionValue]
        let parent: OptionValueDecoder
        var currentIndex = 0
        var codingPath: [CodingKey] { [] }
        var count: Int? { list.count }
        var isAtEnd: Bool { currentIndex >= list.count }
        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            guard !isAtEnd else { throw parent.invalid("a longer list") }
            defer { currentIndex += 1 }
            return try parent.child(list[currentIndex]).decode(type)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            defer { currentIndex += 1 }
            return try parent.child(list[currentIndex]).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            defer { currentIndex += 1 }
            return try parent.child(list[currentIndex]).unkeyedContainer()
        }
        mutating func superDecoder() throws -> Decoder { parent }
    }
}
