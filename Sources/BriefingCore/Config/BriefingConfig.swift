/// The optional `briefing.yml` of a project.
///
/// Every field is optional; command-line flags override them. Unknown keys are errors, because
/// a misspelt key silently ignored is a setting the user believes is in force.
public struct BriefingConfig: Sendable, Hashable {
    /// The story's title for the masthead.
    public var title: String?
    /// The corpus folder, relative to the config file.
    public var corpus: String?
    /// The output folder, relative to the config file.
    public var output: String?
    /// The URL the site will be served from, for absolute links and feeds.
    public var baseURL: String?
    /// The anchor for relative dates in documents without their own date.
    public var referenceDate: CalendarDate?
    /// Per-pass options by pass id.
    public var passes: [String: PassOptions]
    /// Folders of external plugins, relative to the config file.
    public var plugins: [String]
    /// Pass ids in the order their sections appear on the index; nil: the default order.
    public var sections: [String]?

    /// Top-level keys the file may hold.
    public static let validKeys = ["base_url", "corpus", "output", "passes", "plugins", "reference_date", "sections", "title"]

    /// Creates a config.
    public init(title: String? = nil, corpus: String? = nil, output: String? = nil, baseURL: String? = nil,
                referenceDate: CalendarDate? = nil, passes: [String: PassOptions] = [:], plugins: [String] = [],
                sections: [String]? = nil) {
        self.title = title
        self.corpus = corpus
        self.output = output
        self.baseURL = baseURL
        self.referenceDate = referenceDate
        self.passes = passes
        self.plugins = plugins
        self.sections = sections
    }
}
