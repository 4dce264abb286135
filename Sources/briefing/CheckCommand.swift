import ArgumentParser
import BriefingCore
import BriefingSite

/// `briefing check`: loads config, corpus and templates and reports every problem, writing nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check config, corpus, passes and templates without writing anything.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        var problems: [String] = []
        var project: Project?
        do {
            project = try Project(options)
        } catch {
            problems.append("\(error)")
        }
        if let project {
            var graph: PassGraph?
            var plugins: [ExternalPass] = []
            do {
                plugins = try project.externalPlugins()
                graph = try PassGraph(BuiltInPasses.all() + plugins)
                try validateOptions(project, graph!)
            } catch {
                problems.append("\(error)")
            }
            do {
                let theme = try project.theme(plugins: plugins)
                for required in ["layout", "index", "source"] where !theme.has(required) {
                    problems.append("\(SiteError.missingTemplate(required))")
                }
            } catch {
                problems.append("\(error)")
            }
            do {
                // What build would refuse or clean up in the output folder.
                let writer = try project.writer(force: true)
                try writer.checkReplaceable()
                do {
                    try project.writer(force: false).checkReplaceable()
                } catch {
                    problems.append("warning: build would stop here: \(error)")
                }
                for stale in writer.staleFolders() { problems.append("warning: \(stale)") }
            } catch {
                problems.append("\(error)")
            }
            do {
                let corpus = try CorpusLoader().load(folder: project.corpusPath, skipping: [project.outputPath])
                for warning in corpus.warnings { problems.append("warning: \(warning)") }
                if !options.quiet {
                    Console.print("corpus: \(corpus.documents.count) documents in \(project.corpusPath)")
                }
            } catch {
                problems.append("\(error)")
            }
            if let graph, !options.quiet {
                Console.print("passes: \(graph.order.joined(separator: ", "))")
            }
        }
        let errors = problems.filter { !$0.hasPrefix("warning: ") }
        for problem in problems { Console.error(problem.hasPrefix("warning: ") ? problem : "error: \(problem)") }
        if !errors.isEmpty {
            Console.error("\(errors.count) problem(s) found")
            throw ExitCode(1)
        }
        if !options.quiet { Console.print("ok: no problems found") }
    }
}
