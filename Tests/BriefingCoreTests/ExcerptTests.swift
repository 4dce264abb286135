import BriefingCore
import Testing

/// Titles and excerpts are bounded: a 5 MB "word" taken as a title made a 51 MB site.
@Suite struct ExcerptTests {
    @Test(arguments: [
        ("Council approves the bridge budget", 40, "Council approves the bridge budget"),
        ("Council approves the bridge budget", 20, "Council approves the…"),
        ("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij…"),
        ("a bcdefghijklmnopqrstuvwxyz", 10, "a bcdefghi…"),
        ("exactly ten", 11, "exactly ten"),
        ("é is one character", 18, "é is one character"),
        ("", 5, ""),
    ])
    func bounded(_ text: String, _ limit: Int, _ expected: String) {
        #expect(Excerpt.bounded(text, limit: limit) == expected)
    }

    @Test func aHugeWordIsCutToTheLimit() {
        let word = String(repeating: "x", count: 5_000_000)
        let title = Excerpt.title(word)
        #expect(title.count == Excerpt.titleLimit + 1)
        #expect(title.hasSuffix("…"))
    }

    @Test func documentTitlesAndDisplayTitlesAreBounded() {
        let word = String(repeating: "y", count: 100_000)
        let text = SourceText(word + " and more words here.")
        let untitled = Document(id: "a.txt", path: "a.txt", format: .text, title: nil, titleSpan: nil, source: nil, url: nil,
                                author: nil, date: nil, metadata: [:], text: text, body: Span(0, text.scalars.count))
        #expect(untitled.displayTitle.count <= Excerpt.titleLimit + 1)
        let titled = Document(id: "b.md", path: "b.md", format: .text, title: word, titleSpan: nil, source: nil, url: nil,
                          author: nil, date: nil, metadata: [:], text: text, body: Span(0, text.scalars.count))
        #expect((titled.title ?? "").count == Excerpt.titleLimit + 1)
        #expect(titled.displayTitle == titled.title)
    }
}
