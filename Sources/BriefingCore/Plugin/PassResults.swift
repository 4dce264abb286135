/// Typed access to the results of earlier passes.
///
/// A pass asks for a dependency's result by id and type; a wrong id or type is a programming
/// error in the pass, reported as `PassError.missingResult` rather than a crash.
public struct PassResults: Sendable {
    private var storage: [String: any PassResult]

    /// Creates a result set.
    public init(_ storage: [String: any PassResult] = [:]) {
        self.storage = storage
    }

    /// The result of pass `id` as `T`.
    public func get<T: PassResult>(_ type: T.Type, from id: String) throws -> T {
        guard let value = storage[id] else { throw PassError.missingResult(pass: id, type: "\(T.self)") }
        guard let typed = value as? T else {
            throw PassError.missingResult(pass: id, type: "\(T.self) (found \(Swift.type(of: value)))")
        }
        return typed
    }

    /// The result of pass `id` as `T`, or nil when that pass did not run.
    public func optional<T: PassResult>(_ type: T.Type, from id: String) -> T? {
        storage[id] as? T
    }

    /// The untyped result, for encoding and external plugins.
    public subscript(id: String) -> (any PassResult)? { storage[id] }

    /// Ids present.
    public var ids: [String] { storage.keys.sorted() }

    /// A copy holding only the given ids.
    public func restricted(to ids: [String]) -> PassResults {
        PassResults(storage.filter { ids.contains($0.key) })
    }

    /// Adds or replaces a result.
    public mutating func set(_ result: any PassResult, for id: String) {
        storage[id] = result
    }
}
