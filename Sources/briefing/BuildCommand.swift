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

    func run() async throws {
        let project = try Project(options)
        let logger = project.logger
        let writer = SiteWriter(output: project.outputPath, force: force)
        try writer.checkReplaceable()
        let graph = try project.graph()
        let theme = try Theme(overrideFolder: project.templatesPath)
        let clock = ContinuousClock()
        let started = clock.now

        let corpus = try CorpusLoader().load(folder: project.corpusPath)
        for warning in corpus.warnings { logger.warning("\(warning)") }
        logger.debug("loaded \(corpus.documents.count) documents from \(project.corpusPath) in \(seconds(clock.now - started)) s")

        try validateOptions(project, graph)
        let run = try await Pipeline(graph: graph).run(
            corpus: corpus, selection: project.selection, options: project.config.passes,
            settings: project.settings, logger: logger)
        for id in run.order {
            logger.debug("timing: pass=\(id) seconds=\(seconds(run.timings[id] ?? .zero))")
        }

        let title = project.config.title
            ?? (run.outputs["sources"]?.result as? SourcesResult)?.storyTitle
            ?? "Briefing"
        let pages = run.order.map { SiteBuilder.PassPage(id: $0, title: graph.passes[$0]!.title, output: run.outputs[$0]!) }
        let renderStart = clock.now
        let files = try SiteBuilder(theme: theme, title: title, baseURL: project.config.baseURL)
            .files(corpus: corpus, passes: pages)
        try writer.write(files)
        logger.debug("timing: render seconds=\(seconds(clock.now - renderStart))")
        logger.info("built \(project.outputPath)/ from \(corpus.documents.count) documents (\(files.count) files) in \(seconds(clock.now - started)) s")
    }
}

/// Seconds with millisecond precision, for logs.
func seconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return String(format: "%.3f", value)
}

/// Rejects config sections for passes that do not exist, before any work.
func validateOptions(_ project: Project, _ graph: PassGraph) throws {
    for id in project.config.passes.keys.sorted() where graph.passes[id] == nil {
        throw PassError.unknownPass(id, known: graph.order)
    }
    if let selection = project.selection {
        if selection.isEmpty { throw UsageError(description: "--only needs at least one pass id; known passes: \(graph.order.joined(separator: ", "))") }
        _ = try graph.closure(of: selection)
    }
}
