/// Finds the paragraphs of a document body.
///
/// News files come in three shapes: blank-line separated paragraphs, one paragraph per line
/// (scraped pages), and hard-wrapped wire copy whose paragraphs start with an indented line.
/// A block between blank lines is therefore split into its lines unless its lines look
/// hard-wrapped, in which case they are joined and split only at indented lines.
public enum ParagraphSplitter {
    /// Paragraphs of `text` inside `body`; `titleSpan` (when inside the body) becomes a heading.
    public static func paragraphs(
        of text: SourceText, in body: Span, format: DocumentFormat, titleSpan: Span?
    ) -> [Paragraph] {
        let lines = text.lineSpans().enumerated().compactMap { index, span -> (number: Int, span: Span)? in
            guard span.end >= body.start, span.start <= body.end else { return nil }
            return (index + 1, Span(max(span.start, body.start), min(span.end, body.end)))
        }
        var blocks: [[(number: Int, span: Span)]] = []
        var current: [(number: Int, span: Span)] = []
        for line in lines {
            if text.trimmed(line.span).isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }

        let title = titleSpan.map(text.slice)
        var result: [Paragraph] = []
        func add(_ span: Span, line: Int, kind: Paragraph.Kind) {
            let trimmed = text.trimmed(span)
            guard !trimmed.isEmpty else { return }
            result.append(Paragraph(index: result.count, span: trimmed, line: line, kind: kind))
        }
        for block in blocks {
            if format == .markdown {
                splitMarkdown(block, text: text, add: add)
            } else if isHardWrapped(block, text: text) {
                var start = block[0]
                var last = block[0]
                for line in block.dropFirst() {
                    if startsIndented(line.span, text: text) {
                        add(Span(start.span.start, last.span.end), line: start.number, kind: .body)
                        start = line
                    }
                    last = line
                }
                add(Span(start.span.start, last.span.end), line: start.number, kind: .body)
            } else {
                for line in block {
                    let isTitle = title.map { text.slice(text.trimmed(line.span)) == $0 } ?? false
                    add(line.span, line: line.number, kind: isTitle ? .heading : .body)
                }
            }
        }
        return result
    }

    /// Markdown: a block is one paragraph, but ATX headings and list items stand alone.
    private static func splitMarkdown(
        _ block: [(number: Int, span: Span)], text: SourceText,
        add: (Span, Int, Paragraph.Kind) -> Void
    ) {
        var start: (number: Int, span: Span)?
        var last: (number: Int, span: Span)?
        func flush() {
            if let s = start, let l = last { add(Span(s.span.start, l.span.end), s.number, .body) }
            start = nil
            last = nil
        }
        for line in block {
            let trimmed = text.trimmed(line.span)
            let first = text.scalars[trimmed.start]
            if first == "#" {
                flush()
                add(line.span, line.number, .heading)
            } else if first == "-" || first == "*" || first == "+" || startsWithOrdinal(trimmed, text: text) {
                flush()
                start = line
                last = line
            } else {
                if start == nil { start = line }
                last = line
            }
        }
        flush()
    }

    private static func startsWithOrdinal(_ span: Span, text: SourceText) -> Bool {
        var i = span.start
        while i < span.end, ("0"..."9").contains(text.scalars[i]) { i += 1 }
        return i > span.start && i + 1 < span.end && (text.scalars[i] == "." || text.scalars[i] == ")")
            && text.scalars[i + 1] == " "
    }

    /// Wire copy wrapped at a fixed column: most lines but the last are long and of similar length.
    static func isHardWrapped(_ block: [(number: Int, span: Span)], text: SourceText) -> Bool {
        guard block.count >= 3 else { return false }
        let widths = block.dropLast().map { $0.span.length }
        let longest = widths.max() ?? 0
        guard longest >= 40, longest <= 100 else { return false }
        let near = widths.filter { $0 >= longest - 25 }.count
        return Double(near) >= 0.75 * Double(widths.count)
    }

    private static func startsIndented(_ span: Span, text: SourceText) -> Bool {
        span.start < span.end && (text.scalars[span.start] == " " || text.scalars[span.start] == "\t")
    }
}
