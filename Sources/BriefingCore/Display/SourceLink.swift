/// A link to a source document as every page shows it: its `displayTitle`, its outlet, and
/// its page (or a place in it). Views of all passes use it, so one article has one name.
public struct SourceLink: Encodable, Sendable, Hashable {
    /// Document id.
    public var doc: String
    /// `Document.displayTitle`.
    public var title: String
    /// The outlet, when known.
    public var outlet: String?
    /// The source page, or the anchor of a sentence or span in it, from the site root.
    public var link: String

    /// A link to `document`'s page, or to the span starting at `offset` in it.
    public init(_ document: Document, offset: Int? = nil) {
        self.init(doc: document.id, title: document.displayTitle, outlet: document.source,
                  link: offset.map { SitePaths.link(document.id, offset: $0) } ?? SitePaths.sourcePage(document.id))
    }

    /// A link to the document `doc` of `corpus` (its id as title when it is not there).
    public init(_ doc: String, in documents: [String: Document], offset: Int? = nil) {
        if let document = documents[doc] {
            self.init(document, offset: offset)
        } else {
            self.init(doc: doc, title: doc, outlet: nil,
                      link: offset.map { SitePaths.link(doc, offset: $0) } ?? SitePaths.sourcePage(doc))
        }
    }

    /// A link with every field given.
    public init(doc: String, title: String, outlet: String? = nil, link: String) {
        self.doc = doc
        self.title = title
        self.outlet = outlet
        self.link = link
    }
}

/// A sentence (or passage) with a link to its place in its source page.
public struct LinkedSentence: Encodable, Sendable, Hashable {
    /// The text as shown.
    public var text: String
    /// Link from the site root to its anchor.
    public var link: String

    /// Creates a linked sentence.
    public init(text: String, link: String) {
        self.text = text
        self.link = link
    }

    /// The span of `document` starting at `span.start`, linked to its sentence anchor.
    public init(_ document: Document, _ span: Span, text: String? = nil) {
        self.init(text: text ?? document.slice(span), link: SitePaths.link(document.id, offset: span.start))
    }
}
