import BriefingCore

/// What the stories pass adds to the site. For now its data file only: the front page and
/// the story pages read `data/stories.json` (issue 15, later items).
enum StoriesPresentation: PassPresentation {
    static func output(_ result: StoriesResult, corpus: Corpus, options: StoriesPass.Options) -> PassOutput {
        PassOutput(result: result)
    }
}
