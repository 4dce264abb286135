import ArgumentParser
import BriefingCore
import BriefingSite

/// `briefing check`: loads config, plugins, pass options, templates and corpus by the same
/// path as `build` (`ProjectLoad`) and reports every problem, writing nothing.
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
            let load = ProjectLoad(project)
            problems += load.problems.map { "\($0)" }
            problems += load.outputWarnings.map { "warning: \($0)" }
            if let corpus = load.corpus {
                for warning in corpus.warnings { problems.append("warning: \(warning)") }
                if !options.quiet {
                    Console.print("corpus: \(corpus.documents.count) documents in \(project.corpusPath)")
                }
            }
            if let graph = load.graph, !options.quiet {
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
