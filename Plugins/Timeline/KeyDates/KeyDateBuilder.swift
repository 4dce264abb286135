/// The key dates of a story from what each document contributes: days ranked by the corpus's
/// evidence (`DateRanker`), each summarised by its central, novel sentences (`SentencePicker`).
struct KeyDateBuilder: Sendable {
    var settings = KeyDateSettings()
    var ranker = DateRanker()
    var picker = SentencePicker()

    /// Key dates for `documents` (one entry per document of the corpus, in corpus order).
    func keyDates(_ documents: [DocumentDays]) -> [KeyDate] {
        let count = settings.count(documents: documents.count)
        let ranked = ranker.rank(documents)
        let sentences = documents.flatMap(\.sentences)
        let now = documents.compactMap(\.published).max()
        return picker.pick(ranked: ranked, sentences: sentences, count: count, sentences: settings.sentences, now: now)
    }
}
