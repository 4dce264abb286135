import ArgumentParser
import BriefingCore
import Foundation

/// `briefing plugins`: the passes this binary knows and the external plugins it finds.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List built-in passes and external plugins with their state and dependencies.")

    @Option(name: .long, help: "Config file (default: briefing.yml in the current folder, when present).")
    var config: String?

    func run() throws {
        let project = try Project(configPath: config)
        var rows: [(id: String, kind: String, state: String, text: String)] = []
        let builtIns = BuiltInPasses.all()
        let builtInGraph = try PassGraph(builtIns)
        for id in builtInGraph.order {
            let pass = builtInGraph.passes[id]!
            rows.append((id, "built-in", "ok", describe(pass.summary, pass.dependencies)))
        }
        let folders = try project.pluginFolders()
        var external: [ExternalPass] = []
        for folder in folders {
            do {
                external.append(try ExternalPass(manifest: PluginManifest.load(folder: folder)))
            } catch {
                rows.append(((folder as NSString).lastPathComponent, "external", "error", "\(error)"))
            }
        }
        let known = Set(builtInGraph.order + external.map(\.id))
        for plugin in external {
            let unknown = plugin.dependencies.filter { !known.contains($0) }
            let state = unknown.isEmpty ? "ok" : "error: unknown dependency \(unknown.joined(separator: ", "))"
            rows.append((plugin.id, "external", state, describe(plugin.summary, plugin.dependencies) + " [\(plugin.manifest.folder)]"))
        }
        let width = rows.map(\.id.count).max() ?? 0
        for row in rows {
            let pad = String(repeating: " ", count: width - row.id.count)
            Console.print("\(row.id)\(pad)  \(row.kind)  \(row.state)  \(row.text)")
        }
    }

    func describe(_ summary: String, _ dependencies: [String]) -> String {
        dependencies.isEmpty ? summary : "\(summary) (needs: \(dependencies.joined(separator: ", ")))"
    }
}
