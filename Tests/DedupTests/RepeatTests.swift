import BriefingCore
import Testing
@testable import Dedup
import BriefingTestSupport

/// Paragraphs a document repeats: a pasted block, a repeated headline, a near-exact copy.
@Suite struct RepeatTests {
    static let pasted = """
    Storm brings floods to coastal villages

    Storm brings floods to coastal villages

    Heavy rain overnight flooded roads in four coastal villages, the county council said on Wednesday.

    Rescue teams evacuated about 120 residents from low-lying streets near the river mouth.

    The weather service expects more rain on Thursday and has issued an amber warning for the region.

    Heavy rain overnight flooded roads in four coastal villages, the county council said on Wednesday.

    Rescue teams evacuated about 120 residents from low-lying streets near the river mouth.

    Schools in two of the villages will stay closed until the water recedes.
    """

    @Test func pastedBlockAndHeadlineAreMarkedOnce() async throws {
        let corpus = try loadCorpus(["storm.txt": Self.pasted])
        let (result, _) = try await runDedup(corpus)
        let lines = result.duplicateParagraphs.map(\.line).sorted()
        #expect(lines == [3, 11, 13])
        let byLine = Dictionary(uniqueKeysWithValues: result.duplicateParagraphs.map { ($0.line, $0.duplicateOf.line) })
        #expect(byLine[3] == 1)
        #expect(byLine[11] == 5)
        #expect(byLine[13] == 7)
        // The repeated headline is furniture as well; the repeated body paragraphs are not.
        #expect(result.boilerplate.map(\.line) == [3])
        let doc = corpus.documents[0]
        let repeat7 = try #require(result.duplicateParagraphs.first { $0.line == 11 })
        #expect(doc.slice(Span(repeat7.start, repeat7.end)).hasPrefix("Heavy rain overnight"))
        #expect(result.isRepeat(doc.id, Span(repeat7.start, repeat7.end)))
        #expect(!result.isRepeat(doc.id, doc.paragraphs[2].span))
    }

    @Test func nearExactRepeatIsFound() async throws {
        let text = """
        Rescue teams evacuated about 120 residents from low-lying streets near the river mouth on Wednesday night.
        The weather service expects more rain on Thursday.
        Rescue teams evacuated about 120 residents from the low-lying streets near the river mouth on Wednesday night.
        """
        let corpus = try loadCorpus(["a.txt": text])
        let (result, _) = try await runDedup(corpus)
        #expect(result.duplicateParagraphs.map(\.line) == [3])
        #expect((result.duplicateParagraphs.first?.similarity ?? 1) < 1)
    }

    @Test func distinctParagraphsAreNotRepeats() async throws {
        let corpus = try loadCorpus(["a.txt": Articles.original, "b.txt": Articles.rewrite])
        let (result, _) = try await runDedup(corpus)
        #expect(result.duplicateParagraphs.isEmpty)
    }
}
