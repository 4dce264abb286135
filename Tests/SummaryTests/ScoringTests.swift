import BriefingCore
import Testing
@testable import Summary
import BriefingTestSupport

@Suite("summary scoring")
struct ScoringTests {
    @Test("LexRank puts the hub of a star graph first and sums to one")
    func lexRankStar() {
        let graph: LexRank.Graph = [
            [(1, 1), (2, 1), (3, 1)],
            [(0, 1)], [(0, 1)], [(0, 1)],
            [],
        ]
        let scores = LexRank.scores(graph)
        #expect(scores.count == 5)
        #expect(abs(scores.reduce(0, +) - 1) < 1e-4)
        #expect(scores[0] > scores[1])
        #expect(scores[1] > scores[4])
        #expect(abs(scores[1] - scores[2]) < 1e-6)
    }

    @Test("the lead prior falls with position")
    func positionPrior() {
        #expect(SentenceScorer.positionPrior(0) == 1)
        #expect(SentenceScorer.positionPrior(1) > SentenceScorer.positionPrior(5))
    }

    @Test("a sentence the other outlets repeat outranks one nobody else has")
    func supportedSentenceWins() {
        let corpus = ferryStory()
        let table = SentenceTable.build(corpus) { _, _ in false }
        let centroid = SentenceScorer.centroid(table)
        let closeness = table.records.map { $0.vector.dot(dense: centroid) }
        let scored = SentenceScorer(tuning: SummaryTuning()).score(table, closeness: closeness)
        let text = { (s: SentenceScorer.Scored) in corpus.documents[table.records[s.record].doc].slice(table.records[s.record].span) }
        let rank = { (prefix: String) in scored.firstIndex { text($0).hasPrefix(prefix) }! }
        #expect(rank("The union said the strike") < rank("Island shops reported"))
        #expect(rank("Ferry workers in Port Alder") < rank("Fishing boats offered"))
        #expect(scored.first { text($0).hasPrefix("The union said the strike") }!.support >= 1)
    }

    @Test("sparse similarity finds exactly the cosines a brute-force scan finds")
    func indexMatchesBruteForce() {
        let table = SentenceTable.build(ferryStory()) { _, _ in false }
        let vectors = table.records.map(\.vector)
        let index = InvertedIndex(vectors: vectors, members: Array(vectors.indices), vocabularySize: table.vocabularySize)
        var scratch = InvertedIndex.Scratch(count: vectors.count)
        for (i, v) in vectors.enumerated() {
            let hits = index.query(v, threshold: 0.05, scratch: &scratch)
            let expected = vectors.indices.filter { v.dot(vectors[$0]) >= 0.05 }
            #expect(Set(hits.map(\.member)) == Set(expected), "sentence \(i)")
            for hit in hits { #expect(abs(hit.similarity - v.dot(vectors[hit.member])) < 1e-5) }
        }
    }

    @Test("above the graph limit, sentences are pre-selected and scoring still works")
    func preSelection() {
        var tuning = SummaryTuning()
        tuning.maxGraphNodes = 4
        let table = SentenceTable.build(ferryStory()) { _, _ in false }
        let centroid = SentenceScorer.centroid(table)
        let closeness = table.records.map { $0.vector.dot(dense: centroid) }
        let scored = SentenceScorer(tuning: tuning).score(table, closeness: closeness)
        #expect(scored.count <= 4)
        #expect(!scored.isEmpty)
    }

    @Test("filters keep questions, teasers, labels, captions and bare quotations out")
    func filters() {
        func verdict(_ text: String) -> SentenceFilter.Verdict {
            let scalars = Array(text.unicodeScalars)
            let span = Span(0, scalars.count)
            return SentenceFilter.verdict(scalars, span, wordCount: WordHasher.wordCount(scalars, span))
        }
        #expect(verdict("Will the ferry workers return to work before the weekend?") == .ineligible(.question))
        #expect(verdict("A harbour town awoke on Thursday to scenes of chaos after the…") == .ineligible(.teaser))
        #expect(verdict("“We will not go back until the bonus is restored,” she said.") == .ineligible(.quoteOnly))
        #expect(verdict("And we will stay out as long as it takes,” the union leader added on Monday.") == .ineligible(.midQuote))
        #expect(verdict("UPDATE: Ferry crossings resumed on Friday morning after talks.") == .ineligible(.label))
        #expect(verdict("STRIKE ENDS AFTER TALKS Ferry crossings resumed on Friday morning.") == .ineligible(.label))
        #expect(verdict("The view of the empty ferry terminal in Port Alder at dawn.") == .ineligible(.noVerb))
        #expect(verdict("Ferry strike enters second day The union said talks had failed.") == .ineligible(.label))
        #expect(verdict("Port Alder") == .ineligible(.fragment))
        #expect(verdict("Ferry strike ends after talks Ferry strike ends after talks The union agreed a deal on Friday.")
                == .ineligible(.label))
        #expect(verdict("Ferry workers in Port Alder walked off the job on Monday.") == .eligible(penalty: 1))
        #expect(verdict("The union leader, quoted in The Harbour Gazette, said talks had failed.") == .eligible(penalty: 1))
        if case .eligible(let penalty) = verdict("However, the operator said it had offered talks for Wednesday.") {
            #expect(penalty < 1)
        } else {
            Issue.record("a sentence opening with a connective is usable, with a penalty")
        }
    }

    @Test("a first-hand voice outside quotation marks and a remark with no name or number score lower")
    func narration() {
        func penalty(_ text: String) -> Float? {
            let scalars = Array(text.unicodeScalars)
            let span = Span(0, scalars.count)
            if case .eligible(let p) = SentenceFilter.verdict(scalars, span, wordCount: WordHasher.wordCount(scalars, span)) { return p }
            return nil
        }
        let fact = penalty("Ferry workers in Port Alder walked off the job on Monday.")
        #expect(fact == 1)
        // A presenter's or a witness's words in a transcript.
        #expect((penalty("I know every pier in Port Alder that has been closed.") ?? 1) < 0.5)
        #expect((penalty("Let's go back to the ferry terminal in Port Alder right now.") ?? 1) < 0.5)
        #expect((penalty("We have seen ferries stuck in Port Alder all week.") ?? 1) < 0.5)
        // Pronouns inside a quotation belong to the person quoted; "US" is a country.
        #expect(penalty("The union said “we will stay out until the bonus is back” in Port Alder on Monday.") == 1)
        #expect(penalty("The US said on Monday that ferry workers in Port Alder had a right to strike.") == 1)
        // A general remark with no name, number or date.
        #expect((penalty("Today is a day for celebration on the quays.") ?? 1) < 1)
        // A headline glued to the text by an upper-case word after a lower-case one or a number.
        #expect(SentenceFilter.verdict(Array("Survivors dig for food and water Up to 10,000 troops will arrive in Port Alder by Monday.".unicodeScalars),
                                       Span(0, 89), wordCount: 17) == .ineligible(.label))
    }

    @Test("a document in the first or second person throughout lowers even its third-person sentences")
    func conversationalDocument() {
        let anchor = [
            "I think we saw something remarkable in Port Alder tonight.", "We are live at the ferry terminal for you.",
            "You can see the crowds behind me on the quay.", "I spoke to the captain of the Mary Rose earlier.",
            "We will bring you more from the harbour office shortly.", "Let's go back to the studio in Port Alder now.",
        ].joined(separator: " ")
        let transcript = document("transcript.txt", "\(anchor) Ferry workers in Port Alder walked off the job on Monday. The union said talks with the operator had failed.\n")
        let report = document("report.txt", "Ferry workers in Port Alder walked off the job on Monday. The union said talks with the operator had failed. Crossings to the islands were cancelled. The operator said it would publish a new timetable on Tuesday. Passengers queued at the terminal in Port Alder. Two ferries stayed in port on Monday. Freight was moved to the rail terminal. The mayor of Port Alder called for calm.\n")
        let corpus = Corpus(documents: [transcript, report])
        let table = SentenceTable.build(corpus) { _, _ in false }
        func eligibility(_ id: String, _ prefix: String) -> Float? {
            guard let doc = corpus.documents.firstIndex(where: { $0.id == id }) else { return nil }
            return table.records.first { $0.doc == doc && corpus.documents[doc].text.slice($0.span).hasPrefix(prefix) }?.eligibility
        }
        let inTranscript = eligibility("transcript.txt", "Ferry workers in Port Alder")
        let inReport = eligibility("report.txt", "Ferry workers in Port Alder")
        #expect(inTranscript != nil && inReport != nil)
        #expect((inTranscript ?? 1) < (inReport ?? 0))
    }
}

@Suite("summary parallel work")
struct ParallelSummaryTests {
    @Test("the summary of a large corpus does not depend on how the work is split")
    func deterministic() {
        let base = ferryStory().documents
        var documents: [Document] = []
        for k in 0..<80 {
            let source = base[k % base.count]
            documents.append(document("d\(k).txt", source.text.string, date: "2031-05-\(10 + k % 9)"))
        }
        let corpus = Corpus(documents: documents)
        let first = Summarizer().run(corpus)
        let second = Summarizer().run(corpus)
        #expect(first == second)
        #expect(!first.sentences.isEmpty)
    }
}
