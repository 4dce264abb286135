import BriefingCore

/// The built-in `quotes` pass: every direct quotation, attributed to a canonical speaker and
/// grouped when several sources carry the same words.
///
/// Reads dedup's findings when present (to skip boilerplate and mark repeated passages) and
/// works without them.
public struct QuotesPass: AnalysisPass {
    public let id = "quotes"
    public let summary = "Direct quotations with their speakers, merged across sources"
    public let dependencies = ["dedup"]

    /// Option keys this pass understands.
    static let knownOptions = ["terms", "partials", "key_quotes", "chart_speakers", "attribution_model"]

    /// Declared so that `briefing build` rejects unknown keys before any work.
    public var optionKeys: [String]? { Self.knownOptions }

    /// Creates the pass.
    public init() {}

    public func run(_ input: PassInput) async throws -> PassOutput {
        for key in input.options.values.keys where !Self.knownOptions.contains(key) {
            throw PassError.unknownOption(pass: id, key: key, valid: Self.knownOptions)
        }
        let settings = QuotesSettings(
            includeTerms: try input.options.bool("terms", default: true),
            includePartials: try input.options.bool("partials", default: true),
            keyQuotes: try input.options.int("key_quotes", default: 5),
            chartSpeakers: try input.options.int("chart_speakers", default: 15))
        // Another attribution model (JSON from Benchmarks/quotes/train.py), e.g. one fold's model
        // in cross-validation; by default the weights trained on PolNeAR that ship with briefing.
        let model = try input.options.string("attribution_model", default: nil).map { path throws(AttributionModelError) in
            try AttributionModel.load(path: path)
        } ?? .trained
        let analyses = await Self.analyzeAll(input.corpus.documents, duplicates: input.results.duplicates, model: model)
        let result = QuotesBuilder.build(analyses: analyses, corpus: input.corpus, settings: settings)
        return QuotesPresentation.output(result, corpus: input.corpus, settings: settings)
    }

    /// Analyses documents in parallel chunks; order is kept.
    static func analyzeAll(_ documents: [Document], duplicates: (any DuplicateFindings)?,
                           model: AttributionModel = .trained) async -> [DocumentAnalysis] {
        let chunkCount = max(1, min(8, documents.count / 64))
        if chunkCount == 1 { return documents.map { DocumentAnalyzer.analyze($0, duplicates: duplicates, model: model) } }
        let size = (documents.count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, [DocumentAnalysis]).self) { group in
            for c in 0..<chunkCount {
                let slice = Array(documents[min(documents.count, c * size)..<min(documents.count, (c + 1) * size)])
                group.addTask { (c, slice.map { DocumentAnalyzer.analyze($0, duplicates: duplicates, model: model) }) }
            }
            var parts: [(Int, [DocumentAnalysis])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}

/// The pass's options, read once.
struct QuotesSettings: Sendable {
    /// Keep titles and scare quotes (kind `term`) in `quotes[]`.
    var includeTerms = true
    /// Keep fragments quoted inside the writer's own sentence (kind `partial`) in `quotes[]`.
    var includePartials = true
    /// How many key quotes the index shows.
    var keyQuotes = 5
    /// How many speakers the chart shows.
    var chartSpeakers = 15
}
