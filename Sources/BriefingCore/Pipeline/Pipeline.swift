import Logging

/// Runs passes over a corpus as a DAG: each pass starts as soon as its dependencies are done,
/// independent passes run concurrently.
///
/// Results are collected by id, so the output never depends on which pass finished first.
public struct Pipeline: Sendable {
    /// The validated graph.
    public let graph: PassGraph

    /// Creates a pipeline over a validated graph.
    public init(graph: PassGraph) {
        self.graph = graph
    }

    /// What a run produced, plus how long each pass took.
    public struct Run: Sendable {
        /// Outputs by pass id.
        public var outputs: [String: PassOutput]
        /// Wall-clock time of each pass.
        public var timings: [String: Duration]
        /// The ids that ran, in topological order.
        public var order: [String]
        /// Passes that failed or could not run (with `keepGoing`), by id, with the reason.
        public var failures: [String: String]
    }

    /// Runs the passes in `selection` (all when nil) and their dependencies. The first failure
    /// stops the run, unless `keepGoing` is set: then the failure is recorded, passes that need
    /// the failed one are skipped, and the others still run.
    public func run(
        corpus: Corpus, selection: [String]? = nil, options: [String: PassOptions] = [:],
        settings: BuildSettings = BuildSettings(), logger: Logger = Logger(label: "briefing"),
        keepGoing: Bool = false
    ) async throws -> Run {
        let wanted = try selection.map { try graph.closure(of: $0) } ?? Set(graph.order)
        let order = graph.order.filter(wanted.contains)
        var results = PassResults()
        var outputs: [String: PassOutput] = [:]
        var timings: [String: Duration] = [:]
        var failures: [String: String] = [:]
        var pending = order
        var running: Set<String> = []

        try await withThrowingTaskGroup(of: (String, Result<PassOutput, Error>, Duration).self) { group in
            func startReady() {
                let ready = pending.filter { id in
                    graph.passes[id]!.dependencies.allSatisfy { outputs[$0] != nil }
                }
                for id in ready {
                    pending.removeAll { $0 == id }
                    running.insert(id)
                    let pass = graph.passes[id]!
                    var passLogger = logger
                    passLogger[metadataKey: "pass"] = "\(id)"
                    let input = PassInput(
                        corpus: corpus, results: results.restricted(to: pass.dependencies),
                        options: options[id] ?? PassOptions(pass: id), settings: settings, logger: passLogger)
                    group.addTask {
                        let clock = ContinuousClock()
                        let start = clock.now
                        do {
                            let output = try await pass.run(input)
                            return (id, .success(output), clock.now - start)
                        } catch let error as any UserFacingError {
                            return (id, .failure(error), clock.now - start)
                        } catch {
                            return (id, .failure(PassError.failed(pass: id, message: "\(error)")), clock.now - start)
                        }
                    }
                }
            }
            startReady()
            while let (id, outcome, duration) = try await group.next() {
                running.remove(id)
                timings[id] = duration
                switch outcome {
                case .success(let output):
                    outputs[id] = output
                    results.set(output.result, for: id)
                case .failure(let error):
                    guard keepGoing else {
                        group.cancelAll()
                        throw error
                    }
                    failures[id] = "\(error)"
                    logger.error("\(error)")
                }
                startReady()
            }
        }
        // With keepGoing, whatever is still pending needs a pass that failed.
        for id in pending {
            let missing = graph.passes[id]!.dependencies.first { outputs[$0] == nil } ?? "?"
            failures[id] = "pass '\(id)' did not run because '\(missing)', which it depends on, failed"
        }
        return Run(outputs: outputs, timings: timings, order: order, failures: failures)
    }
}
