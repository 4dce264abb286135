import BriefingCore
import BriefingSite
import Foundation
import Logging

/// The resolved settings of a run: config file values overridden by flags, paths made concrete.
struct Project {
    let config: BriefingConfig
    let corpusPath: String
    let outputPath: String
    let templatesPath: String?
    let selection: [String]?
    let logger: Logger
    /// The folder relative paths in the config are resolved against.
    let base: String

    /// Reads the config (explicit or `briefing.yml` in the current folder) and applies flags.
    init(_ options: CommonOptions) throws {
        try self.init(configPath: options.config, corpus: options.corpus, output: options.output,
                      templates: options.templates, only: options.only, verbose: options.verbose, quiet: options.quiet)
    }

    /// Reads the config and applies the given overrides (nil: take the config's or the default).
    init(configPath: String?, corpus: String? = nil, output: String? = nil, templates: String? = nil,
         only: String? = nil, verbose: Bool = false, quiet: Bool = false) throws {
        let fm = FileManager.default
        var config = BriefingConfig()
        var base = fm.currentDirectoryPath
        if let path = configPath {
            config = try ConfigLoader.load(path: path)
            base = (URL(fileURLWithPath: path).deletingLastPathComponent().path)
        } else if fm.fileExists(atPath: "briefing.yml") {
            config = try ConfigLoader.load(path: "briefing.yml")
        }
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : URL(fileURLWithPath: base).appendingPathComponent(path).standardizedFileURL.path
        }
        self.config = config
        self.base = base
        corpusPath = corpus ?? config.corpus.map(resolve) ?? "seeds"
        outputPath = output ?? config.output.map(resolve) ?? "site"
        if let templates {
            templatesPath = templates
        } else {
            templatesPath = fm.fileExists(atPath: resolve("Templates")) ? resolve("Templates") : nil
        }
        selection = only.map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let level: Logger.Level = quiet ? .error : (verbose ? .debug : .info)
        logger = Logger(label: "briefing") { label in ConsoleLogHandler(label: label, level: level) }
    }

    /// External plugins: folders with plugin.yml under the project's Plugins/ and those listed
    /// in briefing.yml. A broken manifest is an error naming its file.
    func externalPlugins() throws -> [ExternalPass] {
        try pluginFolders().map { try ExternalPass(manifest: PluginManifest.load(folder: $0)) }
    }

    /// Folders holding a plugin.yml: the project's Plugins/ and those listed in briefing.yml.
    func pluginFolders() throws -> [String] {
        let listed = config.plugins.map { $0.hasPrefix("/") ? $0 : (base as NSString).appendingPathComponent($0) }
        return try PluginDiscovery.folders(projectPlugins: (base as NSString).appendingPathComponent("Plugins"), listed: listed)
    }


    /// The theme: default, then plugin templates, then the project's Templates/ folder.
    func theme(plugins: [ExternalPass]) throws -> Theme {
        var extra: [String: String] = [:]
        for plugin in plugins {
            let folder = plugin.manifest.folder as NSString
            if let template = plugin.manifest.template { extra[plugin.id] = folder.appendingPathComponent(template) }
            if let partial = plugin.manifest.indexPartial { extra["partials/\(plugin.id)"] = folder.appendingPathComponent(partial) }
        }
        return try Theme(overrideFolder: templatesPath, pluginTemplates: extra)
    }

    /// Build settings passed to every pass.
    var settings: BuildSettings {
        BuildSettings(referenceDate: config.referenceDate, title: config.title)
    }
}
