/// An analysis over the corpus whose result becomes `data/<id>.json` and a part of the site.
///
/// Passes are the unit of extension: built-in ones are Swift targets under `Plugins/`,
/// external ones are programs run through `ExternalPass`. A pass never renders HTML; it
/// returns a typed result and, optionally, span annotations and charts that the site layer
/// turns into pages.
public protocol AnalysisPass: Sendable {
    /// Stable name: the data file, the template and the config key all use it.
    var id: String { get }
    /// The pass's name in navigation and headings ("Quotes", "Timeline").
    var title: String { get }
    /// One line for `briefing plugins`.
    var summary: String { get }
    /// Ids of passes whose results this one reads; they run first.
    var dependencies: [String] { get }
    /// The option keys the pass understands, so a misspelt key in briefing.yml is reported;
    /// nil accepts any key.
    var optionKeys: [String]? { get }
    /// Analyses the corpus. Runs concurrently with independent passes.
    func run(_ input: PassInput) async throws -> PassOutput
}

extension AnalysisPass {
    /// The pass's name in navigation and headings; defaults to its id, capitalised.
    public var title: String { id.prefix(1).uppercased() + id.dropFirst() }

    /// By default a pass does not declare its options, and any key is passed through.
    public var optionKeys: [String]? { nil }
}
