import BriefingCore
import Testing
@testable import Dedup
import BriefingTestSupport

/// Relations between documents, clusters, evidence and what each source adds.
@Suite struct PairRelationTests {
    static let files = [
        "a-original.txt": Articles.original, "b-rewrite.txt": Articles.rewrite,
        "c-independent.txt": Articles.independent, "d-unrelated.txt": Articles.unrelated,
    ]

    func relation(_ result: DedupResult, _ a: String, _ b: String) -> DocumentRelation? {
        result.pairs.first { Set([$0.a, $0.b]) == Set([a, b]) }?.relation
    }

    @Test func everyPairHasTheRightRelation() async throws {
        let (result, _) = try await runDedup(try loadCorpus(Self.files))
        #expect(result.pairs.count == 6)
        #expect(result.pairsComplete)
        #expect(relation(result, "a-original.txt", "b-rewrite.txt") == .nearDuplicate)
        #expect(relation(result, "a-original.txt", "c-independent.txt") == .sameStory)
        #expect(relation(result, "b-rewrite.txt", "c-independent.txt") == .sameStory)
        for other in ["a-original.txt", "b-rewrite.txt", "c-independent.txt"] {
            #expect(relation(result, other, "d-unrelated.txt") == .unrelated)
        }
    }

    @Test func rewritesFormAClusterWithEvidence() async throws {
        let (result, output) = try await runDedup(try loadCorpus(Self.files))
        #expect(result.clusters.count == 1)
        let cluster = try #require(result.clusters.first)
        #expect(Set(cluster.members) == ["a-original.txt", "b-rewrite.txt"])
        let rewrites = result.documents.filter { $0.duplicateOf != nil }
        #expect(rewrites.count == 1)
        #expect(rewrites.first?.duplicateOf == cluster.representative)
        let pair = try #require(result.pairs.first { $0.relation == .nearDuplicate })
        #expect(pair.aligned.count >= 5)
        // Aligned pairs keep the order of both texts.
        #expect(pair.aligned.map(\.a.start) == pair.aligned.map(\.a.start).sorted())
        #expect(pair.aligned.map(\.b.start) == pair.aligned.map(\.b.start).sorted())
        // Figures: 3 independent reports among the 4 sources, one text written twice.
        #expect(output.figures == [Figure(value: 3, label: "independent reports"), Figure(value: 2, label: "rewrites of one text")])
        #expect(output.charts["similarity"] != nil)
        #expect(!result.equivalentSentences.isEmpty)
        #expect(result.equivalentSentences.allSatisfy { Set($0.map(\.doc)).count >= 2 })
    }

    @Test func addsAreTheSentencesNoOtherSourceCarries() async throws {
        let corpus = try loadCorpus(Self.files)
        let (result, _) = try await runDedup(corpus)
        let original = try #require(result.documents.first { $0.doc == "a-original.txt" })
        let doc = try #require(corpus.document("a-original.txt"))
        let added = (original.adds ?? []).map { doc.slice(Span($0.start, $0.end)) }
        // Only the original mentions the 1998 renovation.
        #expect(added.contains { $0.contains("1998") })
        #expect(!added.contains { $0.contains("ultrasound") })
        let unrelated = try #require(result.documents.first { $0.doc == "d-unrelated.txt" })
        #expect(unrelated.adds?.count == unrelated.sentences)
    }

    @Test func largeCorpusPathReportsOnlyCandidatePairs() async throws {
        let (result, _) = try await runDedup(try loadCorpus(Self.files), options: ["pairwise_limit": "2"])
        #expect(!result.pairsComplete)
        #expect(result.pairs.allSatisfy { $0.relation != .unrelated })
    }
}
