import Yams

/// Reads a Markdown article with optional YAML front matter.
enum MarkdownReader {
    /// Metadata keys with a meaning of their own; all others are kept as `metadata`.
    static let knownKeys: Set<String> = ["title", "date", "source", "url", "author"]

    /// Builds the document; front matter errors name the file and the line inside the file.
    static func document(path: String, text: String) throws -> Document {
        let source = SourceText(text)
        var fields: [String: String] = [:]
        var bodyStart = 0
        if opensFrontMatter(source) {
            guard let block = frontMatter(source) else {
                throw CorpusError.malformedFrontMatter(
                    file: path, line: 1, column: nil,
                    expected: "the front matter opened by `---` on line 1 is never closed; add a `---` line after its last `key: value` line")
            }
            fields = try parse(source.slice(block.yaml), path: path, firstLine: 2)
            bodyStart = block.end
        }
        var title = fields["title"]
        var titleSpan: Span?
        if title == nil, let heading = firstHeading(source, from: bodyStart) {
            titleSpan = heading.text
            title = source.slice(heading.text)
        }
        var metadata = fields
        for key in knownKeys { metadata[key] = nil }
        return Document(
            id: path, path: path, format: .markdown, title: title, titleSpan: titleSpan,
            source: fields["source"], url: fields["url"], author: fields["author"],
            date: fields["date"], metadata: metadata,
            text: source, body: source.trimmed(Span(bodyStart, source.count)))
    }

    /// Whether the file starts with a `---` line (after an optional byte-order mark).
    static func opensFrontMatter(_ text: SourceText) -> Bool {
        guard let first = text.lineSpans().first else { return false }
        var line = text.slice(first).trimmingTrailingSpaces()
        if line.unicodeScalars.first == "\u{FEFF}" { line = String(line.unicodeScalars.dropFirst()) }
        return line == "---"
    }

    /// The YAML between a leading `---` line and the next `---` (or `...`) line.
    static func frontMatter(_ text: SourceText) -> (yaml: Span, end: Int)? {
        let lines = text.lineSpans()
        guard let first = lines.first, opensFrontMatter(text) else { return nil }
        for line in lines.dropFirst() {
            let content = text.slice(line).trimmingTrailingSpaces()
            if content == "---" || content == "..." {
                return (Span(first.end + 1, line.start), min(text.count, line.end + 1))
            }
        }
        return nil
    }

    /// Parses front matter into strings; `firstLine` is the file line the YAML starts on.
    static func parse(_ yaml: String, path: String, firstLine: Int) throws -> [String: String] {
        let node: Node?
        do {
            node = try YAMLText.compose(yaml)
        } catch let error as YAMLSyntaxError {
            throw CorpusError.malformedFrontMatter(
                file: path, line: firstLine + (error.line ?? 1) - 1, column: error.column,
                expected: "\(error.problem); front matter must be YAML `key: value` lines between two `---` lines")
        } catch {
            throw CorpusError.malformedFrontMatter(file: path, line: firstLine, column: nil, expected: "\(error)")
        }
        guard let node else { return [:] }
        guard YAMLSize.isWithin(node, limit: YAMLSize.frontMatterLimit) else {
            throw CorpusError.malformedFrontMatter(file: path, line: firstLine, column: nil,
                                                   expected: YAMLSize.problem(limit: YAMLSize.frontMatterLimit))
        }
        guard let mapping = node.mapping else {
            throw CorpusError.malformedFrontMatter(
                file: path, line: firstLine, column: nil,
                expected: "expected `key: value` pairs (title, date, source, url, author), found a \(node.kindName)")
        }
        var result: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            // An empty or null value (`title:`, `title: ~`) is no value.
            if let scalar = value.scalar, ["", "~", "null", "Null", "NULL"].contains(scalar.string), scalar.style == .plain {
                continue
            }
            if knownKeys.contains(name), value.scalar == nil {
                throw CorpusError.malformedFrontMatter(
                    file: path, line: firstLine + (value.mark?.line ?? 1) - 1, column: value.mark?.column,
                    expected: "`\(name)` must be a single value, found a \(value.kindName)")
            }
            result[name] = flatten(value)
        }
        if let date = result["date"], CalendarDate(iso: date) == nil {
            let mark = mapping["date"]?.mark
            throw CorpusError.malformedFrontMatter(
                file: path, line: firstLine + (mark?.line ?? 1) - 1, column: mark?.column,
                expected: "`date` must be an ISO date like 2025-08-19, found \"\(date)\"")
        }
        return result
    }

    static func flatten(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(flatten).joined(separator: ", ")
        case .mapping(let mapping):
            return mapping.map { "\(flatten($0.key)): \(flatten($0.value))" }.joined(separator: "; ")
        case .alias: return ""
        }
    }

    /// The first ATX heading (`# Title`) of the body, as the title when front matter has none.
    static func firstHeading(_ text: SourceText, from: Int) -> (line: Span, text: Span)? {
        for line in text.lineSpans() where line.start >= from {
            let span = text.trimmed(line)
            if span.isEmpty { continue }
            var i = span.start
            while i < span.end, text.scalars[i] == "#" { i += 1 }
            guard i > span.start, i - span.start <= 6, i < span.end, text.scalars[i] == " " else { return nil }
            return (span, text.trimmed(Span(i, span.end)))
        }
        return nil
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: return "single value"
        case .sequence: return "list"
        case .mapping: return "mapping"
        case .alias: return "alias"
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
