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
        let analyses = await Self.analyzeAll(input.corpus.documents, duplicates: input.results.duplicates)
        let result = QuotesBuilder.build(analyses: analyses, corpus: input.corpus, options: options)
        return QuotesPresentation.output(result, corpus: input.corpus, options: options)
    }

    /// Analyses documents in parallel chunks; order is kept.
    static func analyzeAll(_ documents: [Document], duplicates: (any DuplicateFindings)?) async -> [DocumentAnalysis] {
        let chunkCount = max(1, min(8, documents.count / 64))
        if chunkCount == 1 { return documents.map { DocumentAnalyzer.analyze($0, duplicates: duplicates) } }
        let size = (documents.count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, [DocumentAnalysis]).self) { group in
            for c in 0..<chunkCount {
                let slice = Array(documents[min(documents.count, c * size)..<min(documents.count, (c + 1) * size)])
                group.addTask { (c, slice.map { DocumentAnalyzer.analyze($0, duplicates: duplicates) }) }
            }
            var parts: [(Int, [DocumentAnalysis])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
