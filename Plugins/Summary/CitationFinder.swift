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

    let corpus: Corpus
    let table: SentenceTable
    let index: InvertedIndex
    let tuning: SummaryTuning
    /// For a record, the records dedup says are equivalent to it.
    let equivalents: [Int: [Int]]

    /// Citations for record `r`: its own span first, then one per other document in corpus order.
    func citations(for r: Int, scratch: inout InvertedIndex.Scratch) -> [Citation] {
        let record = table.records[r]
        let own = Citation(doc: record.doc, span: record.span)
        let said = WordScanner.wordSet(corpus.documents[record.doc].text.scalars, record.span)
        guard !said.isEmpty else { return [own] }
        var byDocument: [Int: [(record: Int, similarity: Float)]] = [:]
        for hit in index.query(record.vector, threshold: tuning.citationSearchThreshold, scratch: &scratch) {
            let other = index.members[hit.member]
            let doc = table.records[other].doc
            if doc != record.doc { byDocument[doc, default: []].append((other, hit.similarity)) }
        }
        for other in equivalents[r] ?? [] where table.records[other].doc != record.doc {
            byDocument[table.records[other].doc, default: []].append((other, 2))
        }
        var result = [own]
        for doc in byDocument.keys.sorted() {
            let hits = byDocument[doc]!.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.record < $1.record }
            if let span = firstHolding(said, in: doc, hits.prefix(4).map(\.record)) {
                result.append(Citation(doc: doc, span: span))
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
            if record.sentence + 1 < document.sentences.count {
                spans.append(Span(record.span.start, document.sentences[record.sentence + 1].span.end))
            }
            if record.sentence > 0 {
                spans.append(Span(document.sentences[record.sentence - 1].span.start, record.span.end))
            }
            for span in spans where holds(said, document.text.scalars, span) { return span }
        }
        return nil
    }

    /// Whether `span` contains at least the required share of the words in `said`.
    func holds(_ said: Set<UInt64>, _ scalars: [Unicode.Scalar], _ span: Span) -> Bool {
        let cited = WordScanner.wordSet(scalars, span)
        let shared = said.reduce(0) { $0 + (cited.contains($1) ? 1 : 0) }
        return Float(shared) >= tuning.citationContainment * Float(said.count)
    }
}
