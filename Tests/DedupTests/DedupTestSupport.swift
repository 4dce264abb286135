import BriefingCore
import Testing
@testable import Dedup

/// Runs the pass on a corpus and returns its result.
func runDedup(_ corpus: Corpus, options: [String: String] = [:]) async throws -> (DedupResult, PassOutput) {
    let input = PassInput(corpus: corpus, options: PassOptions(pass: "dedup", values: options.mapValues { .string($0) }))
    let output = try await DedupPass().run(input)
    let result = try #require(output.result as? DedupResult)
    return (result, output)
}

import Testing

/// 1-based line numbers of the lines of `text` that equal `line`.
func lines(of line: String, in text: String) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .filter { $0.element == line }.map { $0.offset + 1 }
}
