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
    }

    /// Runs the passes in `selection` (all when nil) and their dependencies.
    public func run(
        corpus: Corpus, selection: [String]? = nil, options: [String: PassOptions] = [:],
        settings: BuildSettings = BuildSettings(), logger: Logger = Logger(label: "briefing")
    ) async throws -> Run {
        let wanted = try selection.map { try graph.closure(of: $0) } ?? Set(graph.order)
        let order = graph.order.filter(wanted.contains)
        var results = PassResults()
        var outputs: [String: PassOutput] = [:]
        var timings: [String: Duration] = [:]
        var pending = order
        var running: Set<String> = []

        try await withThrowingTaskGroup(of: (String, PassOutput, Duration).self) { group in
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
                            return (id, output, clock.now - start)
                        } catch let error as PassError {
                            throw error
                        } catch {
                            throw PassError.failed(pass: id, message: "\(error)")
                        }
                    }
                }
            }
            startReady()
            while let (id, output, duration) = try await group.next() {
                running.remove(id)
                outputs[id] = output
                results.set(output.result, for: id)
                timings[id] = duration
                startReady()
            }
        }
        return Run(outputs: outputs, timings: timings, order: order)
    }
}
