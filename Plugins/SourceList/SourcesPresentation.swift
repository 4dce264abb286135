import BriefingCore

/// What the sources pass adds to the site: the masthead's count of sources. Its table is
/// rendered from `data/sources.json` itself, so it has no view of its own.
enum SourcesPresentation: PassPresentation {
    static func output(_ result: SourcesResult, corpus: Corpus, options: SourcesPass.Options) -> PassOutput {
        let count = result.documents.count
        return PassOutput(result: result, figures: [Figure(value: count, label: Wording.noun(count, "source"))])
    }
}
