import Testing
@testable import BriefingCore
import BriefingTestSupport

@Suite("Loading Markdown articles")
struct MarkdownLoadingTests {
    static let article = """
    ---
    title: City Hall cool on budget plan
    date: 2025-08-19
    source: Example Wire
    url: https://example.org/city-budget
    author: Jane Doe
    section: World
    tags: [Russia, Ukraine]
    ---

    # City Hall cool on budget plan

    The mayor said on Tuesday that any new budget needed careful review.

    The council said it was ready to vote.
    """

    @Test("front matter fields, extra keys as metadata, spans into the whole file")
    func frontMatter() throws {
        let document = try withCorpus(["story.md": Self.article]) { try $0.load().documents[0] }
        #expect(document.id == "story.md")
        #expect(document.format == .markdown)
        #expect(document.title == "City Hall cool on budget plan")
        #expect(document.date == "2025-08-19")
        #expect(document.calendarDate == CalendarDate(year: 2025, month: 8, day: 19))
        #expect(document.source == "Example Wire")
        #expect(document.url == "https://example.org/city-budget")
        #expect(document.author == "Jane Doe")
        #expect(document.metadata == ["section": "World", "tags": "Russia, Ukraine"])
        #expect(document.paragraphs.map(\.kind) == [.heading, .body, .body])
        #expect(document.paragraphs.map(\.line) == [11, 13, 15])
        let first = document.paragraphs[1]
        #expect(document.slice(first.span) == "The mayor said on Tuesday that any new budget needed careful review.")
        #expect(document.text.string.hasPrefix("---\ntitle:"))
        #expect(document.slice(document.body).hasPrefix("# City Hall cool on budget plan"))
    }

    @Test("without front matter the first heading is the title")
    func headingTitle() throws {
        let document = try withCorpus(["note.md": "# Talks stall in Geneva\n\nNo progress was reported."]) { try $0.load().documents[0] }
        #expect(document.title == "Talks stall in Geneva")
        #expect(document.titleSpan.map(document.slice) == "Talks stall in Geneva")
        #expect(document.date == nil)
    }

    @Test("an empty title in front matter falls back to the heading")
    func emptyTitle() throws {
        let text = "---\ntitle:\nsource: Wire\n---\n# Heading title here\n\nBody text."
        let document = try withCorpus(["a.md": text]) { try $0.load().documents[0] }
        #expect(document.title == "Heading title here")
        #expect(document.source == "Wire")
    }

    @Test("malformed YAML is an error naming the file and the line in the file")
    func malformedYAML() throws {
        let text = "---\ntitle: Talks\nsource: [Wire\ndate: 2025-08-19\n---\nBody."
        let message = try withCorpus(["bad.md": text]) { $0.loadError() }
        #expect(message?.hasPrefix("bad.md:") == true)
        #expect(message?.contains("malformed front matter") == true)
        #expect(message?.contains("front matter must be YAML `key: value` lines between two `---` lines") == true)
        let line = message.flatMap { Int($0.split(separator: ":")[1]) }
        #expect(line.map { (3...5).contains($0) } == true)
    }

    @Test("a tab-indented mapping error points at its line")
    func yamlLine() throws {
        let text = "---\ntitle: Talks\nauthor: Jane\n  bad: indentation: here\n---\nBody."
        let message = try withCorpus(["indent.md": text]) { $0.loadError() }
        #expect(message?.hasPrefix("indent.md:4:") == true)
    }

    @Test("a date that is not ISO is an error with its position")
    func badDate() throws {
        let text = "---\ntitle: Talks\ndate: 19 August 2025\n---\nBody."
        let message = try withCorpus(["late.md": text]) { $0.loadError() }
        #expect(message == "late.md:3:7: malformed front matter: `date` must be an ISO date like 2025-08-19, found \"19 August 2025\"")
    }

    @Test("an impossible date is an error")
    func impossibleDate() throws {
        let message = try withCorpus(["feb.md": "---\ndate: 2025-02-30\n---\nBody."]) { $0.loadError() }
        #expect(message?.contains("`date` must be an ISO date like 2025-08-19, found \"2025-02-30\"") == true)
    }

    @Test("front matter that is not a mapping is an error")
    func notAMapping() throws {
        let message = try withCorpus(["list.md": "---\n- one\n- two\n---\nBody."]) { $0.loadError() }
        #expect(message == "list.md:2: malformed front matter: expected `key: value` pairs (title, date, source, url, author), found a list")
    }

    @Test("a known key with a list value is an error")
    func listTitle() throws {
        let message = try withCorpus(["t.md": "---\ntitle:\n  - a\n  - b\n---\nBody."]) { $0.loadError() }
        #expect(message?.hasPrefix("t.md:3:") == true)
        #expect(message?.contains("`title` must be a single value, found a list") == true)
    }

    @Test("front matter that is never closed is an error")
    func unclosed() throws {
        let message = try withCorpus(["open.md": "---\ntitle: Talks\n\nBody text."]) { $0.loadError() }
        #expect(message == "open.md:1: malformed front matter: the front matter opened by `---` on line 1 is never closed; add a `---` line after its last `key: value` line")
    }
}
