/// Finds the paragraphs of a document body.
///
/// News files come in several shapes, and a block between blank lines is read according to
/// what its lines look like:
/// - **wire copy with indented paragraph starts** (some lines after the first indented, others
///   not): lines are joined, and a new paragraph starts at each indented line;
/// - **hard-wrapped text** (most lines long and of similar width): lines are joined, and a
///   paragraph ends after a line that ends a sentence although the next line's first word
///   would have fitted on it;
/// - **one paragraph per line** (scraped pages): each line is a paragraph, except that a line
///   ending mid-sentence is joined with a next line starting in lower case;
/// - **Markdown**: a block is one paragraph, but ATX and setext headings and list items stand
///   alone, and thematic breaks are dropped.
/// The title line (and any repeat of it) is a heading.
public enum ParagraphSplitter {
    typealias Line = (number: Int, span: Span)

    /// Paragraphs of `text` inside `body`; `titleSpan` (when inside the body) becomes a heading.
    public static func paragraphs(
        of text: SourceText, in body: Span, format: DocumentFormat, titleSpan: Span?
    ) -> [Paragraph] {
        let lines = text.lineSpans().enumerated().compactMap { index, span -> Line? in
            guard span.end >= body.start, span.start <= body.end else { return nil }
            return (index + 1, Span(max(span.start, body.start), min(span.end, body.end)))
        }
        var blocks: [[Line]] = []
        var current: [Line] = []
        var inFence = false
        for line in lines {
            if format == .markdown, isFence(text.slice(text.trimmed(line.span))) { inFence.toggle() }
            // Blank lines inside a Markdown code fence do not end the block.
            if text.trimmed(line.span).isEmpty, !inFence {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }

        let title = titleSpan.map { text.slice(text.trimmed($0)) }
        var result: [Paragraph] = []
        func add(_ span: Span, line: Int, kind: Paragraph.Kind) {
            let trimmed = text.trimmed(span)
            guard !trimmed.isEmpty else { return }
            result.append(Paragraph(index: result.count, span: trimmed, line: line, kind: kind))
        }
        func isTitle(_ line: Line) -> Bool {
            title.map { text.slice(text.trimmed(line.span)) == $0 } ?? false
        }
        for block in blocks {
            if format == .markdown {
                splitMarkdown(block, text: text, add: add)
                continue
            }
            // The title line stands alone whatever the shape of the rest of its block.
            var rest = block[...]
            while let first = rest.first, isTitle(first) {
                add(first.span, line: first.number, kind: .heading)
                rest = rest.dropFirst()
            }
            let lines = Array(rest)
            guard !lines.isEmpty else { continue }
            for group in group(lines, text: text, isTitle: isTitle) {
                let kind: Paragraph.Kind = group.count == 1 && isTitle(group[0]) ? .heading : .body
                add(Span(group[0].span.start, group[group.count - 1].span.end), line: group[0].number, kind: kind)
            }
        }
        return result
    }

    /// Groups the lines of a plain-text block into paragraphs.
    static func group(_ block: [Line], text: SourceText, isTitle: (Line) -> Bool) -> [[Line]] {
        var groups: [[Line]] = []
        if hasIndentedStarts(block, text: text) {
            for line in block {
                if groups.isEmpty || startsIndented(line.span, text: text) || isTitle(line) {
                    groups.append([line])
                } else {
                    groups[groups.count - 1].append(line)
                }
            }
        } else if isHardWrapped(block, text: text) {
            let width = block.map { text.trimmed($0.span).length }.max() ?? 0
            var previousEnds = true
            for (index, line) in block.enumerated() {
                if previousEnds || isTitle(line) {
                    groups.append([line])
                } else {
                    groups[groups.count - 1].append(line)
                }
                // A line that ends a sentence although the next line's first word would have
                // fitted after it was ended on purpose: the paragraph ends there.
                let trimmed = text.trimmed(line.span)
                if index + 1 < block.count {
                    let next = text.trimmed(block[index + 1].span)
                    var firstWord = 0
                    while next.start + firstWord < next.end, !CharacterClass.isSpace(text.scalars[next.start + firstWord]) {
                        firstWord += 1
                    }
                    previousEnds = endsSentence(trimmed, text: text) && trimmed.length + 1 + firstWord <= width
                }
            }
        } else {
            for line in block {
                if let last = groups.last?.last, !isTitle(last), !isTitle(line),
                   continues(last.span, with: line.span, text: text) {
                    groups[groups.count - 1].append(line)
                } else {
                    groups.append([line])
                }
            }
        }
        return groups
    }

    /// A line that stops mid-sentence followed by one that starts in lower case is one paragraph.
    static func continues(_ previous: Span, with next: Span, text: SourceText) -> Bool {
        let a = text.trimmed(previous)
        let b = text.trimmed(next)
        guard !a.isEmpty, !b.isEmpty, !endsSentence(a, text: text) else { return false }
        let last = text.scalars[a.end - 1]
        if last == ":" || last == ";" { return false }
        let first = text.scalars[b.start]
        return CharacterClass.isLower(first)
    }

    /// Whether a line ends with sentence-final punctuation (possibly inside quotes or brackets).
    static func endsSentence(_ span: Span, text: SourceText) -> Bool {
        var last = span.end - 1
        while last > span.start, SentenceSplitter.isClosing(text.scalars[last]) { last -= 1 }
        return last >= span.start && SentenceSplitter.isTerminal(text.scalars[last])
    }

    /// Wire copy: paragraphs start with an indented line, continuation lines are flush left.
    static func hasIndentedStarts(_ block: [Line], text: SourceText) -> Bool {
        guard block.count >= 2 else { return false }
        let later = block.dropFirst()
        let indented = later.filter { startsIndented($0.span, text: text) }.count
        return indented > 0 && indented < later.count
    }

    /// Text wrapped at a fixed column: most lines but the last are long and of similar length,
    /// and most of them stop mid-sentence (short one-sentence paragraphs, one per line, end
    /// every line with a full stop and are not wrapped).
    static func isHardWrapped(_ block: [Line], text: SourceText) -> Bool {
        guard block.count >= 3 else { return false }
        let lines = block.dropLast().map { text.trimmed($0.span) }
        let widths = lines.map(\.length)
        let longest = widths.max() ?? 0
        guard longest >= 40, longest <= 100 else { return false }
        let near = widths.filter { $0 >= longest - 25 }.count
        let ending = lines.filter { endsSentence($0, text: text) }.count
        return Double(near) >= 0.75 * Double(widths.count) && ending * 2 < lines.count
    }

    static func startsIndented(_ span: Span, text: SourceText) -> Bool {
        span.start < span.end && (text.scalars[span.start] == " " || text.scalars[span.start] == "\t")
    }

    /// Markdown: a block is one paragraph, but headings and list items stand alone.
    private static func splitMarkdown(
        _ block: [Line], text: SourceText, add: (Span, Int, Paragraph.Kind) -> Void
    ) {
        var start: Line?
        var last: Line?
        var run: [Line] = []
        var inItem = false
        var inFence = false
        func flush() {
            defer { start = nil; last = nil; run = [] }
            guard let s = start, let l = last else { return }
            if isLinePerParagraph(run, text: text) {
                for group in group(run, text: text, isTitle: { _ in false }) {
                    add(Span(group[0].span.start, group[group.count - 1].span.end), group[0].number, .body)
                }
            } else {
                add(Span(s.span.start, l.span.end), s.number, .body)
            }
        }
        for (index, line) in block.enumerated() {
            let trimmed = text.trimmed(line.span)
            let content = text.slice(trimmed)
            if isFence(content) {
                // A fenced code block is one paragraph, fences included.
                if inFence {
                    last = line
                    flush()
                    inFence = false
                } else {
                    flush()
                    start = line
                    last = line
                    inFence = true
                }
                continue
            }
            if inFence {
                last = line
                continue
            }
            if isThematicBreak(content) {
                flush()
                continue
            }
            if isATXHeading(content) {
                flush()
                add(line.span, line.number, .heading)
                continue
            }
            // Setext heading: the underline turns the paragraph above into a heading.
            if index > 0, start != nil, isSetextUnderline(content) {
                if let s = start, let l = last { add(Span(s.span.start, l.span.end), s.number, .heading) }
                start = nil
                last = nil
                continue
            }
            if isListItem(trimmed, text: text) {
                flush()
                start = line
                last = line
                inItem = true
            } else {
                if start == nil {
                    start = line
                    inItem = false
                }
                last = line
                // Lines continuing a list item belong to it, whatever their length.
                if !inItem { run.append(line) }
            }
        }
        flush()
    }

    /// Markdown exported from web pages often keeps one paragraph per line with no blank line
    /// between them; read as CommonMark, a whole article would be one paragraph, and a quote
    /// left open in one paragraph would run on through the next. Such a run is recognised by
    /// lines far longer than anyone wraps by hand (hard-wrapped prose and one-sentence-per-line
    /// Markdown stay one paragraph) that end in sentence punctuation.
    static func isLinePerParagraph(_ run: [Line], text: SourceText) -> Bool {
        guard run.count >= 2 else { return false }
        let lines = run.map { text.trimmed($0.span) }
        guard let longest = lines.map(\.length).max(), longest >= 160 else { return false }
        let ending = lines.dropLast().filter { endsSentence($0, text: text) }.count
        return ending * 2 >= lines.count - 1
    }

    static func isFence(_ content: String) -> Bool {
        content.hasPrefix("```") || content.hasPrefix("~~~")
    }

    static func isATXHeading(_ content: String) -> Bool {
        let hashes = content.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return false }
        let rest = content.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func isSetextUnderline(_ content: String) -> Bool {
        guard let first = content.first, first == "=" || first == "-" else { return false }
        return content.allSatisfy { $0 == first }
    }

    static func isThematicBreak(_ content: String) -> Bool {
        let marks = content.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func isListItem(_ span: Span, text: SourceText) -> Bool {
        let s = text.scalars
        guard span.length >= 2 else { return false }
        let first = s[span.start]
        if first == "-" || first == "*" || first == "+" || first == "\u{2022}" {
            return s[span.start + 1] == " " || s[span.start + 1] == "\t"
        }
        if first == ">" { return false }
        return startsWithOrdinal(span, text: text)
    }

    private static func startsWithOrdinal(_ span: Span, text: SourceText) -> Bool {
        var i = span.start
        while i < span.end, ("0"..."9").contains(text.scalars[i]) { i += 1 }
        return i > span.start && i - span.start <= 9 && i + 1 < span.end
            && (text.scalars[i] == "." || text.scalars[i] == ")") && text.scalars[i + 1] == " "
    }
}
