import BriefingCore
import Testing
@testable import Summary
import BriefingTestSupport

@Suite("summary length budget and options")
struct BudgetTests {
    @Test("the lead never exceeds the sentence budget")
    func sentenceBudget() {
        let output = Summarizer(options: SummaryPass.Options(sentences: 2, words: 1_000)).run(ferryStory())
        #expect(output.sentences.count == 2)
    }

    @Test("the lead never exceeds the word budget, and shorter sentences fill what is left")
    func wordBudget() {
        for budget in [20, 35, 60] {
            let output = Summarizer(options: SummaryPass.Options(sentences: 10, words: budget)).run(ferryStory())
            let used = output.sentences.reduce(0) { total, sentence in
                let scalars = Array(sentence.text.unicodeScalars)
                return total + WordHasher.wordCount(scalars, Span(0, scalars.count))
            }
            #expect(used <= budget)
            #expect(!output.sentences.isEmpty)
        }
    }

    @Test("MMR passes over a sentence that would overrun the budget")
    func mmrSkipsLongSentence() {
        let selector = MMRSelector(lambda: 0.7, redundancyThreshold: 0.5, maxSentences: 3, maxWords: 30)
        let candidates = [
            MMRSelector.Candidate(id: 0, score: 1.0, vector: SparseVector(pairs: [(1, 1)]), words: 20),
            MMRSelector.Candidate(id: 1, score: 0.9, vector: SparseVector(pairs: [(2, 1)]), words: 15),
            MMRSelector.Candidate(id: 2, score: 0.5, vector: SparseVector(pairs: [(3, 1)]), words: 8),
        ]
        #expect(selector.select(candidates) == [0, 2])
    }

    @Test("each document gets two or three sentences in its own order")
    func documentSummaries() {
        let corpus = ferryStory()
        let output = Summarizer().run(corpus)
        #expect(output.documents.map(\.doc) == ["a.txt", "b.txt", "c.txt"])
        for summary in output.documents {
            #expect((2...3).contains(summary.summary.count))
            #expect(summary.summary.map(\.start) == summary.summary.map(\.start).sorted())
        }
    }

    @Test("options are read, and bad ones are reported with their key")
    func options() throws {
        let parsed = try PassOptions(pass: "summary", values: ["sentences": .string("5"), "words": .string("120")]).decode(SummaryPass.Options.self)
        #expect(parsed == SummaryPass.Options(sentences: 5, words: 120))
        #expect(throws: PassError.self) { try PassOptions(pass: "summary", values: ["sentence": .string("5")]).decode(SummaryPass.Options.self) }
        #expect(throws: PassError.self) { try PassOptions(pass: "summary", values: ["words": .string("3")]).decode(SummaryPass.Options.self) }
        #expect(throws: PassError.self) { try PassOptions(pass: "summary", values: ["sentences": .string("many")]).decode(SummaryPass.Options.self) }
    }
}
