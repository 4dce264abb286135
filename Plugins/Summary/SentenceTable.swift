import BriefingCore
import Foundation

/// Every content sentence of the corpus with its TF-IDF vector and what the filters said.
///
/// Built once per run and shared by the lead summary, the per-document summaries and the
/// citation search. IDF is computed over sentences, not documents: with a handful of
/// articles on one story, document frequency cannot tell a story's core terms from filler.
struct SentenceTable: Sendable {
    /// One sentence.
    struct Record: Sendable {
        /// Index of the document in the corpus.
        var doc: Int
        /// Index of the sentence in the document.
        var sentence: Int
        /// The sentence's span.
        var span: Span
        /// Position among the document's content sentences (0: the lead).
        var ordinal: Int
        /// Number of words.
        var wordCount: Int
        /// TF-IDF vector.
        var vector: SparseVector
        /// Whether it may be a summary sentence, and how well it reads alone.
        var verdict: SentenceFilter.Verdict

        /// The penalty multiplier when eligible, nil otherwise.
        var eligibility: Float? {
            if case .eligible(let penalty) = verdict { return penalty }
            return nil
        }
    }

    /// Content sentences, by document then position.
    var records: [Record]
    /// Record indices per document (empty for documents without content).
    var byDocument: [Range<Int>]
    /// Number of distinct terms.
    var vocabularySize: Int
    /// Record index by (document, sentence index).
    var lookup: [SentenceKey: Int]

    /// Identifies a sentence by document and sentence index.
    struct SentenceKey: Hashable, Sendable {
        var doc: Int
        var sentence: Int
    }

    /// One sentence after the per-document analysis, before term ids exist.
    private struct Analysed: Sendable {
        var sentence: Int
        var span: Span
        var wordCount: Int
        var terms: [UInt64]
        var verdict: SentenceFilter.Verdict
    }

    /// Builds the table, leaving out headlines, the title and whatever `excluded` says is
    /// boilerplate or a repeat; a sentence whose words repeat an earlier one of the same
    /// document exactly is treated as a repeat too, so copy-pasted blocks count once.
    /// Documents are analysed in parallel; term ids are then given in corpus order, so the
    /// table is the same whatever the number of cores.
    static func build(_ corpus: Corpus, excluded: @escaping @Sendable (Document, Span) -> Bool) -> SentenceTable {
        let analysed = Parallel.map(corpus.documents) { document in
            analyse(document, excluded: excluded)
        }
        var vocabulary: [UInt64: Int32] = [:]
        var documentFrequency: [Int32] = []
        var raw: [(record: Record, terms: [Int32])] = []
        var byDocument: [Range<Int>] = []
        for (d, sentences) in analysed.enumerated() {
            let first = raw.count
            for (ordinal, item) in sentences.enumerated() {
                var ids: [Int32] = []
                ids.reserveCapacity(item.terms.count)
                for hash in item.terms {
                    if let id = vocabulary[hash] {
                        ids.append(id)
                    } else {
                        let id = Int32(vocabulary.count)
                        vocabulary[hash] = id
                        documentFrequency.append(0)
                        ids.append(id)
                    }
                }
                ids.sort()  // sorted, with repetitions: term frequencies come from runs
                var previous: Int32 = -1
                for id in ids where id != previous {
                    documentFrequency[Int(id)] += 1
                    previous = id
                }
                let record = Record(doc: d, sentence: item.sentence, span: item.span, ordinal: ordinal,
                                    wordCount: item.wordCount, vector: .empty, verdict: item.verdict)
                raw.append((record, ids))
            }
            byDocument.append(first..<raw.count)
        }
        let n = Float(max(raw.count, 1))
        let idf = documentFrequency.map { df in Float(log(1 + Double(n) / Double(df))) }
        var records: [Record] = []
        records.reserveCapacity(raw.count)
        var lookup: [SentenceKey: Int] = [:]
        for (record, sortedIDs) in raw {
            var pairs: [(Int32, Float)] = []
            var k = 0
            while k < sortedIDs.count {
                var m = k
                while m < sortedIDs.count, sortedIDs[m] == sortedIDs[k] { m += 1 }
                let tf = Float(m - k)
                pairs.append((sortedIDs[k], (1 + Float(log(Double(tf)))) * idf[Int(sortedIDs[k])]))
                k = m
            }
            var r = record
            r.vector = SparseVector(pairs: pairs)
            lookup[SentenceKey(doc: r.doc, sentence: r.sentence)] = records.count
            records.append(r)
        }
        return SentenceTable(records: records, byDocument: byDocument, vocabularySize: vocabulary.count, lookup: lookup)
    }
    /// The content sentences of one document with their terms and verdicts.
    private static func analyse(_ document: Document, excluded: (Document, Span) -> Bool) -> [Analysed] {
        let scalars = document.text.scalars
        var seen: Set<[UInt64]> = []
        var result: [Analysed] = []
        var personal = 0
        for sentence in document.sentences {
            if document.paragraphs[sentence.paragraph].kind == .heading { continue }
            if let title = document.titleSpan, title.overlaps(sentence.span) { continue }
            if excluded(document, sentence.span) { continue }
            let analysis = TermAnalyzer.analyse(scalars, sentence.span)
            if analysis.terms.isEmpty { continue }
            if !seen.insert(analysis.terms).inserted { continue }
            let voice = SentenceFilter.narration(scalars, sentence.span)
            if voice.personal { personal += 1 }
            let verdict = SentenceFilter.verdict(scalars, sentence.span, wordCount: analysis.wordCount, voice: voice)
            result.append(Analysed(sentence: sentence.index, span: sentence.span, wordCount: analysis.wordCount,
                                   terms: analysis.terms, verdict: verdict))
        }
        // A document that talks in the first or second person throughout is a transcript, a
        // column or a letter: even its third-person sentences are asides more than reports.
        if result.count >= 8, Float(personal) >= SentenceFilter.conversationalShare * Float(result.count) {
            for k in result.indices {
                if case .eligible(let penalty) = result[k].verdict { result[k].verdict = .eligible(penalty: penalty * 0.6) }
            }
        }
        return result
    }
}
