import BriefingCore

/// The built-in `summary` pass: the briefing's lead, a multi-document extractive summary in
/// which every sentence cites every source that carries it, plus a short summary per source.
///
/// Depends on `dedup` to skip boilerplate and repeated blocks and to credit equivalent
/// sentences; works without it (own repeat detection and citation search).
public struct SummaryPass: ConfigurablePass {
    /// "summary": data/summary.json, summary.html, the index's lead.
    public let id = "summary"
    /// One line for `briefing plugins`.
    public let summary = "Multi-document summary with citations to every source, and a summary per document"
    /// Reads dedup's boilerplate, repeats and equivalent sentences.
    public let dependencies = ["dedup"]
    /// Navigation and page heading.
    public let title = "Summary"

    /// Creates the pass.
    public init() {}

    /// Summarises the corpus with the options of `passes.summary`.
    public func run(_ input: PassInput) async throws -> PassOutput {
        let options = try self.options(input)
        let result = Summarizer(options: options).run(input.corpus, duplicates: input.results.duplicates)
        input.logger.debug("summary: \(result.sentences.count) sentences")
        return SummaryPresentation.output(result, corpus: input.corpus, options: options)
    }
}
