import BriefingCore

/// Renders a document's paragraphs as HTML with sentences and annotations marked.
///
/// Sentences and annotations may cross each other (a quote running over two sentences), so
/// the text is cut at every boundary and each piece is wrapped in the elements active over it;
/// an element that has to close early is reopened on the next piece without repeating its id.
public enum SourceHighlighter {
    /// One rendered paragraph.
    public struct Block: Sendable {
        /// The paragraph's HTML (inline content only).
        public var html: String
        /// Space-separated classes for the paragraph element.
        public var classes: String
        /// Tooltip for whole-paragraph annotations.
        public var note: String?
        /// Paragraph kind.
        public var heading: Bool
        /// 1-based line.
        public var line: Int
    }

    /// Renders all paragraphs of `document` with the annotations that fall inside them.
    public static func blocks(_ document: Document, annotations: [Annotation]) -> [Block] {
        let sorted = annotations.filter { $0.doc == document.id }.sorted { a, b in
            a.span != b.span ? a.span < b.span : a.kind < b.kind
        }
        var blocks: [Block] = []
        for paragraph in document.paragraphs {
            let whole = sorted.filter { $0.span.contains(paragraph.span) }
            let inner = sorted.filter { $0.span.overlaps(paragraph.span) && !$0.span.contains(paragraph.span) }
            let sentences = document.sentences.filter { $0.paragraph == paragraph.index }
            let html: String
            if document.format == .markdown && inner.isEmpty && paragraph.kind == .body {
                html = anchors(sentences) + inlineMarkdown(document.slice(paragraph.span))
            } else if document.format == .markdown && paragraph.kind == .heading {
                // An ATX heading shows its text, not its "#" marks.
                html = render(document.text, headingText(document.text, paragraph.span), sentences: sentences, annotations: inner)
            } else {
                html = render(document.text, paragraph.span, sentences: sentences, annotations: inner)
            }
            let classes = Array(Set(whole.map { "ann-" + cssName($0.kind) })).sorted()
            let note = whole.isEmpty ? nil : whole.map(\.label).joined(separator: " · ")
            blocks.append(Block(html: html, classes: classes.joined(separator: " "), note: note,
                                heading: paragraph.kind == .heading, line: paragraph.line))
        }
        return blocks
    }

    /// The span of a Markdown ATX heading without its opening and closing `#` marks.
    static func headingText(_ text: SourceText, _ span: Span) -> Span {
        var start = span.start
        var end = span.end
        while start < end, text.scalars[start] == "#" { start += 1 }
        while end > start, text.scalars[end - 1] == "#" { end -= 1 }
        return text.trimmed(Span(start, end))
    }

    /// Empty anchors for sentence starts, so citations can link into Markdown paragraphs too.
    static func anchors(_ sentences: [Sentence]) -> String {
        sentences.map { "<span id=\"\(SitePaths.anchor($0.span.start))\"></span>" }.joined()
    }

    /// cmark's HTML for one paragraph, without the wrapping `<p>` (the page supplies it).
    static func inlineMarkdown(_ text: String) -> String {
        var html = Markdown.html(text).trimmingSuffixNewlines()
        if html.hasPrefix("<p>") && html.hasSuffix("</p>") && html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// Plain text with nested sentence and annotation elements.
    static func render(_ text: SourceText, _ span: Span, sentences: [Sentence], annotations: [Annotation]) -> String {
        var cuts: Set<Int> = [span.start, span.end]
        let clamp = { (offset: Int) in min(span.end, max(span.start, offset)) }
        for s in sentences { cuts.insert(clamp(s.span.start)); cuts.insert(clamp(s.span.end)) }
        for a in annotations {
            cuts.insert(clamp(a.span.start))
            cuts.insert(clamp(a.span.end))
        }
        let points = cuts.sorted()
        var html = ""
        var openedSentence: Set<Int> = []
        var openedAnnotation: Set<Int> = []
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            let piece = HTML.escape(text.slice(Span(a, b)))
            var prefix = ""
            var suffix = ""
            if let s = sentences.firstIndex(where: { $0.span.start <= a && $0.span.end >= b }) {
                let first = openedSentence.insert(s).inserted
                let id = first ? " id=\"\(SitePaths.anchor(sentences[s].span.start))\"" : ""
                prefix += "<span class=\"sent\"\(id)>"
                suffix = "</span>" + suffix
            }
            for (index, annotation) in annotations.enumerated() where annotation.span.start <= a && annotation.span.end >= b {
                let first = openedAnnotation.insert(index).inserted
                var attributes = " class=\"ann ann-\(cssName(annotation.kind))\" title=\"\(HTML.escape(annotation.label))\""
                if first {
                    attributes += " tabindex=\"0\""
                    if let anchor = annotation.anchor { attributes += " id=\"\(HTML.escape(anchor))\"" }
                }
                prefix += "<mark\(attributes)>"
                suffix = "</mark>" + suffix
            }
            html += prefix + piece + suffix
        }
        return html
    }

    /// A CSS-safe class fragment from a pass-chosen kind.
    static func cssName(_ kind: String) -> String {
        String(kind.lowercased().unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-" })
    }
}

extension String {
    func trimmingSuffixNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
