import ArgumentParser
import BriefingCore
import BriefingSite
import Foundation
import SourceList

/// `briefing build`: corpus → passes → site, written atomically.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Analyse the corpus and write the static site.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Replace the output folder even if it is not a briefing site.")
    var force = false

    @Flag(name: .long, help: "When a pass or plugin fails, build the rest and mark its section as failed (exit status 1).")
    var keepGoing = false

    func run() async throws {
        let project = try Project(options)
        let logger = project.logger
        let writer = try project.writer(force: force)
        try writer.checkReplaceable()
        let clock = ContinuousClock()
        let started = clock.now
        let load = ProjectLoad(project)
        let loaded = try load.loaded()
        let (corpus, graph, plugins) = (loaded.corpus, loaded.graph, loaded.plugins)
        for warning in corpus.warnings { logger.warning("\(warning)") }
        logger.debug("loaded \(corpus.documents.count) documents from \(project.corpusPath) in \(seconds(load.corpusTime)) s")

        let run = try await Pipeline(graph: graph).run(
            corpus: corpus, selection: project.selection, options: project.config.passes,
            settings: project.settings, logger: logger, keepGoing: keepGoing)
        for id in run.order {
            logger.debug("timing: pass=\(id) seconds=\(seconds(run.timings[id] ?? .zero))")
        }

        let title = project.config.title
            ?? (run.outputs["sources"]?.result as? SourcesResult)?.storyTitle
            ?? "Briefing"
        // Navigation and masthead follow the registry (built-ins, then plugins), not the DAG.
        let registry = BuiltInPasses.all().map(\.id) + plugins.map(\.id)
        let pages = registry.filter(run.order.contains).map { id in
            SiteBuilder.PassPage(id: id, title: graph.passes[id]!.title, output: run.outputs[id], failure: run.failures[id])
        }
        let renderStart = clock.now
        let files = try SiteBuilder(theme: loaded.theme, title: title, baseURL: project.config.baseURL)
            .files(corpus: corpus, passes: pages, sectionOrder: project.config.sections ?? BuiltInPasses.sectionOrder)
        for note in try writer.write(files) { logger.warning("\(note)") }
        logger.debug("timing: render seconds=\(seconds(clock.now - renderStart))")
        logger.info("built \(project.outputPath)/ from \(corpus.documents.count) documents (\(files.count) files) in \(seconds(clock.now - started)) s")
        if !run.failures.isEmpty {
            Console.error("error: \(run.failures.count) pass(es) failed (\(run.failures.keys.sorted().joined(separator: ", "))); their sections are marked as failed")
            throw ExitCode(1)
        }
    }
}

/// Seconds with millisecond precision, for logs.
func seconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return String(format: "%.3f", value)
}
