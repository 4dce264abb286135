/// What a pass shows, apart from what it finds: every built-in pass has one
/// `<Pass>Presentation` that turns its result, the corpus and its options into the
/// `PassOutput` the site renders (highlights, figures, charts, legend and the view for its
/// templates, whose types live in `<Pass>View.swift`). The analysis returns only its result.
public protocol PassPresentation {
    /// The pass's result (its `data/<id>.json`).
    associatedtype Result: PassResult
    /// The pass's options.
    associatedtype Options
    /// The result with everything the site needs to show it.
    static func output(_ result: Result, corpus: Corpus, options: Options) async -> PassOutput
}
