import BriefingCore
@testable import Quotes
import BriefingTestSupport

/// Builds small corpora from texts written for these tests and runs the quotes pass on them.
enum QuotesFixture {
    /// Runs the pass over `files` and returns its output.
    static func output(_ files: [String: String], options: [String: String] = [:],
                       duplicates: (any DuplicateFindings)? = nil) async throws -> PassOutput {
        let corpus = try loadCorpus(files)
        var results = PassResults()
        if let duplicates { results.set(duplicates, for: "dedup") }
        let values = options.mapValues { OptionValue.string($0) }
        return try await QuotesPass().run(PassInput(corpus: corpus, results: results, options: PassOptions(pass: "quotes", values: values)))
    }

    /// Runs the pass over `files` and returns its result.
    static func result(_ files: [String: String], options: [String: String] = [:],
                       duplicates: (any DuplicateFindings)? = nil) async throws -> QuotesResult {
        try await output(files, options: options, duplicates: duplicates).result as! QuotesResult
    }

    /// The quotes of one article headed "Harbour talks" with `paragraphs`.
    static func harbour(_ paragraphs: [String]) async throws -> QuotesResult {
        try await result(["a.txt": (["Harbour talks"] + paragraphs).joined(separator: "\n\n")])
    }

    /// One article: a headline and paragraphs separated by blank lines.
    static func article(_ headline: String, _ paragraphs: String...) -> String {
        ([headline] + paragraphs).joined(separator: "\n\n") + "\n"
    }
}

extension QuotesResult {
    /// The first quote whose words contain `words`.
    func quote(_ words: String) -> Quote? { quotes.first { $0.text.contains(words) } }
}
