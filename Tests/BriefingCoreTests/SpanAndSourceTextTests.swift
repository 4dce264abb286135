import Testing
@testable import BriefingCore

@Suite("Spans and source text")
struct SpanAndSourceTextTests {
    @Test("a span is half-open and never negative")
    func spanBasics() {
        let span = Span(3, 8)
        #expect(span.length == 5)
        #expect(!span.isEmpty)
        #expect(Span(5, 2) == Span(5, 5))
        #expect(Span(5, 2).isEmpty)
        #expect(span.contains(3) && span.contains(7) && !span.contains(8))
        #expect(span.contains(Span(4, 8)) && !span.contains(Span(2, 4)))
        #expect(span.description == "3..<8")
    }

    @Test("overlap needs a shared scalar; touching spans do not overlap")
    func overlaps() {
        #expect(Span(0, 5).overlaps(Span(4, 9)))
        #expect(!Span(0, 5).overlaps(Span(5, 9)))
        #expect(!Span(3, 3).overlaps(Span(0, 9)))
    }

    @Test("spans sort by start, then end")
    func ordering() {
        #expect([Span(4, 9), Span(0, 5), Span(0, 2)].sorted() == [Span(0, 2), Span(0, 5), Span(4, 9)])
    }

    @Test("slicing counts Unicode scalars, like Python str indices")
    func scalarSlicing() {
        // "é" as e + combining acute is two scalars; the emoji is one scalar and four UTF-8 bytes.
        let text = SourceText("Caf\u{65}\u{301} \u{1F600} talks")
        #expect(text.count == 13)
        #expect(text.slice(Span(8, 13)) == "talks")
        #expect(text.slice(Span(6, 7)) == "\u{1F600}")
        #expect(text.slice(Span(11, 99)) == "ks")
        #expect(text.slice(Span(-3, 2)) == "Ca")
    }

    @Test("trimming removes whitespace, no-break spaces and byte-order marks")
    func trimming() {
        let text = SourceText("\u{FEFF} \tTalks end.\u{00A0}\n")
        let trimmed = text.trimmed(Span(0, text.count))
        #expect(text.slice(trimmed) == "Talks end.")
        #expect(text.trimmed(Span(2, 3)).isEmpty)
    }

    @Test("line numbers and line spans follow split on newline")
    func lines() {
        let text = SourceText("Title\n\nBody one.\nBody two.")
        #expect(text.lineSpans() == [Span(0, 5), Span(6, 6), Span(7, 16), Span(17, 26)])
        #expect(text.line(at: 0) == 1)
        #expect(text.line(at: 7) == 3)
        #expect(text.line(at: 25) == 4)
        #expect(SourceText("a\n").lineSpans() == [Span(0, 1), Span(2, 2)])
    }
}
