/// What a pass returns: its result and what it adds to the site.
///
/// The result is the data contract (`data/<id>.json`); annotations and charts are neutral
/// descriptions the site layer renders, so a pass never produces HTML.
public struct PassOutput: Sendable {
    /// The result, written to `data/<id>.json`, handed to later passes and to templates.
    public var result: any PassResult
    /// Spans to highlight in source pages (quotes, dates, duplicates).
    public var annotations: [Annotation]
    /// Charts for the pass's page and index section, by name (`{{{charts.NAME}}}` in templates).
    public var charts: [String: Chart]
    /// Headline figures for the masthead ("19 dated events").
    public var figures: [Figure]
    /// Extra, display-shaped data for the pass's templates (`{{#view}}`), kept out of the data file.
    public var view: (any Encodable & Sendable)?
    /// What each annotation kind means, for the legend of source pages ("quote": "Quotation").
    public var legend: [String: String] = [:]

    /// Creates an output.
    public init(result: any PassResult, annotations: [Annotation] = [], charts: [String: Chart] = [:], figures: [Figure] = [],
                view: (any Encodable & Sendable)? = nil) {
        self.result = result
        self.annotations = annotations
        self.charts = charts
        self.figures = figures
        self.view = view
    }
}

/// A span of a source document that a pass wants the reader to see highlighted.
public struct Annotation: Sendable, Hashable, Codable {
    /// Document id.
    public var doc: String
    /// What is highlighted.
    public var span: Span
    /// A CSS-friendly class: `quote`, `timex`, `boilerplate`, `repeat`…
    public var kind: String
    /// Shown on hover and focus: the speaker, the normalised date, "also in …".
    public var label: String
    /// An optional anchor id so other pages can link to this span.
    public var anchor: String?

    /// Creates an annotation.
    public init(doc: String, span: Span, kind: String, label: String, anchor: String? = nil) {
        self.doc = doc
        self.span = span
        self.kind = kind
        self.label = label
        self.anchor = anchor
    }
}

/// A number worth a place in the masthead line.
public struct Figure: Sendable, Hashable, Codable {
    /// The count.
    public var value: Int
    /// What it counts, already in the right number ("dated events").
    public var label: String

    /// Creates a figure.
    public init(value: Int, label: String) {
        self.value = value
        self.label = label
    }

    private enum CodingKeys: String, CodingKey { case value, label }

    /// Decodes a figure, saying which value is not a whole number (plugins print JSON numbers;
    /// Foundation reports `7.5` for an `Int` as "not valid JSON" without a path).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        let number = try container.decode(Double.self, forKey: .value)
        guard number.rounded() == number, abs(number) < 1e15 else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: container,
                                                   debugDescription: "\(number) is not a whole number; a figure counts something")
        }
        value = Int(number)
    }
}
