import Foundation

/// Reads articles stored as JSON records: a `.json` object or array, or `.jsonl` lines.
///
/// Each record needs a `text` string; `id`, `title`, `date`, `source`, `url` and `author` are
/// read when present and other keys kept as metadata. Without a `title`, a headline line
/// opening the text is the title (as in `.txt` files); with one, a first line repeating it is
/// marked as a heading. Offsets of a record's spans index its
/// `text` value, which is the document's original text. A `.json` file holding one object is
/// one document whose id is the path; records of an array or of a `.jsonl` file get
/// `path#id` (the record's `id`, else its 1-based position).
enum JSONRecordReader {
    static let knownKeys: Set<String> = ["id", "title", "text", "date", "source", "url", "author"]

    /// A parsed record and where it starts in the file.
    struct Record {
        var line: Int
        var object: [String: Any]
        var label: String
    }

    /// All records of a file; `lines` selects JSON Lines.
    static func documents(path: String, text: String, lines: Bool, warnings: inout [LoadWarning]) throws -> [Document] {
        var records: [Record] = []
        var problems: [CorpusError] = []
        var single = false
        if lines {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.allSatisfy({ $0.isWhitespace }) { continue }
                // One bad line should not hide the next: every line is read, every problem kept.
                do {
                    let value = try parse(String(line), path: path, firstLine: index + 1)
                    guard let object = value as? [String: Any] else {
                        throw CorpusError.malformedJSON(
                            file: path, line: index + 1, column: nil,
                            expected: "each line must be one JSON object with a \"text\" field, found \(kind(of: value))")
                    }
                    records.append(Record(line: index + 1, object: object, label: "the record on this line"))
                } catch let error as CorpusError {
                    problems.append(error)
                }
            }
        } else {
            let value = try parse(text, path: path, firstLine: 1)
            if let object = value as? [String: Any] {
                single = true
                records = [Record(line: firstContentLine(text), object: object, label: "the article object")]
            } else if let array = value as? [Any] {
                let starts = elementLines(text)
                for (index, element) in array.enumerated() {
                    let line = index < starts.count ? starts[index] : 1
                    guard let object = element as? [String: Any] else {
                        throw CorpusError.malformedJSON(
                            file: path, line: line, column: nil,
                            expected: "record \(index + 1) of the array must be an object with a \"text\" field, found \(kind(of: element))")
                    }
                    records.append(Record(line: line, object: object, label: "record \(index + 1)"))
                }
            } else {
                throw CorpusError.malformedJSON(
                    file: path, line: firstContentLine(text), column: nil,
                    expected: "an object with a \"text\" field, or an array of such objects, found \(kind(of: value))")
            }
        }
        var seen: Set<String> = []
        var documents: [Document] = []
        for (position, record) in records.enumerated() {
            do {
                documents.append(try document(record, path: path, format: lines ? .jsonl : .json, position: position,
                                              single: single, seen: &seen))
            } catch let error as CorpusError {
                problems.append(error)
            }
        }
        if problems.count == 1 { throw problems[0] }
        if problems.count > 1 {
            throw CorpusError.several(file: path, problems: Array(problems.prefix(CorpusError.listed)), total: problems.count)
        }
        return documents
    }

    static func document(_ record: Record, path: String, format: DocumentFormat, position: Int, single: Bool,
                         seen: inout Set<String>) throws -> Document {
        let object = record.object
        guard let body = object["text"] as? String else {
            let found = object["text"].map { "found \(kind(of: $0))" } ?? "it has none"
            throw CorpusError.malformedJSON(
                file: path, line: record.line, column: nil,
                expected: "\(record.label) needs a \"text\" string holding the article (\(found))")
        }
        func string(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            if let s = value as? String { return s }
            if key == "id", let n = value as? NSNumber, !isBool(n) { return n.stringValue }
            throw CorpusError.malformedJSON(
                file: path, line: record.line, column: nil,
                expected: "\"\(key)\" of \(record.label) must be a string, found \(kind(of: value))")
        }
        var recordID = try string("id") ?? String(position + 1)
        if seen.contains(recordID) { recordID += "-\(position + 1)" }
        seen.insert(recordID)
        let date = try string("date").flatMap { $0.isEmpty ? nil : $0 }
        if let date, CalendarDate(iso: date) == nil {
            throw CorpusError.malformedJSON(
                file: path, line: record.line, column: nil,
                expected: "\"date\" of \(record.label) must be an ISO date like 2025-08-19, found \"\(date)\"")
        }
        var metadata: [String: String] = [:]
        for (key, value) in object where !knownKeys.contains(key) && !(value is NSNull) {
            metadata[key] = flatten(value)
        }
        let source = SourceText(body)
        var title = try string("title").flatMap { $0.isEmpty ? nil : $0 }
        var titleSpan: Span?
        if let title {
            // Scraped records often repeat the headline as the text's first line: mark it.
            let first = source.lineSpans().lazy.map(source.trimmed).first { !$0.isEmpty }
            if let first, source.slice(first) == title.trimmingCharacters(in: .whitespacesAndNewlines) { titleSpan = first }
        } else if let line = TitleDetector.titleLine(in: source, from: 0, candidates: 1) {
            // Without a title field, a headline line opening the text is the title, as in .txt files.
            titleSpan = line
            title = source.slice(line)
        }
        return Document(
            id: single ? path : "\(path)#\(recordID)", path: path, format: format,
            title: title, titleSpan: titleSpan,
            source: try string("source"), url: try string("url"), author: try string("author"),
            date: date, metadata: metadata, text: source, body: source.trimmed(Span(0, source.count)))
    }

    /// Parses JSON, turning a syntax error into file:line:column; `firstLine` is the file line
    /// on which `text` starts.
    static func parse(_ text: String, path: String, firstLine: Int) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            let (line, column) = position(of: message, in: text)
            throw CorpusError.malformedJSON(
                file: path, line: firstLine + line - 1, column: column,
                expected: "not valid JSON (\(reason(in: message))); expected an article object with a \"text\" field")
        }
    }

    /// Line and column (1-based, column in characters) of Foundation's error in `text`.
    ///
    /// Foundation on Linux says "around character N" (N a 0-based UTF-8 byte offset) or
    /// "Unexpected end of file"; on Darwin it may say "line L, column C".
    static func position(of message: String, in text: String) -> (line: Int, column: Int?) {
        func number(after word: String) -> Int? {
            guard let range = message.range(of: word + " ") else { return nil }
            return Int(message[range.upperBound...].prefix { $0.isNumber })
        }
        if let line = number(after: "line") { return (line, number(after: "column")) }
        let bytes = Array(text.utf8)
        var offset: Int
        if let character = number(after: "character") {
            offset = min(max(0, character), bytes.count)
        } else if message.localizedCaseInsensitiveContains("end of file") || message.localizedCaseInsensitiveContains("end of data") {
            offset = bytes.count
            // Point at the last character written, not past trailing newlines.
            while offset > 0, bytes[offset - 1] == 0x0A || bytes[offset - 1] == 0x20 || bytes[offset - 1] == 0x09 { offset -= 1 }
        } else {
            return (1, nil)
        }
        // Never split a multi-byte character.
        while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
        var line = 1
        var column = 1
        for scalar in prefix.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Foundation's explanation without the position, e.g. "Invalid value".
    static func reason(in message: String) -> String {
        var text = message
        if let range = text.range(of: " around character") { text = String(text[..<range.lowerBound]) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return text.isEmpty ? "syntax error" : text
    }

    /// 1-based lines on which the elements of a top-level array start (the JSON is valid).
    static func elementLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expectElement = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
                continue
            }
            if expectElement, depth == 1, !CharacterClass.isSpace(scalar), scalar != "]" {
                lines.append(line)
                expectElement = false
            }
            switch scalar {
            case "\"": inString = true
            case "[", "{":
                depth += 1
                if depth == 1 { expectElement = true }
            case "]", "}": depth -= 1
            case ",": if depth == 1 { expectElement = true }
            default: break
            }
        }
        return lines
    }

    /// The first line holding something other than whitespace.
    static func firstContentLine(_ text: String) -> Int {
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 } else if !CharacterClass.isSpace(scalar) { return line }
        }
        return 1
    }

    /// Metadata values as text: strings as they are, numbers and booleans as JSON writes them,
    /// lists joined with commas, objects as compact JSON.
    static func flatten(_ value: Any) -> String {
        if let s = value as? String { return s }
        if let n = value as? NSNumber { return isBool(n) ? (n.boolValue ? "true" : "false") : n.stringValue }
        if let array = value as? [Any] { return array.map(flatten).joined(separator: ", ") }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]),
           let text = String(data: data, encoding: .utf8) {
            return text
        }
        return "\(value)"
    }

    static func isBool(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) == "c"
    }

    /// What a JSON value is, for error messages.
    static func kind(of value: Any) -> String {
        switch value {
        case is String: return "a string"
        case let n as NSNumber: return isBool(n) ? "a boolean" : "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        default: return "\(type(of: value))"
        }
    }
}
