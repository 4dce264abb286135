import BriefingCore
import Testing
@testable import Dedup
import BriefingTestSupport

/// Corpora at the edges: one document, a document without words, many identical stubs.
@Suite struct EdgeCaseTests {
    @Test func singleDocumentHasNoPairsAndOneSource() async throws {
        let (result, output) = try await runDedup(try loadCorpus(["a.txt": Articles.original]))
        #expect(result.pairs.isEmpty)
        #expect(result.documents.count == 1)
        #expect(result.documents[0].duplicateOf == nil)
        #expect(output.figures.isEmpty)
        #expect(output.charts.isEmpty)
    }

    @Test func documentWithoutWordsIsHarmless() async throws {
        let (result, _) = try await runDedup(try loadCorpus(["a.txt": Articles.original, "b.txt": "— … —\n\n***"]))
        #expect(result.pairs.count == 1)
        #expect(result.pairs[0].relation == .unrelated)
    }

    @Test func hugeBucketKeepsEveryMemberInOneCluster() async {
        let signature = MinHasher(size: 32).signature([1, 2, 3, 4, 5])
        let signatures = [[UInt32]?](repeating: signature, count: 40)
        let index = LSHIndex(banding: Banding(bands: 4, rows: 8), maxBucket: 10)
        let found = await index.candidates(signatures)
        let pairs = found.pairs
        #expect(found.truncatedBuckets == 4)
        var clusters = UnionFind(count: 40)
        for (a, b) in pairs { clusters.union(a, b) }
        #expect(Set((0..<40).map { clusters.find($0) }).count == 1)
        #expect(pairs.count == 45 + 30)
    }

    /// 200,000 near-identical records gave 181 M candidate pairs: with a partner limit no
    /// document takes more than its share, and the big bucket's star links keep one cluster.
    @Test func partnerLimitBoundsPairsPerDocument() async {
        let signature = MinHasher(size: 32).signature([1, 2, 3, 4, 5])
        let signatures = [[UInt32]?](repeating: signature, count: 60)
        let index = LSHIndex(banding: Banding(bands: 4, rows: 8), maxBucket: 30, maxPartners: 5)
        let found = await index.candidates(signatures)
        var degree = [Int](repeating: 0, count: 60)
        for (a, b) in found.pairs { degree[a] += 1; degree[b] += 1 }
        // Document 0 is the bucket's first member and carries the star links; others are capped.
        #expect(degree.dropFirst().allSatisfy { $0 <= 5 + 1 })
        #expect(found.cappedDocuments > 0)
        #expect(found.pairs.count < 30 * 29 / 2)
        var clusters = UnionFind(count: 60)
        for (a, b) in found.pairs { clusters.union(a, b) }
        #expect(Set((0..<60).map { clusters.find($0) }).count == 1)
    }

    @Test func partnerLimitGrowsWithFewerDocuments() {
        #expect(LSHIndex.partnerLimit(documents: 200_000) == 20)
        #expect(LSHIndex.partnerLimit(documents: 20_000) == 200)
        #expect(LSHIndex.partnerLimit(documents: 20) >= 200_000)
    }
}

/// Paragraph repeats in a book-length document: bounded candidates per anchor and length.
@Suite struct RepeatBoundTests {
    /// Word hashes of a paragraph: a shared three-word opening, then distinct words.
    static func paragraph(_ k: Int, length: Int = 20) -> [UInt64] {
        [1, 2, 3] + (0..<(length - 3)).map { UInt64(1_000 + k * 100 + $0) }
    }

    @Test func nearRepeatIsFoundAmongTheLatestAnchoredParagraphs() {
        var words = (0..<40).map { Self.paragraph($0) }
        var copy = words[39]
        copy[19] = 7   // the last word changed, so only the opening anchors it
        words.append(copy)
        let found = ParagraphRepeats.find(words, similarity: 0.85)
        #expect(found.map(\.original) == [39])
    }

    @Test func onlyTheLatestAnchoredParagraphsAreCompared() {
        // The original lies further back than `maxAnchored` paragraphs with the same opening.
        var words = (0..<(ParagraphRepeats.maxAnchored + 5)).map { Self.paragraph($0) }
        var copy = words[0]
        copy[19] = 7
        words.append(copy)
        #expect(ParagraphRepeats.find(words, similarity: 0.85).isEmpty)
    }

    @Test func veryLongParagraphsRepeatOnlyExactly() {
        let long = ParagraphRepeats.nearMaximumWords + 10
        let a = Self.paragraph(1, length: long)
        var b = a
        b[long / 2] = 7
        #expect(ParagraphRepeats.find([a, b], similarity: 0.85).isEmpty)
        #expect(ParagraphRepeats.find([a, a], similarity: 0.85).map(\.original) == [0])
    }
}
