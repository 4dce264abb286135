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
        // Paragraphs, sentences and annotations are all in text order: one sweep hands each
        // paragraph its own, so a document of a million sentences is not scanned per paragraph.
        let touching = annotationsByParagraph(document.paragraphs, sorted)
        var firstSentence = 0
        for (position, paragraph) in document.paragraphs.enumerated() {
            let touched = touching[position].map { sorted[$0] }
            let whole = touched.filter { $0.span.contains(paragraph.span) }
            let inner = touched.filter { $0.span.overlaps(paragraph.span) && !$0.span.contains(paragraph.span) }
            while firstSentence < document.sentences.count, document.sentences[firstSentence].paragraph < paragraph.index {
                firstSentence += 1
            }
            var lastSentence = firstSentence
            while lastSentence < document.sentences.count, document.sentences[lastSentence].paragraph == paragraph.index {
                lastSentence += 1
            }
            let sentences = Array(document.sentences[firstSentence..<lastSentence])
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

    /// For each paragraph (by index), the positions in `sorted` of the annotations that contain
    /// or overlap it (zero-length ones included, as `contains` counts them), in sorted order.
    /// Each annotation is placed by binary search, so the cost is the annotations times the
    /// paragraphs each one touches.
    static func annotationsByParagraph(_ paragraphs: [Paragraph], _ sorted: [Annotation]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: paragraphs.count)
        for (k, annotation) in sorted.enumerated() {
            // First paragraph whose end is past the annotation's start (or touches it).
            var low = 0, high = paragraphs.count
            while low < high {
                let mid = (low + high) / 2
                if paragraphs[mid].span.end < annotation.span.start { low = mid + 1 } else { high = mid }
            }
            var p = low
            while p < paragraphs.count, paragraphs[p].span.start <= annotation.span.end {
                let span = paragraphs[p].span
                if annotation.span.contains(span) || annotation.span.overlaps(span) { result[p].append(k) }
                p += 1
            }
        }
        return result
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
        // Pieces come in text order, so the sentences and annotations over each are found by
        // sweeping: `active` holds, in order, the annotations started and not yet ended.
        var nextAnnotation = 0
        var active: [Int] = []
        var sentence = 0
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            let piece = HTML.escape(text.slice(Span(a, b)))
            var prefix = ""
            var suffix = ""
            // Sentences are ordered and do not overlap: the first covering one is at or after
            // the first that has not ended before this piece.
            while sentence < sentences.count, sentences[sentence].span.end < b { sentence += 1 }
            if sentence < sentences.count, sentences[sentence].span.start <= a {
                let s = sentence
                let first = openedSentence.insert(s).inserted
                let id = first ? " id=\"\(SitePaths.anchor(sentences[s].span.start))\"" : ""
                prefix += "<span class=\"sent\"\(id)>"
                suffix = "</span>" + suffix
            }
            while nextAnnotation < annotations.count, annotations[nextAnnotation].span.start <= a {
                active.append(nextAnnotation)
                nextAnnotation += 1
            }
            active.removeAll { annotations[$0].span.end < b }
            for index in active {
                let annotation = annotations[index]
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
