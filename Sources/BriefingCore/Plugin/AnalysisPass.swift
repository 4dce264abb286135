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
    /// Checks the pass's options exactly as `run` will read them, so that `briefing check`
    /// reports every problem `build` would hit, before any work.
    func validate(_ options: PassOptions) throws
    /// Analyses the corpus. Runs concurrently with independent passes.
    func run(_ input: PassInput) async throws -> PassOutput
}

extension AnalysisPass {
    /// The pass's name in navigation and headings; defaults to its id, capitalised.
    public var title: String { id.prefix(1).uppercased() + id.dropFirst() }

    /// By default a pass does not declare its options, and any key is passed through.
    public var optionKeys: [String]? { nil }

    /// Rejects keys outside `optionKeys` when the pass declares them.
    public func validate(_ options: PassOptions) throws {
        if let valid = optionKeys { try options.checkKeys(valid) }
    }
}

/// A pass whose options are data: a `PassOptionsDeclaration` struct with defaults. Its valid
/// keys, type checks and range checks all come from that one type, so `check`, `build` and
/// `run` cannot disagree about them.
public protocol ConfigurablePass: AnalysisPass {
    /// The pass's options (`passes.<id>` in briefing.yml).
    associatedtype Options: PassOptionsDeclaration
}

extension ConfigurablePass {
    /// The keys of `Options`, in declaration order.
    public var optionKeys: [String]? { Options.keys }

    /// Reads the options as `Options`, so every problem surfaces here.
    public func validate(_ options: PassOptions) throws {
        _ = try options.decode(Options.self)
    }

    /// The pass's options from its input, typed and checked.
    public func options(_ input: PassInput) throws -> Options {
        try input.options.decode(Options.self)
    }
}
