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
    /// The config file read, resolved; nil without one.
    let configFile: String?

    /// Reads the config (explicit or `briefing.yml` in the current folder) and applies flags.
    init(_ options: CommonOptions) throws {
        try self.init(configPath: options.config, corpus: options.corpus, output: options.output,
                      templates: options.templates, only: options.only, verbose: options.verbose, quiet: options.quiet)
    }

    /// Reads the config and applies the given overrides (nil: take the config's or the default).
    init(configPath: String?, corpus: String? = nil, output: String? = nil, templates: String? = nil,
         only: String? = nil, verbose: Bool = false, quiet: Bool = false) throws {
        let fm = FileManager.default
        let here = fm.currentDirectoryPath
        var config = BriefingConfig()
        var base = here
        var configFile: String?
        if let path = configPath {
            let resolved = try LocalPath.resolve(path, base: here, what: "--config")
            config = try ConfigLoader.load(path: resolved)
            base = (resolved as NSString).deletingLastPathComponent
            configFile = resolved
        } else if fm.fileExists(atPath: "briefing.yml") {
            configFile = try LocalPath.resolve("briefing.yml", base: here, what: "briefing.yml")
            config = try ConfigLoader.load(path: "briefing.yml")
        }
        // Every path is resolved once, here: flags against the current folder, config values
        // against the config's folder. Later checks and writes see exactly these paths.
        func path(flag: String?, _ name: String, config value: String?, default fallback: String) throws -> String {
            if let flag { return try LocalPath.resolve(flag, base: here, what: "--\(name)") }
            if let value { return try LocalPath.resolve(value, base: base, what: "`\(name)` in briefing.yml") }
            return try LocalPath.resolve(fallback, base: here, what: "--\(name)")
        }
        self.config = config
        self.base = base
        self.configFile = configFile
        corpusPath = try path(flag: corpus, "corpus", config: config.corpus, default: "seeds")
        outputPath = try path(flag: output, "output", config: config.output, default: "site")
        if let templates {
            templatesPath = try LocalPath.resolve(templates, base: here, what: "--templates")
        } else {
            let folder = try LocalPath.resolve("Templates", base: base, what: "--templates")
            templatesPath = fm.fileExists(atPath: folder) ? folder : nil
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

    /// The inputs the output folder must never be nor contain: replacing it would delete them.
    func protectedPaths() throws -> [ProtectedPath] {
        var paths = [ProtectedPath(role: "the corpus folder", path: corpusPath)]
        if let configFile { paths.append(ProtectedPath(role: "the config file", path: configFile)) }
        if let templatesPath { paths.append(ProtectedPath(role: "the templates folder", path: templatesPath)) }
        for folder in (try? pluginFolders()) ?? [] {
            paths.append(ProtectedPath(role: "a plugin folder", path: LocalPath.realPath(folder)))
        }
        return paths
    }

    /// The writer for this project's output, with its inputs protected.
    func writer(force: Bool) throws -> SiteWriter {
        SiteWriter(output: outputPath, force: force, protected: try protectedPaths())
    }

    /// Build settings passed to every pass.
    var settings: BuildSettings {
        BuildSettings(referenceDate: config.referenceDate, title: config.title)
    }
}
