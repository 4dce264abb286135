import Foundation
import Testing
@testable import BriefingCore
import BriefingTestSupport

/// A result holding a number and the ids of the results its pass could see.
struct NumberResult: PassResult {
    var value: Int
    var seen: [String]
}

/// A pass made for these tests: adds its dependencies' values to its own.
struct StubPass: AnalysisPass {
    let id: String
    var summary: String { "stub \(id)" }
    let dependencies: [String]
    var value = 1
    var failure: String?
    var gate: Gate?

    func run(_ input: PassInput) async throws -> PassOutput {
        if let failure { throw StubError(message: failure) }
        if let gate { await gate.arriveAndWait() }
        var total = value
        for dependency in dependencies {
            total += try input.results.get(NumberResult.self, from: dependency).value
        }
        return PassOutput(result: NumberResult(value: total, seen: input.results.ids))
    }
}

/// A failure that is not a PassError, as a pass's own code might throw.
struct StubError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Lets passes prove they ran at the same time: each waits until `expected` have arrived.
actor Gate {
    let expected: Int
    private(set) var arrived = 0
    private(set) var metAll = false

    init(expected: Int) {
        self.expected = expected
    }

    /// Arrives and waits (up to two seconds) for the others; records whether all met.
    func arriveAndWait() async {
        arrived += 1
        for _ in 0..<2000 where arrived < expected {
            try? await Task.sleep(for: .milliseconds(1))
        }
        if arrived >= expected { metAll = true }
    }
}

/// One document, enough for passes that do not read the corpus.
func tinyCorpus() -> Corpus {
    corpus(document("a.txt", "Talks resume on Monday."))
}

@Suite("Pass graph")
struct PassGraphTests {
    @Test("order puts dependencies first and breaks ties by id, whatever the input order")
    func order() throws {
        let passes: [any AnalysisPass] = [
            StubPass(id: "summary", dependencies: ["dedup", "quotes"]), StubPass(id: "quotes", dependencies: ["dedup"]),
            StubPass(id: "timeline", dependencies: []), StubPass(id: "dedup", dependencies: []),
        ]
        let expected = ["dedup", "quotes", "summary", "timeline"]
        #expect(try PassGraph(passes).order == expected)
        #expect(try PassGraph(passes.reversed()).order == expected)
    }

    @Test("a cycle is an error naming the passes in it")
    func cycle() {
        let passes: [any AnalysisPass] = [
            StubPass(id: "a", dependencies: ["b"]), StubPass(id: "b", dependencies: ["c"]), StubPass(id: "c", dependencies: ["a"]),
        ]
        #expect(throws: PassError.cycle(["a", "b", "c", "a"])) { try PassGraph(passes) }
        #expect("\(PassError.cycle(["a", "b", "a"]))" == "passes depend on each other in a cycle: a → b → a; remove one of these dependencies")
    }

    @Test("a pass depending on itself is a cycle")
    func selfCycle() {
        #expect(throws: PassError.cycle(["a", "a"])) { try PassGraph([StubPass(id: "a", dependencies: ["a"])]) }
    }

    @Test("an unknown dependency is an error naming both passes and the known ones")
    func unknownDependency() {
        let passes: [any AnalysisPass] = [StubPass(id: "quotes", dependencies: ["dedupe"]), StubPass(id: "dedup", dependencies: [])]
        #expect(throws: PassError.unknownDependency(pass: "quotes", dependency: "dedupe", known: ["dedup", "quotes"])) {
            try PassGraph(passes)
        }
        #expect("\(PassError.unknownDependency(pass: "quotes", dependency: "dedupe", known: ["dedup", "quotes"]))"
                == "pass 'quotes' depends on 'dedupe', which is not a pass; known passes: dedup, quotes")
    }

    @Test("two passes with one id are an error")
    func duplicate() {
        #expect(throws: PassError.duplicateID("a")) {
            try PassGraph([StubPass(id: "a", dependencies: []), StubPass(id: "a", dependencies: [])])
        }
    }

    @Test("closure adds what a selection needs; an unknown pass is an error")
    func closure() throws {
        let graph = try PassGraph([
            StubPass(id: "a", dependencies: []), StubPass(id: "b", dependencies: ["a"]), StubPass(id: "c", dependencies: ["b"]),
            StubPass(id: "d", dependencies: []),
        ])
        #expect(try graph.closure(of: ["c"]) == ["a", "b", "c"])
        #expect(throws: PassError.unknownPass("x", known: ["a", "b", "c", "d"])) { try graph.closure(of: ["x"]) }
    }
}

@Suite("Pipeline")
struct PipelineTests {
    @Test("passes run in DAG order and read their dependencies' typed results")
    func typedResults() async throws {
        let graph = try PassGraph([
            StubPass(id: "a", dependencies: [], value: 1), StubPass(id: "b", dependencies: ["a"], value: 10),
            StubPass(id: "c", dependencies: ["a", "b"], value: 100), StubPass(id: "d", dependencies: [], value: 1000),
        ])
        let run = try await Pipeline(graph: graph).run(corpus: tinyCorpus())
        #expect(run.order == ["a", "b", "c", "d"])
        let c = try #require(run.outputs["c"]?.result as? NumberResult)
        #expect(c.value == 112)
        // A pass sees only the results of its own dependencies.
        #expect(c.seen == ["a", "b"])
        #expect((run.outputs["d"]?.result as? NumberResult)?.seen == [])
        #expect(Set(run.timings.keys) == ["a", "b", "c", "d"])
        #expect(run.failures.isEmpty)
    }

    @Test("a selection runs only what it needs")
    func selection() async throws {
        let graph = try PassGraph([
            StubPass(id: "a", dependencies: []), StubPass(id: "b", dependencies: ["a"]), StubPass(id: "d", dependencies: []),
        ])
        let run = try await Pipeline(graph: graph).run(corpus: tinyCorpus(), selection: ["b"])
        #expect(run.order == ["a", "b"])
        #expect(Set(run.outputs.keys) == ["a", "b"])
    }

    @Test("independent passes run concurrently")
    func concurrency() async throws {
        let gate = Gate(expected: 3)
        let graph = try PassGraph([
            StubPass(id: "x", dependencies: [], gate: gate), StubPass(id: "y", dependencies: [], gate: gate),
            StubPass(id: "z", dependencies: [], gate: gate), StubPass(id: "after", dependencies: ["x", "y", "z"]),
        ])
        let run = try await Pipeline(graph: graph).run(corpus: tinyCorpus())
        #expect(await gate.metAll)
        #expect((run.outputs["after"]?.result as? NumberResult)?.value == 4)
    }

    @Test("asking for a result of the wrong type or of a pass that did not run is an error naming it")
    func wrongType() throws {
        let results = PassResults(["a": NumberResult(value: 1, seen: [])])
        #expect(throws: PassError.missingResult(pass: "a", type: "TextResult (found NumberResult)")) {
            try results.get(TextResult.self, from: "a")
        }
        #expect(throws: PassError.missingResult(pass: "b", type: "NumberResult")) { try results.get(NumberResult.self, from: "b") }
        #expect(results.optional(NumberResult.self, from: "b") == nil)
        #expect(results.optional(NumberResult.self, from: "a")?.value == 1)
    }

    @Test("a failing pass stops the run with an error naming it")
    func failure() async throws {
        let graph = try PassGraph([StubPass(id: "a", dependencies: [], failure: "disk full"), StubPass(id: "b", dependencies: ["a"])])
        await #expect(throws: PassError.failed(pass: "a", message: "disk full")) {
            _ = try await Pipeline(graph: graph).run(corpus: tinyCorpus())
        }
    }

    @Test("with keepGoing a failure is recorded and only the passes needing it are skipped")
    func keepGoing() async throws {
        let graph = try PassGraph([
            StubPass(id: "a", dependencies: [], failure: "bad input"), StubPass(id: "b", dependencies: ["a"]),
            StubPass(id: "c", dependencies: []),
        ])
        let run = try await Pipeline(graph: graph).run(corpus: tinyCorpus(), keepGoing: true)
        #expect(Set(run.outputs.keys) == ["c"])
        #expect(run.failures["a"] == "pass 'a' failed: bad input")
        #expect(run.failures["b"] == "pass 'b' did not run because 'a', which it depends on, failed")
    }
}

/// A second result type, to ask for the wrong one.
struct TextResult: PassResult {
    var text: String
}
