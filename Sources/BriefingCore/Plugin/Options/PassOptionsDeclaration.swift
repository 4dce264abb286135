/// A pass's options as data: a struct whose stored properties, with their defaults, are the
/// options `passes.<id>` in briefing.yml may set.
///
/// Each property is an option; its key is the property name in snake_case (`pairwiseLimit` →
/// `pairwise_limit`), so the valid keys come from the type and a misspelt key is reported by
/// `briefing check` as well as `build`. `init()` gives the defaults; `validate()` checks ranges
/// and combinations. Properties may be `Int`, `Double`, `Bool`, `String`, optionals of these,
/// lists of them, or `RawRepresentable` enums of `String`. Declare no `CodingKeys`.
///
/// ```swift
/// struct Options: PassOptionsDeclaration {
///     var wordsPerMinute = 230
///     func validate() throws {
///         try require(wordsPerMinute > 0, "words_per_minute", wordsPerMinute, "a positive whole number")
///     }
/// }
/// ```
public protocol PassOptionsDeclaration: Decodable, Sendable {
    /// The defaults.
    init()
    /// Checks ranges and combinations; throw `InvalidOption` (or use `require`) naming the key.
    func validate() throws
}

extension PassOptionsDeclaration {
    /// No checks beyond the types of the values.
    public func validate() throws {}

    /// The option keys, in declaration order.
    public static var keys: [String] { OptionDefaults(Self()).keys }

    /// Throws `InvalidOption` for `key` unless `condition` holds.
    public func require(_ condition: Bool, _ key: String, _ value: Any, _ expected: String) throws {
        if !condition { throw InvalidOption(key: key, value: "\(value)", expected: expected) }
    }
}

/// A value that has the right kind but is out of range, thrown by `validate()`; the options
/// reader turns it into a `PassError` with the pass, the file and the line.
public struct InvalidOption: Error, Sendable, Hashable {
    /// The option key as written in briefing.yml.
    public var key: String
    /// The value, as shown to the user.
    public var value: String
    /// What would be accepted ("a number above 0 and at most 1").
    public var expected: String

    /// Creates the problem.
    public init(key: String, value: String, expected: String) {
        self.key = key
        self.value = value
        self.expected = expected
    }
}

/// The defaults of an options type, by property name, read from its `init()`.
struct OptionDefaults {
    /// Default values by property name (camelCase, as the decoder's keys are).
    let values: [String: Any]
    /// The option keys (snake_case), in declaration order.
    let keys: [String]

    init(_ defaults: Any) {
        var values: [String: Any] = [:]
        var keys: [String] = []
        for child in Mirror(reflecting: defaults).children {
            guard let label = child.label, !label.hasPrefix("_"), !label.hasPrefix("$") else { continue }
            values[label] = child.value
            keys.append(Self.snakeCase(label))
        }
        self.values = values
        self.keys = keys
    }

    /// `pairwiseLimit` → `pairwise_limit`.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result.append("_") }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
