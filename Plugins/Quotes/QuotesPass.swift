import BriefingCore

/// The built-in `quotes` pass: every direct quotation, attributed to a canonical speaker and
/// grouped when several sources carry the same words.
///
/// Reads dedup's findings when present (to skip boilerplate and mark repeated passages) and
/// works without them.
public struct QuotesPass: ConfigurablePass {
    public let id = "quotes"
    public let summary = "Direct quotations with their speakers, merged across sources"
    public let dependencies = ["dedup"]

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try self.options(input)
        // Another attribution model (JSON from Benchmarks/quotes/train.py), e.g. one fold's model
        // in cross-validation; by default the weights trained on PolNeAR that ship with briefing.
        let model = try options.attributionModel.map { path throws(AttributionModelError) in try AttributionModel.load(path: path) } ?? .trained
        let analyses = await Self.analyzeAll(input.corpus.documents, duplicates: input.results.duplicates, model: model)
        let logger = input.logger
        let result = QuotesBuilder.build(analyses: analyses, corpus: input.corpus, options: options) { logger.warning("\($0)") }
        return QuotesPresentation.output(result, corpus: input.corpus, options: options)
    }

    /// Analyses documents on all cores; order is kept.
    static func analyzeAll(_ documents: [Document], duplicates: (any DuplicateFindings)?,
                           model: AttributionModel = .trained) async -> [DocumentAnalysis] {
        Parallel.map(documents, minimumCount: 128) { DocumentAnalyzer.analyze($0, duplicates: duplicates, model: model) }
    }
}
