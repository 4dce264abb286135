import Foundation
import Yams

/// Reads `briefing.yml`, checking every key so that typos are reported with their line.
public enum ConfigLoader {
    /// Parses config text; `file` is used in error messages.
    public static func parse(_ yaml: String, file: String) throws -> BriefingConfig {
        let root: Node?
        do {
            root = try YAMLText.compose(yaml)
        } catch let error as YAMLSyntaxError {
            throw ConfigError.syntax(file: file, line: error.line ?? 1, column: error.column ?? 1, problem: error.problem)
        }
        guard let root else { return BriefingConfig() }
        guard YAMLSize.isWithin(root, limit: YAMLSize.configLimit) else {
            throw ConfigError.syntax(file: file, line: 1, column: 1, problem: YAMLSize.problem(limit: YAMLSize.configLimit))
        }
        guard let mapping = root.mapping else {
            throw ConfigError.invalidValue(file: file, line: root.mark?.line ?? 1, key: "briefing.yml",
                                           expected: "must be a mapping of keys (\(BriefingConfig.validKeys.joined(separator: ", ")))")
        }
        var config = BriefingConfig()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            func scalar() throws -> String {
                guard let s = value.scalar?.string else {
                    throw ConfigError.invalidValue(file: file, line: line, key: key, expected: "must be a single value")
                }
                return s
            }
            switch key {
            case "title": config.title = try scalar()
            case "corpus": config.corpus = try scalar()
            case "output": config.output = try scalar()
            case "base_url": config.baseURL = try scalar()
            case "reference_date":
                let text = try scalar()
                guard let date = CalendarDate(iso: text) else {
                    throw ConfigError.invalidValue(file: file, line: line, key: key,
                                                   expected: "must be a date like 2025-08-19, found \"\(text)\"")
                }
                config.referenceDate = date
            case "plugins":
                if let list = value.sequence {
                    config.plugins = list.compactMap { $0.scalar?.string }
                } else {
                    config.plugins = [try scalar()]
                }
            case "sections":
                guard let list = value.sequence else {
                    throw ConfigError.invalidValue(file: file, line: line, key: key,
                                                   expected: "must list pass ids in the order of the index, e.g. [summary, quotes, timeline]")
                }
                config.sections = list.compactMap { $0.scalar?.string }
            case "passes":
                guard let passes = value.mapping else {
                    throw ConfigError.invalidValue(file: file, line: line, key: key,
                                                   expected: "must map pass ids to their options, e.g. `summary: {sentences: 7}`")
                }
                for (passKey, passValue) in passes {
                    let id = passKey.string ?? ""
                    var options: [String: OptionValue] = [:]
                    var lines: [String: Int] = [:]
                    if let entries = passValue.mapping {
                        for (optionKey, optionValue) in entries {
                            options[optionKey.string ?? ""] = Self.optionValue(optionValue)
                            lines[optionKey.string ?? ""] = optionKey.mark?.line
                        }
                    } else if !(passValue.scalar?.string.isEmpty ?? false) && passValue.scalar?.string != "~" {
                        throw ConfigError.invalidValue(file: file, line: passKey.mark?.line ?? line, key: "passes.\(id)",
                                                       expected: "must be a mapping of options")
                    }
                    config.passes[id] = PassOptions(pass: id, values: options, file: file,
                                                    line: passKey.mark?.line ?? line, lines: lines)
                }
            default:
                throw ConfigError.unknownKey(file: file, line: line, key: key, valid: BriefingConfig.validKeys)
            }
        }
        return config
    }

    /// Reads and parses a config file.
    public static func load(path: String) throws -> BriefingConfig {
        guard let data = FileManager.default.contents(atPath: path) else { throw ConfigError.missing(path) }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    static func optionValue(_ node: Node) -> OptionValue {
        switch node {
        case .scalar(let s): return .string(s.string)
        case .sequence(let list): return .list(list.map(optionValue))
        case .mapping(let map):
            var result: [String: OptionValue] = [:]
            for (k, v) in map { result[k.string ?? ""] = optionValue(v) }
            return .map(result)
        case .alias: return .string("")
        }
    }
}
