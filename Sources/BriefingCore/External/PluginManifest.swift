import Foundation
import Yams

/// The `plugin.yml` of an external plugin: what to run and how it fits in the pipeline.
public struct PluginManifest: Sendable, Hashable {
    /// Pass id: names `data/<id>.json`, its page and its config section.
    public var id: String
    /// One line for `briefing plugins`.
    public var description: String
    /// Program and arguments, run with the plugin folder as working directory.
    public var command: [String]
    /// Ids of built-in passes or other plugins whose results it receives.
    public var dependencies: [String]
    /// Seconds before it is stopped.
    public var timeout: Double
    /// Bytes of stdout allowed.
    public var maxOutput: Int
    /// Protocol version it speaks.
    public var protocolVersion: Int
    /// Page template, relative to the plugin folder.
    public var template: String?
    /// Index section template, relative to the plugin folder.
    public var indexPartial: String?
    /// Default options, overridden by `passes.<id>` in briefing.yml.
    public var options: [String: OptionValue]
    /// The plugin's folder.
    public var folder: String

    /// Keys plugin.yml may hold.
    public static let validKeys = ["command", "dependencies", "description", "id", "index_partial", "max_output", "options", "protocol", "template", "timeout"]
    /// Default timeout in seconds.
    public static let defaultTimeout = 60.0
    /// Default stdout limit: 64 MiB.
    public static let defaultMaxOutput = 64 * 1024 * 1024

    /// Reads `folder/plugin.yml`.
    public static func load(folder: String) throws -> PluginManifest {
        let file = (folder as NSString).appendingPathComponent("plugin.yml")
        guard let data = FileManager.default.contents(atPath: file) else {
            throw PluginError.manifest(file: file, line: nil, problem: "no plugin.yml in this plugin folder")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: file, folder: folder)
    }

    /// Parses manifest text.
    public static func parse(_ text: String, file: String, folder: String) throws -> PluginManifest {
        let root: Node?
        do {
            root = try YAMLText.compose(text)
        } catch let error as YAMLSyntaxError {
            throw PluginError.manifest(file: file, line: error.line, problem: "not valid YAML: \(error.problem)")
        }
        if let root, !YAMLSize.isWithin(root, limit: YAMLSize.configLimit) {
            throw PluginError.manifest(file: file, line: 1, problem: YAMLSize.problem(limit: YAMLSize.configLimit))
        }
        guard let mapping = root?.mapping else {
            throw PluginError.manifest(file: file, line: 1, problem: "expected `key: value` lines (\(validKeys.joined(separator: ", ")))")
        }
        var manifest = PluginManifest(id: "", description: "", command: [], dependencies: [], timeout: defaultTimeout,
                                      maxOutput: defaultMaxOutput, protocolVersion: 1, template: nil, indexPartial: nil,
                                      options: [:], folder: folder)
        var idLine: Int?
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            func fail(_ expected: String) -> PluginError {
                PluginError.manifest(file: file, line: line, problem: "`\(key)` \(expected)")
            }
            func scalar() throws -> String {
                guard let s = value.scalar?.string else { throw fail("must be a single value") }
                return s
            }
            func list() throws -> [String] {
                if let sequence = value.sequence {
                    return try sequence.map { node in
                        guard let s = node.scalar?.string else { throw fail("must be a list of strings") }
                        return s
                    }
                }
                throw fail("must be a list, e.g. [python3, main.py]")
            }
            switch key {
            case "id":
                manifest.id = try scalar()
                idLine = line
            case "description": manifest.description = try scalar()
            case "command": manifest.command = try list()
            case "dependencies": manifest.dependencies = try list()
            case "timeout":
                guard let seconds = Double(try scalar()), seconds > 0 else { throw fail("must be a positive number of seconds") }
                manifest.timeout = seconds
            case "max_output":
                guard let bytes = Int(try scalar()), bytes > 0 else { throw fail("must be a positive number of bytes") }
                manifest.maxOutput = bytes
            case "protocol":
                guard let version = Int(try scalar()) else { throw fail("must be a whole number") }
                manifest.protocolVersion = version
            case "template": manifest.template = try scalar()
            case "index_partial": manifest.indexPartial = try scalar()
            case "options":
                guard let options = value.mapping else { throw fail("must be a mapping of option names to values") }
                for (k, v) in options { manifest.options[k.string ?? ""] = ConfigLoader.optionValue(v) }
            default:
                throw PluginError.manifest(file: file, line: line, problem: "unknown key '\(key)'; valid keys: \(validKeys.joined(separator: ", "))")
            }
        }
        if manifest.id.isEmpty { throw PluginError.manifest(file: file, line: nil, problem: "`id` is required, e.g. `id: entities`") }
        if !manifest.id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) {
            throw PluginError.manifest(file: file, line: nil, problem: "`id` must use lower-case letters, digits, - and _ only, found '\(manifest.id)'")
        }
        if let use = SitePaths.reservedNames[manifest.id] {
            throw PluginError.manifest(file: file, line: idLine, problem: "`id: \(manifest.id)` is reserved: the site uses '\(manifest.id)' for \(use); choose another id")
        }
        if manifest.command.isEmpty {
            throw PluginError.manifest(file: file, line: nil, problem: "`command` is required, e.g. `command: [python3, main.py]`")
        }
        return manifest
    }
}
