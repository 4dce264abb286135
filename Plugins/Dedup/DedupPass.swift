import BriefingCore

/// The built-in `dedup` pass: which articles are copies or rewrites of one another, which
/// paragraphs repeat inside an article, which lines are cruft, and what each source adds.
///
/// It runs first (no dependencies); summary, quotes and timeline read its findings through
/// `DuplicateFindings` so that a fact is counted once and cruft is ignored. Options are
/// documented on `Options`; the analysis on `DedupAnalysis`.
public struct DedupPass: ConfigurablePass {
    public let id = "dedup"
    /// Readers ask "which sources are copies?", not about deduplication.
    public let title = "Copies"
    public let summary = "near-duplicate articles, repeated paragraphs, boilerplate and what each source adds"
    public let dependencies: [String] = []

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try self.options(input)
        let documents = input.corpus.documents
        let logger = input.logger
        var analysis = DedupAnalysis(options: options)
        analysis.log = { logger.debug("\($0)") }
        analysis.warn = { logger.warning("\($0)") }
        let result = await analysis.run(documents)
        input.logger.debug("dedup: \(documents.count) documents, \(result.parameters.candidatePairCount) LSH candidate pairs, \(result.clusters.count) clusters")
        return await DedupPresentation.output(result, corpus: input.corpus, options: options)
    }
}
