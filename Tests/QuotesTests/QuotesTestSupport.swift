import BriefingCore
import Foundation
@testable import Quotes

/// Builds small corpora from texts written for these tests and runs the quotes pass on them.
enum QuotesFixture {
    /// Loads `files` (name → text) the way `briefing build` does.
    static func corpus(_ files: [String: String]) throws -> Corpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotes-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try CorpusLoader().load(folder: folder.path)
    }

    /// Runs the pass over `files` and returns its output.
    static func output(_ files: [String: String], options: [String: String] = [:],
                       duplicates: (any DuplicateFindings)? = nil) async throws -> PassOutput {
        let corpus = try corpus(files)
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

/// Dedup findings written by hand: given spans are boilerplate or repeats.
struct StubDuplicates: DuplicateFindings {
    var boilerplate: [String: [Span]] = [:]
    var repeats: [String: [Span]] = [:]

    func isBoilerplate(_ doc: String, _ span: Span) -> Bool { boilerplate[doc, default: []].contains { $0.contains(span) } }
    func isRepeat(_ doc: String, _ span: Span) -> Bool { repeats[doc, default: []].contains { $0.contains(span) } }
    var equivalentSentences: [[SentenceRef]] { [] }
    func encode(to encoder: Encoder) throws {}
}
