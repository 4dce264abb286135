import Foundation

/// Reads articles stored as JSON records: a `.json` object or array, or `.jsonl` lines.
///
/// Each record needs a `text` string; `id`, `title`, `date`, `source`, `url` and `author` are
/// read when present and other keys kept as metadata. Offsets of a record's spans index its
/// `text` value, which is the document's original text.
enum JSONRecordReader {
    static let knownKeys: Set<String> = ["id", "title", "text", "date", "source", "url", "author"]

    /// All records of a file; `lines` selects JSON Lines.
    static func documents(path: String, text: String, lines: Bool, warnings: inout [LoadWarning]) throws -> [Document] {
        var records: [(line: Int, object: [String: Any])] = []
        if lines {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                let value = try parse(String(trimmed), path: path, lineOffset: index)
                guard let object = value as? [String: Any] else {
                    throw CorpusError.malformedJSON(file: path, line: index + 1, column: nil,
                                                    expected: "each line must be one JSON object with a \"text\" field")
                }
                records.append((index + 1, object))
            }
        } else {
            let value = try parse(text, path: path, lineOffset: 0)
            if let object = value as? [String: Any] {
                records = [(1, object)]
            } else if let array = value as? [Any] {
                for (index, element) in array.enumerated() {
                    guard let object = element as? [String: Any] else {
                        throw CorpusError.malformedJSON(file: path, line: 1, column: nil,
                                                        expected: "element \(index) of the array must be an object with a \"text\" field")
                    }
                    records.append((1, object))
                }
            } else {
                throw CorpusError.malformedJSON(file: path, line: 1, column: nil,
                                                expected: "an object with a \"text\" field, or an array of such objects")
            }
        }
        var seen: Set<String> = []
        return try records.enumerated().map { position, record in
            try document(record.object, path: path, line: lines ? record.line : nil, position: position, seen: &seen)
        }
    }

    static func document(_ object: [String: Any], path: String, line: Int?, position: Int, seen: inout Set<String>) throws -> Document {
        let where_ = line ?? 1
        let label = line == nil ? "record \(position)" : "this record"
        guard let body = object["text"] as? String else {
            throw CorpusError.malformedJSON(file: path, line: where_, column: nil,
                                            expected: "\(label) needs a \"text\" string holding the article")
        }
        func string(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            if let s = value as? String { return s }
            if let n = value as? NSNumber, key == "id" { return n.stringValue }
            throw CorpusError.malformedJSON(file: path, line: where_, column: nil,
                                            expected: "\"\(key)\" of \(label) must be a string")
        }
        var recordID = try string("id") ?? String(position + 1)
        if seen.contains(recordID) { recordID += "-\(position + 1)" }
        seen.insert(recordID)
        let date = try string("date")
        if let date, CalendarDate(iso: date) == nil {
            throw CorpusError.malformedJSON(file: path, line: where_, column: nil,
                                            expected: "\"date\" of \(label) must be an ISO date like 2025-08-19, found \"\(date)\"")
        }
        var metadata: [String: String] = [:]
        for (key, value) in object where !knownKeys.contains(key) && !(value is NSNull) {
            metadata[key] = "\(value)"
        }
        let source = SourceText(body)
        return Document(
            id: "\(path)#\(recordID)", path: path, format: line == nil ? .json : .jsonl,
            title: try string("title"), titleSpan: nil,
            source: try string("source"), url: try string("url"), author: try string("author"),
            date: date, metadata: metadata, text: source, body: source.trimmed(Span(0, source.count)))
    }

    /// Parses JSON, turning a syntax error into file:line:column.
    static func parse(_ text: String, path: String, lineOffset: Int) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let message = "\(error)"
            let (line, column) = position(in: message)
            throw CorpusError.malformedJSON(
                file: path, line: lineOffset + (line ?? 1), column: column,
                expected: "not valid JSON (\(reason(in: message))); expected an article object with a \"text\" field")
        }
    }

    /// Pulls "line N, column M" out of Foundation's error text when it has them.
    static func position(in message: String) -> (Int?, Int?) {
        func number(after word: String) -> Int? {
            guard let range = message.range(of: word + " ") else { return nil }
            return Int(message[range.upperBound...].prefix { $0.isNumber })
        }
        return (number(after: "line"), number(after: "column"))
    }

    static func reason(in message: String) -> String {
        if let range = message.range(of: "NSDebugDescription=") {
            return String(message[range.upperBound...].prefix { $0 != "}" && $0 != "," }).trimmingCharacters(in: .whitespaces)
        }
        if let range = message.range(of: "\""), let end = message[range.upperBound...].firstIndex(of: "\"") {
            return String(message[range.upperBound..<end])
        }
        return "syntax error"
    }
}
