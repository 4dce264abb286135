import BriefingCore

/// What the summary pass adds to the site: the view for the lead and the per-source
/// summaries (numbered citations linking to sentence anchors) and the source-page highlights.
enum SummaryPresentation: PassPresentation {
    static func output(_ result: SummaryResult, corpus: Corpus, options: SummaryPass.Options) -> PassOutput {
        var output = PassOutput(result: result, annotations: annotations(result), view: view(result, corpus))
        output.legend = ["summary": "In the briefing's summary", "key-sentence": "Key sentence of this source"]
        return output
    }

    /// Template data: numbered citations linking to sentence anchors, per-document summaries.
    static func view(_ result: SummaryResult, _ corpus: Corpus) -> SummaryView {
        let documents = Dictionary(corpus.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var numbers: [String: Int] = [:]
        var sources: [SummaryView.Citation] = []
        var lead: [SummaryView.LeadSentence] = []
        var words = 0
        func marks(_ spans: [SourceSpan]) -> [SummaryView.Citation] {
            spans.map { source in
                let number: Int
                if let known = numbers[source.doc] {
                    number = known
                } else {
                    number = numbers.count + 1
                    numbers[source.doc] = number
                    sources.append(SummaryView.Citation(number: number, source: SourceLink(source.doc, in: documents)))
                }
                return SummaryView.Citation(number: number, source: SourceLink(source.doc, in: documents, offset: source.start))
            }.sorted { $0.number < $1.number }
        }
        for (k, sentence) in result.sentences.enumerated() {
            let citations = marks(sentence.sources)
            let paraphrases = marks(sentence.paraphrases)
            words += sentence.text.split(whereSeparator: { $0.isWhitespace }).count
            let hidden = citations.count - SummaryView.marksShown
            lead.append(SummaryView.LeadSentence(number: k + 1, text: sentence.text,
                                                 citations: Array(citations.prefix(SummaryView.marksShown)),
                                                 more: hidden > 0 ? hidden : nil,
                                                 paraphrases: Array(paraphrases.prefix(SummaryView.marksShown)),
                                                 carriedBy: citations.count + paraphrases.count))
        }
        let perDocument = result.documents.enumerated().map { k, summary in
            SummaryView.DocumentView(
                number: k + 1, source: SourceLink(summary.doc, in: documents), date: documents[summary.doc]?.date,
                sentences: summary.summary.map { LinkedSentence(text: $0.text, link: SitePaths.link(summary.doc, offset: $0.start)) })
        }
        return SummaryView(lead: lead, sources: sources, documents: perDocument, words: words)
    }

    /// Highlights: every cited span ("summary") and each document's key sentences. No anchors
    /// of their own: citations link to the sentence ids (`s<start>`) that source pages give every
    /// sentence, and every cited span starts at a sentence.
    static func annotations(_ result: SummaryResult) -> [Annotation] {
        var annotations: [Annotation] = []
        var seen: Set<SourceSpan> = []
        for (k, sentence) in result.sentences.enumerated() {
            for source in sentence.sources where seen.insert(source).inserted {
                annotations.append(Annotation(doc: source.doc, span: Span(source.start, source.end), kind: "summary",
                                          label: "In the summary (sentence \(k + 1))"))
            }
            for source in sentence.paraphrases where seen.insert(source).inserted {
                annotations.append(Annotation(doc: source.doc, span: Span(source.start, source.end), kind: "summary",
                                          label: "Summary sentence \(k + 1) says this in other words"))
            }
        }
        for document in result.documents {
            for sentence in document.summary {
                let source = SourceSpan(doc: document.doc, start: sentence.start, end: sentence.end)
                guard !annotations.contains(where: { $0.doc == source.doc && $0.span.overlaps(Span(source.start, source.end)) }),
                      seen.insert(source).inserted else { continue }
                annotations.append(Annotation(doc: source.doc, span: Span(source.start, source.end), kind: "key-sentence",
                                          label: "Key sentence of this article"))
            }
        }
        return annotations
    }
}
