/// Type-erases an `Encodable`, so that results of any pass can be handed to `JSONEncoder`.
public struct AnyEncodable: Encodable, Sendable {
    /// The wrapped value.
    public let value: any Encodable & Sendable

    /// Wraps a value.
    public init(_ value: any Encodable & Sendable) { self.value = value }

    public func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
