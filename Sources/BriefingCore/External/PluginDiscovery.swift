import Foundation

/// Finds external plugins: folders with a `plugin.yml` under the project's `Plugins/`, plus any
/// folders listed under `plugins:` in briefing.yml.
public enum PluginDiscovery {
    /// Plugin folders, sorted; a listed folder without plugin.yml is an error.
    public static func folders(projectPlugins: String?, listed: [String]) throws -> [String] {
        var result: Set<String> = []
        let fm = FileManager.default
        if let root = projectPlugins, let entries = try? fm.contentsOfDirectory(atPath: root) {
            for entry in entries where !entry.hasPrefix(".") {
                let folder = (root as NSString).appendingPathComponent(entry)
                if fm.fileExists(atPath: (folder as NSString).appendingPathComponent("plugin.yml")) {
                    result.insert(URL(fileURLWithPath: folder).standardizedFileURL.path)
                }
            }
        }
        for folder in listed {
            guard fm.fileExists(atPath: (folder as NSString).appendingPathComponent("plugin.yml")) else {
                throw PluginError.manifest(file: (folder as NSString).appendingPathComponent("plugin.yml"), line: nil,
                                           problem: "briefing.yml lists this plugin folder under `plugins:`, but it has no plugin.yml")
            }
            result.insert(URL(fileURLWithPath: folder).standardizedFileURL.path)
        }
        return result.sorted()
    }
}
