import BriefingCore
import BriefingSite
import Foundation

/// Everything a build needs, loaded and checked: `build` is this, then run and render.
struct LoadedProject {
    let project: Project
    let plugins: [ExternalPass]
    let graph: PassGraph
    let theme: Theme
    let corpus: Corpus
}

/// The one load path `check` and `build` share — config (already in `Project`), plugins and
/// the pass graph, every pass's options, sections and `--only`, templates, corpus — so that
/// `check` reports every problem `build` would hit. It goes on after a problem where it can,
/// so one run lists them all.
struct ProjectLoad {
    let project: Project
    private(set) var plugins: [ExternalPass] = []
    private(set) var graph: PassGraph?
    private(set) var theme: Theme?
    private(set) var corpus: Corpus?
    /// Every problem found, in the order found.
    private(set) var problems: [any Error] = []
    /// What `build` would warn about or refuse in the output folder without `--force`
    /// (not a site, staging folders of killed builds); `check` prints them.
    private(set) var outputWarnings: [String] = []
    /// Wall-clock time spent reading the corpus.
    private(set) var corpusTime: Duration = .zero

    /// Loads and checks everything; problems are collected, not thrown.
    init(_ project: Project) {
        self.project = project
        var problems: [any Error] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch { problems.append(error); return nil }
        }
        plugins = attempt { try project.externalPlugins() } ?? []
        graph = attempt { [plugins] in try PassGraph(BuiltInPasses.all() + plugins) }
        if let graph { problems += Self.passProblems(project, graph) }
        theme = attempt { [plugins] in try project.theme(plugins: plugins) }
        for required in ["layout", "index", "source"] where theme.map({ !$0.has(required) }) ?? false {
            problems.append(SiteError.missingTemplate(required))
        }
        if let writer = attempt({ try project.writer(force: true) }), attempt({ try writer.checkReplaceable() }) != nil {
            do {
                try project.writer(force: false).checkReplaceable()
            } catch {
                outputWarnings.append("build would stop here: \(error)")
            }
            outputWarnings += writer.staleFolders()
        }
        let clock = ContinuousClock()
        let started = clock.now
        // The output folder is never read back as articles, wherever it lies.
        corpus = attempt { try CorpusLoader().load(folder: project.corpusPath, skipping: [project.outputPath]) }
        corpusTime = clock.now - started
        self.problems = problems
    }

    /// What was loaded, or the first problem.
    func loaded() throws -> LoadedProject {
        if let problem = problems.first { throw problem }
        guard let graph, let theme, let corpus else { throw UsageError(description: "nothing to build") }
        return LoadedProject(project: project, plugins: plugins, graph: graph, theme: theme, corpus: corpus)
    }

    /// Problems with the options of every configured pass (each checked as its `run` will read
    /// them), the `sections` list and `--only`.
    private static func passProblems(_ project: Project, _ graph: PassGraph) -> [any Error] {
        var problems: [any Error] = []
        let known = graph.order.joined(separator: ", ")
        for (id, options) in project.config.passes.sorted(by: { $0.key < $1.key }) {
            do {
                guard let pass = graph.passes[id] else { throw PassError.unknownPass(id, known: graph.order, at: options.sectionLocation) }
                try pass.validate(options)
            } catch {
                problems.append(error)
            }
        }
        for id in project.config.sections ?? [] where graph.passes[id] == nil {
            problems.append(UsageError(description: "`sections` in briefing.yml names '\(id)', which is not a pass; known passes: \(known)"))
        }
        if let selection = project.selection {
            if selection.isEmpty {
                problems.append(UsageError(description: "--only needs at least one pass id; known passes: \(known)"))
            } else {
                do { _ = try graph.closure(of: selection) } catch { problems.append(error) }
            }
        }
        return problems
    }
}
