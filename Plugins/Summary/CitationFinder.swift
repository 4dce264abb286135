import BriefingCore

/// Finds every document that carries a summary sentence, with the span that holds it.
///
/// Candidates come from the inverted index (sentences of other documents similar to the
/// summary sentence) and from dedup's groups of equivalent sentences. A candidate is cited
/// only when its span contains nearly all of the summary sentence's words, so that a reader
/// following the link finds the sentence there, not a loose paraphrase; when another outlet
/// split the sentence in two, the pair of neighbouring sentences is tried as one span.
struct CitationFinder: Sendable {
    /// A cited span.
    struct Citation: Sendable, Hashable {
        /// Document index in the corpus.
        var doc: Int
        /// The span that holds the sentence.
        var span: Span
    }

    /// The documents, for their text.
    let corpus: Corpus
    /// Content sentences and their vectors.
    let table: SentenceTable
    /// Index over every content sentence.
    let index: InvertedIndex
    /// Thresholds.
    let tuning: SummaryTuning
    /// For a record, the records dedup says are equivalent to it.
    let equivalents: [Int: [Int]]

    /// Where a summary sentence is found.
    struct Found: Sendable {
        /// Spans that hold the sentence: its own first, then one per other document in corpus order.
        var citations: [Citation]
        /// Sentences of other documents that state the same thing in other words (dedup's
        /// equivalents, or very similar sentences), one per document not already cited.
        var paraphrases: [Citation]
    }

    /// Citations and paraphrases for record `r`.
    func find(_ r: Int, scratch: inout InvertedIndex.Scratch) -> Found {
        let record = table.records[r]
        let own = Citation(doc: record.doc, span: record.span)
        let said = WordHasher.wordSet(corpus.documents[record.doc].text.scalars, record.span)
        guard !said.isEmpty else { return Found(citations: [own], paraphrases: []) }
        var byDocument: [Int: [(record: Int, similarity: Float)]] = [:]
        for hit in index.query(record.vector, threshold: tuning.citationSearchThreshold, scratch: &scratch) {
            let other = index.members[hit.member]
            let doc = table.records[other].doc
            if doc != record.doc { byDocument[doc, default: []].append((other, hit.similarity)) }
        }
        for other in equivalents[r] ?? [] where table.records[other].doc != record.doc {
            byDocument[table.records[other].doc, default: []].append((other, 2))
        }
        var result = Found(citations: [own], paraphrases: [])
        for doc in byDocument.keys.sorted() {
            let hits = byDocument[doc]!.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.record < $1.record }
            if let span = firstHolding(said, in: doc, hits.prefix(4).map(\.record)) {
                result.citations.append(Citation(doc: doc, span: span))
            } else if let best = hits.first, best.similarity >= tuning.paraphraseThreshold {
                result.paraphrases.append(Citation(doc: doc, span: table.records[best.record].span))
            }
        }
        return result
    }

    /// The first span among the candidates (alone, or joined with a neighbour) holding the words.
    private func firstHolding(_ said: Set<UInt64>, in doc: Int, _ candidates: [Int]) -> Span? {
        let document = corpus.documents[doc]
        for other in candidates {
            let record = table.records[other]
            var spans = [record.span]
            let sentences = document.sentences
            if record.sentence + 1 < sentences.count, sentences[record.sentence + 1].paragraph == sentences[record.sentence].paragraph {
                spans.append(Span(record.span.start, sentences[record.sentence + 1].span.end))
            }
            if record.sentence > 0, sentences[record.sentence - 1].paragraph == sentences[record.sentence].paragraph {
                spans.append(Span(sentences[record.sentence - 1].span.start, record.span.end))
            }
            for span in spans where holds(said, document.text.scalars, span) { return span }
        }
        return nil
    }

    /// Whether `span` contains at least the required share of the words in `said`.
    func holds(_ said: Set<UInt64>, _ scalars: [Unicode.Scalar], _ span: Span) -> Bool {
        let cited = WordHasher.wordSet(scalars, span)
        let shared = said.reduce(0) { $0 + (cited.contains($1) ? 1 : 0) }
        return Float(shared) >= tuning.citationContainment * Float(said.count)
    }
}
