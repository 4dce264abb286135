import BriefingCore

extension SummaryPass {
    /// The `passes.summary` options of briefing.yml.
    public struct Options: PassOptionsDeclaration, Hashable {
        /// Most sentences in the lead summary.
        public var sentences = 7
        /// Most words in the lead summary. News sentences run 25–30 words, so seven of them
        /// need about 200 words; a tighter word budget would cut the lead short.
        public var words = 200
        /// Most sentences in each document's own summary.
        public var documentSentences = 3

        /// The defaults: a lead of about seven sentences.
        public init() {}

        /// A lead of at most `sentences` sentences and `words` words.
        public init(sentences: Int, words: Int, documentSentences: Int = 3) {
            self.sentences = sentences
            self.words = words
            self.documentSentences = documentSentences
        }

        public func validate() throws {
            try require(sentences >= 1, "sentences", sentences, "a whole number of at least 1")
            try require(words >= 10, "words", words, "a whole number of at least 10")
            try require(documentSentences >= 1, "document_sentences", documentSentences, "a whole number of at least 1")
        }
    }
}
