import BriefingCore
@testable import Summary
import BriefingTestSupport

/// A fictional story told by three outlets: a ferry strike in a harbour town. The second
/// outlet copies one sentence of the first word for word; the third tells it in its own words.
func ferryStory() -> Corpus {
    let a = """
    Ferry workers in Port Alder walked off the job on Monday, halting all crossings to the islands. \
    The union said the strike would last until the operator restored the night shift bonus. \
    About 4,000 passengers a day use the ferries, according to the harbour authority. \
    The operator said it had offered talks for Wednesday. \
    Island shops reported that fresh food deliveries had already stopped.
    """
    let b = """
    The union said the strike would last until the operator restored the night shift bonus. \
    Ferry crossings between Port Alder and the islands stopped on Monday as workers walked out. \
    The harbour authority said about 4,000 passengers a day rely on the service. \
    Talks between the operator and the union are planned for Wednesday, the operator said.
    """
    let c = """
    Island residents were left stranded after the ferry crew stopped work in Port Alder. \
    Workers want the night shift bonus back, their union said in a statement. \
    A spokeswoman for the operator told reporters that talks could begin on Wednesday. \
    Fishing boats offered to carry urgent medical supplies to the islands.
    """
    return Corpus(documents: [document("a.txt", a, date: "2031-05-12"), document("b.txt", b, date: "2031-05-12"),
                              document("c.txt", c, date: "2031-05-13")])
}

/// The reference to sentence `index` of a document.
func ref(_ corpus: Corpus, _ doc: String, _ index: Int) -> SentenceRef {
    let document = corpus.document(doc)!
    return SentenceRef(doc: doc, sentence: index, span: document.sentences[index].span)
}

/// Word set of a string, as the citation check counts words.
func words(_ text: String) -> Set<UInt64> {
    let scalars = Array(text.unicodeScalars)
    return WordHasher.wordSet(scalars, Span(0, scalars.count))
}
