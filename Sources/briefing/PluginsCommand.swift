import ArgumentParser
import BriefingCore

/// `briefing plugins`: the passes this binary knows, with what they need.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the analysis passes, their descriptions and dependencies.")

    func run() throws {
        let graph = try PassGraph(BuiltInPasses.all())
        for id in graph.order {
            let pass = graph.passes[id]!
            let needs = pass.dependencies.isEmpty ? "" : " (needs: \(pass.dependencies.joined(separator: ", ")))"
            Console.print("\(id)\t built-in\t \(pass.summary)\(needs)")
        }
    }
}
