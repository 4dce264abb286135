import BriefingCore
import Testing
@testable import Summary
import BriefingTestSupport

@Suite("summary reading order")
struct OrderingTests {
    @Test("dated sentences come in date order, undated ones last")
    func chronology() {
        let keys = [
            ReadingOrder.Key(id: 1, day: nil, position: 0, doc: 0, offset: 0),
            ReadingOrder.Key(id: 2, day: 20, position: 0.9, doc: 1, offset: 50),
            ReadingOrder.Key(id: 3, day: 10, position: 0.9, doc: 2, offset: 80),
        ]
        #expect(ReadingOrder.order(keys) == [3, 2, 1])
    }

    @Test("on one day, leads before details, then corpus and source order")
    func sourceOrder() {
        let keys = [
            ReadingOrder.Key(id: 1, day: 5, position: 0.8, doc: 0, offset: 300),
            ReadingOrder.Key(id: 2, day: 5, position: 0.0, doc: 1, offset: 0),
            ReadingOrder.Key(id: 3, day: 5, position: 0.5, doc: 0, offset: 200),
            ReadingOrder.Key(id: 4, day: 5, position: 0.0, doc: 0, offset: 40),
        ]
        #expect(ReadingOrder.order(keys) == [4, 2, 3, 1])
    }

    @Test("the summary of a story told over two days reads in date order")
    func summaryFollowsDates() throws {
        let first = "Heavy rain flooded the lower town of Brenmoor on Saturday, forcing 200 families from their homes."
        let second = "Engineers began pumping water out of the flooded streets of Brenmoor on Sunday morning."
        let corpus = Corpus(documents: [
            document("a.txt", second + " The pumps came from a neighbouring county and worked through the night.", date: "2031-03-02"),
            document("b.txt", first + " Emergency shelters opened in two schools and a sports hall.", date: "2031-03-01"),
        ])
        let output = Summarizer(options: SummaryPass.Options(sentences: 4, words: 200)).run(corpus)
        let texts = output.sentences.map(\.text)
        let i = try #require(texts.firstIndex(of: first))
        let j = try #require(texts.firstIndex(of: second))
        #expect(i < j)
    }
}
