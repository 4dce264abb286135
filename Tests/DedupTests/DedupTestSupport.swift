import BriefingCore
@testable import Dedup

/// Runs the pass on a corpus and returns its result.
func runDedup(_ corpus: Corpus, options: [String: String] = [:]) async throws -> (DedupResult, PassOutput) {
    let input = PassInput(corpus: corpus, options: PassOptions(pass: "dedup", values: options.mapValues { .string($0) }))
    let output = try await DedupPass().run(input)
    let result = try #require(output.result as? DedupResult)
    return (result, output)
}

import Testing
