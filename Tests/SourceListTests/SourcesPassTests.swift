import BriefingCore
import Testing
@testable import SourceList
import BriefingTestSupport

@Suite("sources pass")
struct SourcesPassTests {
    func document(_ id: String, _ text: String, title: String? = nil, date: String? = nil) -> Document {
        BriefingTestSupport.document(id, text, format: .markdown, title: title, source: "Wire", date: date)
    }

    @Test("one row per document with words, sentences and reading time")
    func rows() async throws {
        let body = Array(repeating: "The council met again today to discuss the budget.", count: 60).joined(separator: " ")
        let corpus = Corpus(documents: [document("b.md", "Short text here. Another one.", title: "Budget talks resume"),
                                        document("a.md", body, date: "2025-03-04")])
        let output = try await SourcesPass().run(PassInput(corpus: corpus))
        let result = try #require(output.result as? SourcesResult)
        #expect(result.documents.map(\.doc) == ["a.md", "b.md"])
        #expect(result.documents[0].words == 540)
        #expect(result.documents[0].sentences == 60)
        #expect(result.documents[0].readingMinutes == 2)
        #expect(result.documents[0].date == "2025-03-04")
        #expect(result.documents[1].readingMinutes == 1)
        #expect(result.documents[1].page == "sources/b.md.html")
        #expect(result.totalWords == 545)
        #expect(output.figures == [Figure(value: 2, label: "sources")])
    }

    @Test("the story title is the headline most like the others")
    func centralHeadline() {
        let chosen = HeadlineChooser.central([
            "Council approves bridge funding after long debate",
            "Weather: sunny spells expected",
            "Bridge funding approved by council",
        ])
        #expect(chosen == "Bridge funding approved by council")
        #expect(HeadlineChooser.central([]) == nil)
        #expect(HeadlineChooser.central(["Only one"]) == "Only one")
    }

    @Test("a bad option names the pass, the key and what is expected")
    func badOption() async throws {
        let corpus = Corpus(documents: [document("a.md", "Some text here.")])
        let options = PassOptions(pass: "sources", values: ["words_per_minute": .string("fast")])
        await #expect(throws: PassError.invalidOption(pass: "sources", key: "words_per_minute", value: "fast", expected: "a whole number")) {
            _ = try await SourcesPass().run(PassInput(corpus: corpus, options: options))
        }
    }
}
