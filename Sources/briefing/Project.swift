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

    /// Reads the config (explicit or `briefing.yml` in the current folder) and applies flags.
    init(_ options: CommonOptions) throws {
        let fm = FileManager.default
        var config = BriefingConfig()
        var base = fm.currentDirectoryPath
        if let path = options.config {
            config = try ConfigLoader.load(path: path)
            base = (URL(fileURLWithPath: path).deletingLastPathComponent().path)
        } else if fm.fileExists(atPath: "briefing.yml") {
            config = try ConfigLoader.load(path: "briefing.yml")
        }
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : URL(fileURLWithPath: base).appendingPathComponent(path).standardizedFileURL.path
        }
        self.config = config
        corpusPath = options.corpus ?? config.corpus.map(resolve) ?? "seeds"
        outputPath = options.output ?? config.output.map(resolve) ?? "site"
        if let templates = options.templates {
            templatesPath = templates
        } else {
            templatesPath = fm.fileExists(atPath: resolve("Templates")) ? resolve("Templates") : nil
        }
        selection = options.only.map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let level: Logger.Level = options.quiet ? .error : (options.verbose ? .debug : .info)
        logger = Logger(label: "briefing") { label in ConsoleLogHandler(label: label, level: level) }
    }

    /// The built-in passes (external plugins join here) as a validated graph.
    func graph() throws -> PassGraph {
        try PassGraph(BuiltInPasses.all())
    }

    /// Build settings passed to every pass.
    var settings: BuildSettings {
        BuildSettings(referenceDate: config.referenceDate, title: config.title)
    }
}
