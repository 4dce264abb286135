/// A pass's section of `passes:` in briefing.yml: the raw values and where each was written.
///
/// A built-in pass reads it as its typed `Options` (`decode(_:)`); the raw values go to
/// external plugins as they are. Every error names the file and line of the offending key.
public struct PassOptions: Sendable, Hashable {
    /// The raw values: scalars as strings, lists and maps as written.
    public var values: [String: OptionValue]
    /// The pass id, for error messages.
    public var pass: String
    /// The config file the values come from; nil when they were made in code.
    public var file: String?
    /// The line of the pass's own key (`dedup:`), for problems that concern the whole section.
    public var line: Int?
    /// The line of each option key.
    public var lines: [String: Int]

    /// Creates options.
    public init(pass: String = "", values: [String: OptionValue] = [:], file: String? = nil, line: Int? = nil,
                lines: [String: Int] = [:]) {
        self.pass = pass
        self.values = values
        self.file = file
        self.line = line
        self.lines = lines
    }

    /// Where the pass's section (`dedup:`) was written.
    public var sectionLocation: ConfigLocation? {
        guard let file, let line else { return nil }
        return ConfigLocation(file: file, line: line)
    }

    /// Where `key` was written (or the pass's section, when the key is not there).
    public func location(of key: String) -> ConfigLocation? {
        guard let file, let line = lines[key] ?? line else { return nil }
        return ConfigLocation(file: file, line: line)
    }

    /// The options read as the pass's declared type: unknown keys, values of the wrong kind and
    /// values out of range (`validate()`) are `PassError`s naming the key, its file and line.
    public func decode<T: PassOptionsDeclaration>(_ type: T.Type) throws -> T {
        let valid = T.keys
        for key in values.keys.sorted() where !valid.contains(key) {
            throw PassError.unknownOption(pass: pass, key: key, valid: valid, at: location(of: key))
        }
        let options = try T(from: OptionsDecoder(options: self, defaults: OptionDefaults(T())))
        do {
            try options.validate()
        } catch let problem as InvalidOption {
            throw PassError.invalidOption(pass: pass, key: problem.key, value: problem.value, expected: problem.expected,
                                          at: location(of: problem.key))
        }
        return options
    }

    /// Rejects keys outside `valid`, for passes that declare their keys without a type
    /// (external plugins with `options:` in plugin.yml).
    public func checkKeys(_ valid: [String]) throws {
        for key in values.keys.sorted() where !valid.contains(key) {
            throw PassError.unknownOption(pass: pass, key: key, valid: valid, at: location(of: key))
        }
    }
}

/// A file and line in a config file, printed as `file:line`.
public struct ConfigLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
