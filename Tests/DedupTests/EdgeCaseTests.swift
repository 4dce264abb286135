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
        let (pairs, truncated) = await index.candidates(signatures)
        #expect(truncated == 4)
        var clusters = UnionFind(count: 40)
        for (a, b) in pairs { clusters.union(a, b) }
        #expect(Set((0..<40).map { clusters.find($0) }).count == 1)
        #expect(pairs.count == 45 + 30)
    }
}
