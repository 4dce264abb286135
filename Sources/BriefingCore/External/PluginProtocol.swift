/// The JSON documents exchanged with external plugins (protocol version 1).
///
/// Documented with its JSON Schema in docs/plugins.md; a plugin reads `PluginInput` on stdin
/// and prints `PluginOutput` on stdout.
public enum PluginProtocol {
    /// Versions this binary speaks.
    public static let supported = [1]
}

/// What a plugin receives on stdin.
public struct PluginInput: Codable, Sendable, Equatable {
    /// Protocol version.
    public var `protocol`: Int
    /// The plugin's id.
    public var plugin: String
    /// The documents.
    public var corpus: Corpus
    /// Results of the declared dependencies, by pass id, as in `data/<id>.json`.
    public var results: [String: JSONValue]
    /// Options: plugin.yml defaults overridden by briefing.yml.
    public var options: [String: OptionValue]
    /// Corpus-wide settings.
    public var settings: Settings

    /// The corpus as plugins see it.
    public struct Corpus: Codable, Sendable, Equatable {
        /// Documents in corpus order.
        public var documents: [Document]
    }

    /// One document with its text and structure; offsets are Unicode-scalar offsets into `text`.
    public struct Document: Codable, Sendable, Equatable {
        /// Document id (path relative to the corpus, `#record` for JSON).
        public var id: String
        public var path: String
        public var format: String
        public var title: String?
        public var displayTitle: String
        public var source: String?
        public var url: String?
        public var author: String?
        public var date: String?
        public var metadata: [String: String]
        public var text: String
        public var page: String
        public var paragraphs: [Block]
        public var sentences: [Block]

        enum CodingKeys: String, CodingKey {
            case id, path, format, title, source, url, author, date, metadata, text, page, paragraphs, sentences
            case displayTitle = "display_title"
        }
    }

    /// A paragraph (with line and kind) or a sentence (with paragraph index).
    public struct Block: Codable, Sendable, Equatable {
        /// First scalar.
        public var start: Int
        public var end: Int
        public var line: Int?
        public var kind: String?
        public var paragraph: Int?
    }

    /// Settings from briefing.yml.
    public struct Settings: Codable, Sendable, Equatable {
        /// `reference_date` from briefing.yml.
        public var referenceDate: String?
        public var title: String?

        enum CodingKeys: String, CodingKey {
            case referenceDate = "reference_date"
            case title
        }
    }
}

extension PluginInput {
    /// Builds the input of a plugin from the corpus and its dependencies' results.
    public init(plugin: String, corpus: BriefingCore.Corpus, results: [String: JSONValue], options: [String: OptionValue], settings: BuildSettings) {
        self.protocol = PluginProtocol.supported.last!
        self.plugin = plugin
        self.corpus = Corpus(documents: corpus.documents.map { document in
            Document(
                id: document.id, path: document.path, format: document.format.rawValue, title: document.title,
                displayTitle: document.displayTitle,
                source: document.source, url: document.url, author: document.author, date: document.date,
                metadata: document.metadata, text: document.text.string, page: SitePaths.sourcePage(document.id),
                paragraphs: document.paragraphs.map { Block(start: $0.span.start, end: $0.span.end, line: $0.line, kind: $0.kind.rawValue, paragraph: nil) },
                sentences: document.sentences.map { Block(start: $0.span.start, end: $0.span.end, line: nil, kind: nil, paragraph: $0.paragraph) })
        })
        self.results = results
        self.options = options
        self.settings = Settings(referenceDate: settings.referenceDate?.description, title: settings.title)
    }
}

/// What a plugin prints on stdout.
public struct PluginOutput: Codable, Sendable, Equatable {
    /// The result: written to `data/<id>.json` and handed to its templates as `data`.
    public var data: JSONValue
    /// Spans to highlight in source pages.
    public var annotations: [PluginAnnotation]?
    /// Figures for the masthead.
    public var figures: [Figure]?
    /// Extra display data for templates (`view`).
    public var view: JSONValue?

    /// Creates an output.
    public init(data: JSONValue, annotations: [PluginAnnotation]? = nil, figures: [Figure]? = nil, view: JSONValue? = nil) {
        self.data = data
        self.annotations = annotations
        self.figures = figures
        self.view = view
    }
}

/// A highlight requested by a plugin.
public struct PluginAnnotation: Codable, Sendable, Equatable {
    /// Document id.
    public var doc: String
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// CSS class suffix (`ann-<kind>`).
    public var kind: String
    /// Tooltip text.
    public var label: String

    /// Creates an annotation.
    public init(doc: String, start: Int, end: Int, kind: String, label: String) {
        self.doc = doc
        self.start = start
        self.end = end
        self.kind = kind
        self.label = label
    }
}
