import BriefingCore

/// The whole summary computation, independent of the pipeline so tests can drive it directly.
///
/// Steps: build the sentence table (filters, TF-IDF), score sentences (LexRank, centroid,
/// position, support), choose the lead with MMR under the budget, cite every document that
/// carries each chosen sentence, order the lead for reading, and summarise each document.
public struct Summarizer: Sendable {
    /// The budget and per-document length.
    public var options: SummaryPass.Options
    var tuning = SummaryTuning()

    /// Creates a summariser.
    public init(options: SummaryPass.Options = SummaryPass.Options()) {
        self.options = options
    }

    /// Summarises `corpus`, using dedup's findings when there are any: the data of
    /// summary.json, nothing for display (that is `SummaryPresentation`'s).
    public func run(_ corpus: Corpus, duplicates: (any DuplicateFindings)? = nil) -> SummaryResult {
        let table = SentenceTable.build(corpus) { document, span in
            guard let duplicates else { return false }
            return duplicates.isBoilerplate(document.id, span) || duplicates.isRepeat(document.id, span)
        }
        let equivalents = Self.equivalents(table, corpus, duplicates?.equivalentSentences ?? [])
        let centroid = SentenceScorer.centroid(table)
        let closeness = table.records.map { $0.vector.dot(dense: centroid) }

        // Lead: score, then choose with MMR among the best candidates.
        let days = corpus.documents.map { $0.calendarDate?.dayNumber }
        let scored = SentenceScorer(tuning: tuning).score(table, closeness: closeness, days: days, equivalents: equivalents)
        let candidates = scored.prefix(tuning.mmrPool).map {
            MMRSelector.Candidate(id: $0.record, score: $0.score, vector: table.records[$0.record].vector,
                                  words: table.records[$0.record].wordCount,
                                  day: $0.firstDay)
        }
        let selector = MMRSelector(lambda: tuning.mmrLambda, redundancyThreshold: tuning.redundancyThreshold,
                                   maxSentences: options.sentences, maxWords: options.words, timeWeight: tuning.timeWeight)
        let chosen = selector.select(Array(candidates)) { a, b in equivalents[a]?.contains(b) ?? false }

        // Citations for each chosen sentence, over every content sentence of the corpus.
        let index = InvertedIndex(vectors: table.records.map(\.vector), members: Array(table.records.indices),
                                  vocabularySize: table.vocabularySize)
        let finder = CitationFinder(corpus: corpus, table: table, index: index, tuning: tuning, equivalents: equivalents)
        var scratch = InvertedIndex.Scratch(count: table.records.count)
        var found: [Int: CitationFinder.Found] = [:]
        for r in chosen { found[r] = finder.find(r, scratch: &scratch) }

        let ordered = ReadingOrder.order(chosen.map { r in readingKey(r, found[r]!.citations + found[r]!.paraphrases, table, corpus) })
        let sentences = ordered.map { r in
            let record = table.records[r]
            let spans = { (list: [CitationFinder.Citation]) in
                list.map { SourceSpan(doc: corpus.documents[$0.doc].id, start: $0.span.start, end: $0.span.end) }
            }
            return SummarySentence(text: Self.clean(corpus.documents[record.doc].slice(record.span)),
                                   sources: spans(found[r]!.citations), paraphrases: spans(found[r]!.paraphrases))
        }

        // Per-document summaries.
        let perDocument = DocumentSummarizer(maxSentences: options.documentSentences, tuning: tuning)
        let documents = Parallel.map(count: corpus.documents.count) { d -> DocumentSummary in
            let picks = perDocument.summarize(table, table.byDocument[d], closeness: closeness)
            return DocumentSummary(doc: corpus.documents[d].id, summary: picks.map { r in
                let span = table.records[r].span
                return DocumentSummarySentence(text: Self.clean(corpus.documents[d].slice(span)), start: span.start, end: span.end)
            })
        }
        return SummaryResult(sentences: sentences, documents: documents)
    }

    /// Groups of equivalent sentences from dedup, as record index → other records of its group.
    static func equivalents(_ table: SentenceTable, _ corpus: Corpus, _ groups: [[SentenceRef]]) -> [Int: [Int]] {
        guard !groups.isEmpty else { return [:] }
        var documentIndex: [String: Int] = [:]
        for (d, document) in corpus.documents.enumerated() { documentIndex[document.id] = d }
        var result: [Int: [Int]] = [:]
        for group in groups {
            let members = group.compactMap { ref -> Int? in
                guard let d = documentIndex[ref.doc] else { return nil }
                return table.lookup[SentenceTable.SentenceKey(doc: d, sentence: ref.sentence)]
            }
            for m in members { result[m, default: []].append(contentsOf: members.filter { $0 != m }) }
        }
        return result
    }

    /// Where a chosen sentence goes in reading order, from the documents that carry it.
    func readingKey(_ r: Int, _ citations: [CitationFinder.Citation], _ table: SentenceTable, _ corpus: Corpus) -> ReadingOrder.Key {
        var day: Int?
        var position = 1.0
        for citation in citations {
            if let date = corpus.documents[citation.doc].calendarDate?.dayNumber { day = min(day ?? date, date) }
            let range = table.byDocument[citation.doc]
            if let k = range.first(where: { table.records[$0].span.overlaps(citation.span) }) {
                position = min(position, Double(table.records[k].ordinal) / Double(max(range.count, 1)))
            }
        }
        let record = table.records[r]
        return ReadingOrder.Key(id: r, day: day, position: position, doc: record.doc, offset: record.span.start)
    }

    /// A sentence as shown: line breaks and runs of spaces folded to single spaces.
    static func clean(_ text: String) -> String {
        Excerpt.sentence(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
