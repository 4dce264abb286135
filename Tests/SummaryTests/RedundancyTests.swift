import BriefingCore
import Testing
@testable import Summary
import BriefingTestSupport

@Suite("summary redundancy")
struct RedundancyTests {
    func candidate(_ id: Int, _ score: Float, _ terms: [Int32], words: Int = 10) -> MMRSelector.Candidate {
        MMRSelector.Candidate(id: id, score: score, vector: SparseVector(pairs: terms.map { ($0, 1) }), words: words)
    }

    @Test("MMR drops a near-copy of a chosen sentence and takes the next distinct one")
    func mmrDropsNearCopies() {
        let selector = MMRSelector(lambda: 0.7, redundancyThreshold: 0.5, maxSentences: 2, maxWords: 100)
        let picks = selector.select([candidate(0, 1.0, [1, 2, 3, 4]), candidate(1, 0.95, [1, 2, 3, 5]), candidate(2, 0.5, [7, 8, 9])])
        #expect(picks == [0, 2])
    }

    @Test("MMR honours the caller's equivalence even when the words differ")
    func mmrHonoursEquivalence() {
        let selector = MMRSelector(lambda: 0.7, redundancyThreshold: 0.5, maxSentences: 3, maxWords: 100)
        let picks = selector.select([candidate(0, 1.0, [1, 2]), candidate(1, 0.9, [3, 4]), candidate(2, 0.5, [5, 6])]) { a, b in
            Set([a, b]) == [0, 1]
        }
        #expect(picks == [0, 2])
    }

    @Test("sentences dedup groups as equivalent never both reach the summary")
    func dedupGroupsRespected() {
        let corpus = ferryStory()
        // The two outlets' accounts of the walk-out state one fact in different words.
        let group = [ref(corpus, "a.txt", 0), ref(corpus, "b.txt", 1), ref(corpus, "c.txt", 0)]
        let findings = StubFindings(equivalentSentences: [group])
        let output = Summarizer(options: SummaryPass.Options(sentences: 7, words: 400)).run(corpus, duplicates: findings)
        let texts = Set(group.map { corpus.document($0.doc)!.slice($0.span) })
        let chosen = output.sentences.filter { texts.contains($0.text) }
        #expect(chosen.count == 1)
        // Every document of the group is credited, as a citation or as a paraphrase.
        #expect(Set((chosen.first?.sources ?? []).map(\.doc) + (chosen.first?.paraphrases ?? []).map(\.doc)) == ["a.txt", "b.txt", "c.txt"])
    }

    @Test("a verbatim copy in another outlet appears once, citing both")
    func verbatimCopyOnce() {
        let corpus = ferryStory()
        let output = Summarizer(options: SummaryPass.Options(sentences: 7, words: 400)).run(corpus)
        let strike = output.sentences.filter { $0.text.hasPrefix("The union said the strike") }
        #expect(strike.count == 1)
        #expect(Set(strike.first?.sources.map(\.doc) ?? []) == ["a.txt", "b.txt"])
    }

    @Test("boilerplate and repeats that dedup reports are left out")
    func boilerplateLeftOut() {
        let corpus = ferryStory()
        let a = corpus.document("a.txt")!
        let findings = StubFindings(boilerplate: ["a.txt": [a.sentences[0].span]], repeats: ["a.txt": [a.sentences[4].span]])
        let output = Summarizer(options: SummaryPass.Options(sentences: 7, words: 400)).run(corpus, duplicates: findings)
        let excluded = [a.slice(a.sentences[0].span), a.slice(a.sentences[4].span)]
        #expect(output.sentences.allSatisfy { !excluded.contains($0.text) })
        #expect(output.sentences.allSatisfy { $0.sources.allSatisfy { $0.doc != "a.txt" || $0.start != a.sentences[0].span.start } })
    }

    @Test("a block repeated inside one document counts once without dedup")
    func ownRepeats() {
        let block = "The council approved the new harbour wall after a long debate on Tuesday. Work is due to start in the spring."
        let corpus = Corpus(documents: [document("a.txt", block + " " + block + " Residents welcomed the decision at a public meeting.")])
        let table = SentenceTable.build(corpus) { _, _ in false }
        #expect(table.records.count == 3)
    }
}
