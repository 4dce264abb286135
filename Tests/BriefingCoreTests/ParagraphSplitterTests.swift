import Testing
@testable import BriefingCore

/// Paragraph texts, lines and kinds of a text read as `format`.
func paragraphs(_ string: String, format: DocumentFormat = .text, title: Span? = nil) -> [(text: String, line: Int, kind: Paragraph.Kind)] {
    let text = SourceText(string)
    return ParagraphSplitter.paragraphs(of: text, in: text.trimmed(Span(0, text.count)), format: format, titleSpan: title)
        .map { (text.slice($0.span), $0.line, $0.kind) }
}

@Suite("Paragraph splitting")
struct ParagraphSplitterTests {
    @Test("blank lines separate paragraphs; lines are 1-based and blank lines count")
    func blankLines() {
        let result = paragraphs("First paragraph here.\n\nSecond one.\n\n\nThird one.")
        #expect(result.map(\.text) == ["First paragraph here.", "Second one.", "Third one."])
        #expect(result.map(\.line) == [1, 3, 6])
        #expect(result.allSatisfy { $0.kind == .body })
    }

    @Test("scraped text: one paragraph per line")
    func onePerLine() {
        let text = """
        The water board played down talk of rationing on Tuesday, saying reservoirs were fuller than they were a year ago.
        Farmers in the valley said they were ready to cut their use by a fifth if the dry weather lasted into the autumn.
        European leaders welcomed the idea.
        """
        #expect(paragraphs(text).map(\.line) == [1, 2, 3])
    }

    @Test("a line that stops mid-sentence continues on a line starting in lower case")
    func continuationLine() {
        let result = paragraphs("The minister said that the talks\nwould resume next week.\nNo date was given.")
        #expect(result.map(\.text) == ["The minister said that the talks\nwould resume next week.", "No date was given."])
    }

    @Test("a line ending with a colon introduces the next one instead of continuing it")
    func colonLine() {
        #expect(paragraphs("He listed three demands:\nan end to strikes, talks, and aid.").count == 2)
    }

    @Test("wire copy: indented lines start paragraphs, flush lines continue them")
    func indentedWireCopy() {
        let text = """
        Grain exporters said on Thursday that
        shipments rose sharply in the week to February 20,
        helped by milder weather in the ports.
            Traders expect the pace to slow next
        month as stocks run down.
            One dealer said prices were firm.
        """
        let result = paragraphs(text)
        #expect(result.count == 3)
        #expect(result.map(\.line) == [1, 4, 6])
        #expect(result[1].text == "Traders expect the pace to slow next\nmonth as stocks run down.")
    }

    @Test("tables in wire copy keep one row per paragraph")
    func wireTable() {
        let text = "Results for the year:\n    Shr 1.20 dlrs vs 1.10 dlrs\n    Net 5.0 mln vs 4.0 mln\n    Revs 90 mln vs 80 mln"
        #expect(paragraphs(text).count == 4)
    }

    @Test("hard-wrapped text without indentation ends a paragraph at a short final line")
    func hardWrapped() {
        let text = """
        The central bank left its main rate unchanged on Thursday and
        said it would watch prices closely over the coming months, as
        energy costs continued to rise across the region.
        Economists had expected the decision after weeks of signals
        from policymakers that they were in no hurry to move rates in
        either direction this year.
        """
        let result = paragraphs(text)
        #expect(result.map(\.line) == [1, 4])
    }

    @Test("short one-sentence lines of similar width are not mistaken for wrapped text")
    func shortLinesOfSimilarWidth() {
        let text = """
        Voters in the north went to the polls on Sunday in a tight race.
        A court in the capital upheld the ban on the opposition party.
        Floods closed the main highway to the port for a second day.
        The central bank held its main interest rate at four percent.
        """
        #expect(paragraphs(text).map(\.line) == [1, 2, 3, 4])
    }

    @Test("the title line and its repeats are headings")
    func titleHeading() {
        let text = "Budget plan meets a cool reception\n\nThe council said no.\n\nBudget plan meets a cool reception\nThe mayor said yes."
        let result = paragraphs(text, title: Span(0, 34))
        #expect(result.map(\.kind) == [.heading, .body, .heading, .body])
        #expect(result.map(\.line) == [1, 3, 5, 6])
    }

    @Test("a title directly above the first paragraph stands alone")
    func titleAboveBody() {
        let text = "Budget plan meets a cool reception\nthe council said on Tuesday it saw no rush."
        let result = paragraphs(text, title: Span(0, 34))
        #expect(result.map(\.kind) == [.heading, .body])
    }

    @Test("Markdown: a block is one paragraph, headings and list items stand alone")
    func markdownBlocks() {
        let text = """
        # Talks stall

        The envoy arrived late
        and left early.

        - first point
          goes on here
        - second point
        1. numbered item

        ## Background
        Older talks failed.
        """
        let result = paragraphs(text, format: .markdown)
        #expect(result.map(\.text) == [
            "# Talks stall", "The envoy arrived late\nand left early.", "- first point\n  goes on here",
            "- second point", "1. numbered item", "## Background", "Older talks failed.",
        ])
        #expect(result.map(\.kind) == [.heading, .body, .body, .body, .body, .heading, .body])
    }

    @Test("Markdown exported one paragraph per line: each long line is a paragraph")
    func markdownLinePerParagraph() {
        let text = """
        “It is a sad day for the port,” said Maria Lopez, who chairs the harbour board. “We warned the ministry about the silt for three years and nobody listened to a word of it.
        “The dredgers were sold off in 2019, and now we are paying a foreign firm twice as much,” she added on Friday.
        Shipping lines have already moved two weekly services to a rival port further up the coast, the board said.
        """
        let result = paragraphs(text, format: .markdown)
        #expect(result.map(\.line) == [1, 2, 3])
        #expect(result.allSatisfy { $0.kind == .body })
    }

    @Test("Markdown: hard-wrapped and one-sentence-per-line paragraphs stay whole")
    func markdownShortLinesStayJoined() {
        let wrapped = """
        The envoy arrived late on Tuesday and left before the talks on the
        grain corridor had started, officials in both capitals said.
        Nobody explained why.
        """
        #expect(paragraphs(wrapped, format: .markdown).count == 1)
        let sentences = "The envoy arrived late.\nHe left early.\nNobody explained why."
        #expect(paragraphs(sentences, format: .markdown).count == 1)
        let item = "- a list item that goes on and on about the shipping lines and the rival port up the coast, far longer than anyone wraps.\n  and continues here."
        #expect(paragraphs(item, format: .markdown).count == 1)
    }

    @Test("Markdown: setext headings, thematic breaks and code fences")
    func markdownSetextAndFences() {
        let text = "Talks stall\n===========\n\nBody text.\n\n***\n\n```\nraw = 1\n\nstill code\n```\n\n#hashtag is text"
        let result = paragraphs(text, format: .markdown)
        #expect(result.map(\.kind) == [.heading, .body, .body, .body])
        #expect(result[0].text == "Talks stall")
        #expect(result[2].text == "```\nraw = 1\n\nstill code\n```")
        #expect(result.last?.text == "#hashtag is text")
    }

    @Test("paragraph spans lie inside the body and are trimmed")
    func spansInsideBody() {
        let text = SourceText("---\ntitle: X\n---\n\n  Indented first paragraph.  \n")
        let body = text.trimmed(Span(17, text.count))
        let result = ParagraphSplitter.paragraphs(of: text, in: body, format: .markdown, titleSpan: nil)
        #expect(result.count == 1)
        #expect(text.slice(result[0].span) == "Indented first paragraph.")
        #expect(result[0].line == 5)
    }
}
