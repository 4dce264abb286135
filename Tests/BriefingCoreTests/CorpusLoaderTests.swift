import Foundation
import Testing
@testable import BriefingCore
import BriefingTestSupport

@Suite("Loading a corpus folder")
struct CorpusLoaderTests {
    @Test("a short first line without final punctuation is the title and a heading")
    func textTitle() throws {
        let text = "Senate passes budget after all-night session\n\nThe Senate passed the budget on Friday. It now goes to the House."
        let document = try withCorpus(["budget.txt": text]) { try $0.load().documents[0] }
        #expect(document.id == "budget.txt")
        #expect(document.format == .text)
        #expect(document.title == "Senate passes budget after all-night session")
        #expect(document.titleSpan == Span(0, 44))
        #expect(document.paragraphs.map(\.kind) == [.heading, .body])
        #expect(document.sentences.count == 3)
        #expect(document.wordCount == 19)
    }

    @Test("a first line ending a sentence is not a title")
    func sentenceIsNotTitle() throws {
        let document = try withCorpus(["a.txt": "The Senate passed the budget on Friday.\nIt now goes to the House."]) { try $0.load().documents[0] }
        #expect(document.title == nil)
        #expect(document.paragraphs.allSatisfy { $0.kind == .body })
    }

    @Test("a one-word label is not a title; the headline after it is")
    func labelThenHeadline() throws {
        let text = "Politics\nSenate passes budget after all-night session\nThe Senate passed the budget on Friday."
        let document = try withCorpus(["a.txt": text]) { try $0.load().documents[0] }
        #expect(document.title == "Senate passes budget after all-night session")
        #expect(document.paragraphs.map(\.kind) == [.body, .heading, .body])
    }

    @Test("bylines, dates and links are not titles")
    func notTitles() throws {
        let byline = try withCorpus(["a.txt": "By Jane Doe\nSenate passes budget after long night\nBody text."]) { try $0.load().documents[0] }
        #expect(byline.title == "Senate passes budget after long night")
        let dated = try withCorpus(["b.txt": "August 19, 2025\nSenate passes budget after long night\nBody."]) { try $0.load().documents[0] }
        #expect(dated.title == "Senate passes budget after long night")
        let link = try withCorpus(["c.txt": "https://example.org/news/senate-budget\nThe Senate passed it."]) { try $0.load().documents[0] }
        #expect(link.title == nil)
        let dateline = try withCorpus(["d.txt": "NEW YORK, Aug 19 (Wire) -\nStocks rose on Tuesday."]) { try $0.load().documents[0] }
        #expect(dateline.title == nil)
    }

    @Test("a repeated title line is marked as a heading, not body")
    func repeatedTitle() throws {
        let text = "Port strike enters its third week\n\nThe union said no.\n\nPort strike enters its third week\n\nThe owners said yes."
        let document = try withCorpus(["a.txt": text]) { try $0.load().documents[0] }
        #expect(document.paragraphs.map(\.kind) == [.heading, .body, .heading, .body])
        #expect(document.paragraphs.map(\.line) == [1, 3, 5, 7])
    }

    @Test("invalid UTF-8 is replaced and the warning names the file")
    func invalidUTF8() throws {
        var bytes = Data("Prices rose in the caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x20])
        bytes.append(Data("district. Traders cheered.".utf8))
        let corpus = try withCorpus(data: ["latin1.txt": bytes]) { try $0.load() }
        #expect(corpus.documents[0].text.string == "Prices rose in the caf\u{FFFD} district. Traders cheered.")
        #expect(corpus.warnings.map(\.description) == [
            "latin1.txt: not valid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD; re-save the file as UTF-8 to keep those characters",
        ])
    }

    @Test("binary and empty files are skipped with a warning")
    func binaryAndEmpty() throws {
        let corpus = try withCorpus(
            ["good.txt": "Talks resume in Geneva on Monday.", "blank.md": "  \n\n "],
            data: ["image.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]), "empty.json": Data()]
        ) { try $0.load() }
        #expect(corpus.documents.map(\.id) == ["good.txt"])
        #expect(corpus.warnings.map(\.description) == [
            "blank.md: skipped: the file is empty",
            "empty.json: skipped: the file is empty",
            "image.txt: skipped: the file looks binary, not text",
        ])
    }

    @Test("files over the size limit are skipped with a warning")
    func tooLarge() throws {
        let corpus = try withCorpus(["big.txt": String(repeating: "Word. ", count: 100), "small.txt": "Short."]) {
            try $0.load(CorpusLoader(maxFileBytes: 100))
        }
        #expect(corpus.documents.map(\.id) == ["small.txt"])
        #expect(corpus.warnings.first?.description == "big.txt: skipped: 600 bytes is over the 100-byte limit per file; split it into smaller files")
    }

    @Test("UTF-16 with a byte-order mark is read")
    func utf16() throws {
        var bytes = Data([0xFF, 0xFE])
        for unit in "Talks resume on Monday.".utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let corpus = try withCorpus(data: ["windows.txt": bytes]) { try $0.load() }
        #expect(corpus.documents[0].slice(corpus.documents[0].body) == "Talks resume on Monday.")
        #expect(corpus.warnings.count == 1)
    }

    @Test("a UTF-8 byte-order mark is kept in the text but not in the title")
    func byteOrderMark() throws {
        let document = try withCorpus(["bom.txt": "\u{FEFF}Senate passes budget after long night\nBody text."]) { try $0.load().documents[0] }
        #expect(document.text.scalars.first == "\u{FEFF}")
        #expect(document.title == "Senate passes budget after long night")
        #expect(document.titleSpan == Span(1, 38))
    }

    @Test("CRLF and lone CR become LF, as Python's universal newlines read them")
    func newlines() throws {
        let text = "Markets rally on rate cut hopes\r\n\r\nStocks rose.\r\nBonds fell.\rOil was flat.\r\n"
        let document = try withCorpus(["win.txt": text]) { try $0.load().documents[0] }
        #expect(document.text.string == "Markets rally on rate cut hopes\n\nStocks rose.\nBonds fell.\nOil was flat.\n")
        #expect(document.paragraphs.map(\.line) == [1, 3, 4, 5])
        #expect(document.sentences.last.map { document.slice($0.span) } == "Oil was flat.")
        #expect(document.sentences.last?.span == Span(58, 71))  // Python: text.find("Oil") == 58
    }

    @Test("a missing folder is a clear error")
    func missingFolder() {
        #expect(throws: CorpusError.missingFolder("/nonexistent/briefing-corpus")) {
            try CorpusLoader().load(folder: "/nonexistent/briefing-corpus")
        }
        #expect("\(CorpusError.missingFolder("news"))" == "corpus folder news does not exist; pass --corpus DIR or set `corpus:` in briefing.yml")
    }

    @Test("a file given as the corpus is a clear error")
    func fileNotFolder() throws {
        try withCorpus(["a.txt": "Body."]) { corpus in
            let file = corpus.path + "/a.txt"
            #expect(throws: CorpusError.notAFolder(file)) { try CorpusLoader().load(folder: file) }
        }
        #expect("\(CorpusError.notAFolder("a.txt"))" == "corpus path a.txt is a file, not a folder; pass the folder that holds the articles")
    }

    @Test("a folder without articles is a clear error")
    func noDocuments() throws {
        try withCorpus(["notes.yml": "title: x", "photo.png": "not an article"]) { corpus in
            #expect(corpus.loadError() == "corpus folder \(corpus.path) holds no articles; add .txt, .md, .json or .jsonl files")
        }
        try withCorpus(["empty.txt": ""]) { corpus in
            // Issue 16 item 14: the reasons are in the message, since no warning was printed before it.
            #expect(corpus.loadError() == "corpus folder \(corpus.path) holds no articles; add .txt, .md, .json or .jsonl files. 1 file(s) skipped:\n  empty.txt: skipped: the file is empty")
        }
    }

    @Test("nested folders are read, in a deterministic order")
    func nestedOrder() throws {
        let files = [
            "b/2.txt": "Second story body.", "a.txt": "First story body.", "b/1.txt": "Another story body.",
            "c/d/e.md": "Deep story body.", "B.txt": "Upper-case name.", "feed.jsonl": "{\"id\": \"z\", \"text\": \"Z.\"}\n{\"id\": \"a\", \"text\": \"A.\"}",
        ]
        try withCorpus(files) { corpus in
            let first = try corpus.load().documents.map(\.id)
            #expect(first == ["B.txt", "a.txt", "b/1.txt", "b/2.txt", "c/d/e.md", "feed.jsonl#z", "feed.jsonl#a"])
            #expect(try corpus.load().documents.map(\.id) == first)
        }
    }

    @Test("hidden files and folders are skipped; other extensions are ignored")
    func hidden() throws {
        let files = [
            "story.txt": "Visible story.", ".draft.txt": "Hidden draft.", ".git/notes.txt": "Hidden folder.",
            "sub/.cache/x.md": "Hidden deeper.", "briefing.yml": "title: x", "README": "no extension",
        ]
        let corpus = try withCorpus(files) { try $0.load() }
        #expect(corpus.documents.map(\.id) == ["story.txt"])
        #expect(corpus.warnings.isEmpty)
    }

    @Test("document lookup by id")
    func lookup() throws {
        let corpus = try withCorpus(["a.txt": "One.", "b.txt": "Two."]) { try $0.load() }
        #expect(corpus.document("b.txt")?.text.string == "Two.")
        #expect(corpus.document("c.txt") == nil)
    }

    @Test("error and warning texts")
    func messages() {
        #expect("\(CorpusError.unreadable(file: "x.txt", reason: "permission denied"))" == "x.txt: cannot be read (permission denied)")
        #expect("\(CorpusError.malformedJSON(file: "a.json", line: 2, column: nil, expected: "x"))" == "a.json:2: malformed JSON: x")
        #expect("\(CorpusError.malformedFrontMatter(file: "a.md", line: 3, column: 4, expected: "y"))" == "a.md:3:4: malformed front matter: y")
        #expect("\(LoadWarning(file: "a.txt", message: "skipped"))" == "a.txt: skipped")
    }
}
