import Testing
@testable import BriefingCore
import BriefingTestSupport

@Suite("Loading JSON and JSON Lines articles")
struct JSONLoadingTests {
    @Test("a .json object is one document whose id is the path")
    func object() throws {
        let json = """
        {"id": "x1", "title": "Talks stall", "text": "The envoy left early. Nobody spoke.",
         "date": "2025-08-19T09:30:00Z", "source": "Wire", "url": "https://example.org/a",
         "author": "Jane Doe", "words": 6, "live": true, "tags": ["talks", "envoy"], "extra": null}
        """
        let document = try withCorpus(["one.json": json]) { try $0.load().documents[0] }
        #expect(document.id == "one.json")
        #expect(document.format == .json)
        #expect(document.title == "Talks stall")
        #expect(document.date == "2025-08-19T09:30:00Z")
        #expect(document.calendarDate == CalendarDate(year: 2025, month: 8, day: 19))
        #expect(document.source == "Wire")
        #expect(document.author == "Jane Doe")
        #expect(document.metadata == ["words": "6", "live": "true", "tags": "talks, envoy"])
        #expect(document.text.string == "The envoy left early. Nobody spoke.")
        #expect(document.sentences.map { document.slice($0.span) } == ["The envoy left early.", "Nobody spoke."])
    }

    @Test("a first line repeating the title is a heading; without a title field a headline line is the title")
    func titleLines() throws {
        let text = "{\"title\": \"Talks stall in Geneva\", \"text\": \"Talks stall in Geneva\\n\\nNo progress was made.\"}\n"
            + "{\"text\": \"Floods close the coastal highway\\nThe road reopens Monday.\"}\n"
            + "{\"text\": \"The road reopens Monday.\"}"
        let documents = try withCorpus(["t.jsonl": text]) { try $0.load().documents }
        #expect(documents[0].paragraphs.map(\.kind) == [.heading, .body])
        #expect(documents[0].titleSpan == Span(0, 21))
        #expect(documents[1].title == "Floods close the coastal highway")
        #expect(documents[1].paragraphs.map(\.kind) == [.heading, .body])
        #expect(documents[2].title == nil)
    }

    @Test("a .json array gives path#id documents, by position when a record has no id")
    func array() throws {
        let json = "[\n {\"id\": \"first\", \"text\": \"One.\"},\n {\"text\": \"Two.\"},\n {\"id\": 7, \"text\": \"Three.\"}\n]"
        let ids = try withCorpus(["many.json": json]) { try $0.load().documents.map(\.id) }
        #expect(ids == ["many.json#first", "many.json#2", "many.json#7"])
    }

    @Test("an array element that is not an object is an error on its line")
    func arrayElement() throws {
        let json = "[\n  {\"text\": \"One.\"},\n  \"just a string\"\n]"
        let message = try withCorpus(["mixed.json": json]) { $0.loadError() }
        #expect(message == "mixed.json:3: malformed JSON: record 2 of the array must be an object with a \"text\" field, found a string")
    }

    @Test("a record without text is an error naming the record and its line")
    func missingText() throws {
        let json = "[\n  {\"text\": \"One.\"},\n\n  {\"title\": \"No body\"}\n]"
        let message = try withCorpus(["notext.json": json]) { $0.loadError() }
        #expect(message == "notext.json:4: malformed JSON: record 2 needs a \"text\" string holding the article (it has none)")
    }

    @Test("a field of the wrong type is an error")
    func wrongType() throws {
        let message = try withCorpus(["t.json": "{\"text\": \"Body.\", \"title\": 42}"]) { $0.loadError() }
        #expect(message == "t.json:1: malformed JSON: \"title\" of the article object must be a string, found a number")
    }

    @Test("a JSON syntax error reports the real line and column")
    func syntaxError() throws {
        let json = "[\n  {\"text\": \"One.\"},\n  {\"text\": \"Two.\" \"id\": 3}\n]"
        let message = try withCorpus(["broken.json": json]) { $0.loadError() }
        #expect(message == "broken.json:3:19: malformed JSON: not valid JSON (Invalid value); expected an article object with a \"text\" field")
    }

    @Test("columns count characters, not bytes")
    func columnInCharacters() throws {
        let json = "{\"text\": \"caf\u{E9} \u{1F600}\",\n \"title\": }"
        let message = try withCorpus(["wide.json": json]) { $0.loadError() }
        #expect(message?.hasPrefix("wide.json:2:11: malformed JSON: not valid JSON (Invalid value)") == true)
    }

    @Test("a truncated file points at its last character")
    func truncated() throws {
        let message = try withCorpus(["cut.json": "{\"text\": \"abc\",\n \"title\": \"x\"\n"]) { $0.loadError() }
        #expect(message?.hasPrefix("cut.json:2:14: malformed JSON: not valid JSON (Unexpected end of file during JSON parse)") == true)
    }

    @Test("Foundation's message is turned into a position")
    func positionParsing() {
        let text = "{\n  \"a\": 1,\n  \"b\" 2\n}"
        #expect(JSONRecordReader.position(of: "Invalid value around character 18.", in: text) == (3, 7))
        #expect(JSONRecordReader.position(of: "Badly formed object around line 3, column 7.", in: text) == (3, 7))
        #expect(JSONRecordReader.position(of: "Something else", in: text) == (1, nil))
        #expect(JSONRecordReader.reason(in: "Invalid value around character 18.") == "Invalid value")
    }

    @Test("JSON Lines: path#id documents in file order, blank lines skipped")
    func jsonLines() throws {
        var lines: [String] = []
        for n in 1...11 { lines.append("{\"id\": \"\(n)\", \"text\": \"Story number \(n).\", \"date\": \"2025-08-\(10 + n)\"}") }
        lines.insert("", at: 3)
        let corpus = try withCorpus(["feed.jsonl": lines.joined(separator: "\n") + "\n"]) { try $0.load() }
        #expect(corpus.documents.map(\.id) == (1...11).map { "feed.jsonl#\($0)" })
        #expect(corpus.documents.allSatisfy { $0.format == .jsonl && $0.path == "feed.jsonl" })
        #expect(corpus.documents[10].date == "2025-08-21")
    }

    @Test("JSON Lines: repeated ids stay distinct")
    func repeatedIDs() throws {
        let text = "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"a\", \"text\": \"Two.\"}"
        let ids = try withCorpus(["dup.jsonl": text]) { try $0.load().documents.map(\.id) }
        #expect(ids == ["dup.jsonl#a", "dup.jsonl#a-2"])
    }

    @Test("JSON Lines: a broken line is reported with its own line number")
    func brokenLine() throws {
        let text = "{\"text\": \"One.\"}\n\n  {\"text\": \"Two.\" ]\n"
        let message = try withCorpus(["bad.jsonl": text]) { $0.loadError() }
        #expect(message?.hasPrefix("bad.jsonl:3:19: malformed JSON: not valid JSON") == true)
    }

    @Test("JSON Lines: a line that is not an object is an error")
    func notObjectLine() throws {
        let message = try withCorpus(["arr.jsonl": "{\"text\": \"One.\"}\n[1, 2]"]) { $0.loadError() }
        #expect(message == "arr.jsonl:2: malformed JSON: each line must be one JSON object with a \"text\" field, found an array")
    }

    @Test("JSON Lines: a bad date is an error on its line")
    func badDate() throws {
        let message = try withCorpus(["d.jsonl": "{\"text\": \"One.\"}\n{\"text\": \"Two.\", \"date\": \"yesterday\"}"]) { $0.loadError() }
        #expect(message == "d.jsonl:2: malformed JSON: \"date\" of the record on this line must be an ISO date like 2025-08-19, found \"yesterday\"")
    }

    @Test("a record with empty text is skipped with a warning")
    func emptyText() throws {
        let corpus = try withCorpus(["e.jsonl": "{\"id\": \"a\", \"text\": \"  \"}\n{\"id\": \"b\", \"text\": \"Body.\"}"]) { try $0.load() }
        #expect(corpus.documents.map(\.id) == ["e.jsonl#b"])
        #expect(corpus.warnings.map(\.description) == ["e.jsonl#a: skipped: no article text"])
    }
}

/// Issue 16 item 15: every bad line of a JSON Lines file is named, up to a limit.
@Suite("several bad JSON Lines")
struct SeveralBadLinesTests {
    @Test("each bad line is reported with its line number")
    func eachLine() throws {
        let text = """
        {"text": "The council met on Tuesday."}
        {"text": "unclosed
        [1, 2]
        {"title": "no text"}
        {"text": "The vote passed."}
        """
        let message = try withCorpus(["feed.jsonl": text]) { $0.loadError() }
        let lines = message?.split(separator: "\n").map(String.init) ?? []
        #expect(lines.first == "feed.jsonl: 3 malformed records; fix or remove each of them:")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
            == ["  feed.jsonl:2", "  feed.jsonl:3", "  feed.jsonl:4"])
        #expect(lines[2].contains("each line must be one JSON object with a \"text\" field, found an array"))
    }

    @Test("past the limit the rest is counted")
    func limit() throws {
        let text = (1...30).map { _ in "{\"text\": 1}" }.joined(separator: "\n")
        let message = try withCorpus(["feed.jsonl": text]) { $0.loadError() }
        let lines = message?.split(separator: "\n").map(String.init) ?? []
        #expect(lines.first == "feed.jsonl: 30 malformed records; fix or remove each of them:")
        #expect(lines.count == 1 + 20 + 1)
        #expect(lines.last == "  … and 10 more")
    }
}
