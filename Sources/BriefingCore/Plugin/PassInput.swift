import Logging

/// Everything a pass may read: the corpus, its dependencies' results, its options, a logger.
public struct PassInput: Sendable {
    /// The documents, immutable and shared by all passes.
    public let corpus: Corpus
    /// Results of the passes listed in `dependencies` (and nothing else).
    public let results: PassResults
    /// The pass's section of `passes:` in briefing.yml.
    public let options: PassOptions
    /// Corpus-wide settings passes may need (reference date, title).
    public let settings: BuildSettings
    /// Logger labelled with the pass id.
    public let logger: Logger

    /// Creates an input; the pipeline does this, tests may too.
    public init(corpus: Corpus, results: PassResults = PassResults(), options: PassOptions = PassOptions(),
                settings: BuildSettings = BuildSettings(), logger: Logger = Logger(label: "briefing")) {
        self.corpus = corpus
        self.results = results
        self.options = options
        self.settings = settings
        self.logger = logger
    }
}

/// Corpus-wide settings from briefing.yml that analysis may depend on.
public struct BuildSettings: Sendable, Hashable {
    /// The anchor for relative dates in documents without a date of their own.
    public var referenceDate: CalendarDate?
    /// The story's title, when configured.
    public var title: String?

    /// Creates settings.
    public init(referenceDate: CalendarDate? = nil, title: String? = nil) {
        self.referenceDate = referenceDate
        self.title = title
    }
}
