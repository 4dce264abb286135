import BriefingCore

/// The longest sentence of each document: the compiled-plugin example of docs/plugins.md.
/// To ship it, copy it to Plugins/Longest/, add "Longest" to `builtInPasses` in Package.swift
/// and `LongestSentencesPass()` to Sources/briefing/BuiltInPasses.swift.
public struct LongestSentencesPass: ConfigurablePass {
    public let id = "longest"
    public let summary = "The longest sentence of each document."
    public let dependencies: [String] = []

    public init() {}

    /// `passes.longest` in briefing.yml: each property is an option (key in snake_case), with
    /// its default; a misspelt key or a bad value is reported by `briefing check`.
    public struct Options: PassOptionsDeclaration {
        /// Sentences shorter than this many characters are not reported.
        var minLength = 0

        public init() {}

        public func validate() throws {
            try require(minLength >= 0, "min_length", minLength, "a whole number of at least 0")
        }
    }

    /// `data/longest.json`: one row per document.
    public struct Result: PassResult {
        public var documents: [Row]
    }

    /// A document's longest sentence, with its offsets for linking and highlighting.
    public struct Row: Codable, Sendable {
        public var doc: String
        public var start: Int
        public var end: Int
        public var text: String
    }

    public func run(_ input: PassInput) async throws -> PassOutput {
        let limit = try options(input).minLength
        var rows: [Row] = []
        for document in input.corpus.documents {
            guard let longest = document.sentences.max(by: { $0.span.length < $1.span.length }),
                  longest.span.length >= limit else { continue }
            rows.append(Row(doc: document.id, start: longest.span.start, end: longest.span.end,
                            text: document.slice(longest.span)))
        }
        let highlights = rows.map {
            Annotation(doc: $0.doc, span: Span($0.start, $0.end), kind: "longest", label: "longest sentence")
        }
        return PassOutput(result: Result(documents: rows), annotations: highlights)
    }
}
