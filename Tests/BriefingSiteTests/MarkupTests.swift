import BriefingCore
import Foundation
import Testing
@testable import BriefingSite
import BriefingTestSupport

@Suite("HTML escaping and Markdown")
struct MarkupTests {
    @Test("every markup character is escaped")
    func escape() {
        #expect(HTML.escape("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTML.escape("plain “curly” text") == "plain “curly” text")
    }

    @Test("libcmark renders Markdown and strips raw HTML")
    func markdown() {
        let html = Markdown.html("Some *emphasis* and <script>alert(1)</script> [a link](https://example.org).")
        #expect(html.contains("<em>emphasis</em>"))
        #expect(html.contains("<a href=\"https://example.org\">a link</a>"))
        #expect(!html.contains("<script>"))
        #expect(Markdown.html("<div onclick=\"x()\">block</div>").contains("raw HTML omitted"))
    }

    @Test("a paragraph's inline Markdown loses its wrapping <p>")
    func inline() {
        #expect(SourceHighlighter.inlineMarkdown("A **bold** claim.") == "A <strong>bold</strong> claim.")
    }
}

@Suite("Source highlighting")
struct HighlighterTests {
    func document(_ text: String) -> Document {
        BriefingTestSupport.document("a.txt", text)
    }

    @Test("sentences get anchors at their start offsets")
    func sentenceAnchors() {
        let doc = document("First one here. Second one there.")
        let html = SourceHighlighter.blocks(doc, annotations: [])[0].html
        #expect(html == "<span class=\"sent\" id=\"s0\">First one here.</span> <span class=\"sent\" id=\"s16\">Second one there.</span>")
    }

    @Test("an annotation crossing a sentence boundary is split without repeating its id")
    func crossing() {
        let doc = document("Alpha beta gamma. Delta epsilon.")
        let quote = Annotation(doc: "a.txt", span: Span(6, 24), kind: "quote", label: "Someone", anchor: "q-6")
        let html = SourceHighlighter.blocks(doc, annotations: [quote])[0].html
        #expect(html.components(separatedBy: "id=\"q-6\"").count == 2)
        // Three pieces: the end of the first sentence, the space between, the start of the second.
        #expect(html.components(separatedBy: "<mark").count == 4)
        #expect(html.contains("title=\"Someone\""))
        // The text is intact once tags are removed.
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(text == "Alpha beta gamma. Delta epsilon.")
    }

    @Test("an annotation covering a whole paragraph becomes a class and a note")
    func wholeParagraph() {
        let doc = document("Keep this paragraph.\n\nShare this story on social media")
        let cruft = Annotation(doc: "a.txt", span: doc.paragraphs[1].span, kind: "boilerplate", label: "share prompt")
        let blocks = SourceHighlighter.blocks(doc, annotations: [cruft])
        #expect(blocks[0].classes == "")
        #expect(blocks[1].classes == "ann-boilerplate")
        #expect(blocks[1].note == "share prompt")
    }

    @Test("annotation labels and corpus text are escaped")
    func escaping() {
        let doc = document("He said <b>no</b>.")
        let note = Annotation(doc: "a.txt", span: Span(8, 17), kind: "quote", label: "\"Bob\" <x>")
        let html = SourceHighlighter.blocks(doc, annotations: [note])[0].html
        #expect(html.contains("&lt;b&gt;no&lt;/b&gt;"))
        #expect(html.contains("title=\"&quot;Bob&quot; &lt;x&gt;\""))
    }
}

@Suite("Charts")
struct ChartTests {
    @Test("bar charts are accessible SVG with titles")
    func bars() {
        let svg = ChartRenderer.svg(.bars(title: "Quotes per speaker", bars: [.init(label: "A <b>", value: 3), .init(label: "B", value: 1, link: "x.html")]), id: "c")
        #expect(svg.hasPrefix("<svg class=\"chart\" id=\"c\" role=\"img\""))
        #expect(svg.contains("<title id=\"c-title\">Quotes per speaker</title>"))
        #expect(svg.contains("A &lt;b&gt;: 3"))
        #expect(svg.contains("<a href=\"x.html\">"))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test("heat maps have one cell per pair, shaded by value")
    func heatMap() {
        let svg = ChartRenderer.svg(.heatMap(title: "Similarity", labels: ["a", "b"], values: [[1, 0.5], [0.5, 1]]), id: "h")
        #expect(svg.components(separatedBy: "<rect").count - 1 == 4)
        #expect(svg.contains("heat-8"))
        #expect(svg.contains("heat-4"))
    }

    @Test("timelines put expected events apart from past ones")
    func timeline() {
        let day = Double(CalendarDate(year: 2025, month: 8, day: 19).dayNumber)
        let svg = ChartRenderer.svg(.timeline(title: "Events", points: [
            .init(day: day - 4, label: "summit", expected: false),
            .init(day: day + 14, label: "deadline", expected: true),
        ]), id: "t")
        #expect(svg.contains("class=\"past\""))
        #expect(svg.contains("class=\"expected\""))
        #expect(svg.contains("2025-08-15"))
        #expect(svg.contains("2025-09-02"))
    }
}

@Suite("Markdown source pages")
struct MarkdownPageTests {
    @Test("a Markdown heading shows its text without the # marks and keeps its anchor")
    func headings() {
        let text = "# Big heading here\n\nSome *text* here.\n"
        let doc = document("a.md", text, format: .markdown)
        let blocks = SourceHighlighter.blocks(doc, annotations: [])
        #expect(blocks[0].heading)
        #expect(blocks[0].html == "<span class=\"sent\" id=\"s0\">Big heading here</span>")
        #expect(blocks[1].html == "<span id=\"s20\"></span>Some <em>text</em> here.")
    }
}
