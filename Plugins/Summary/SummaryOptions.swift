import BriefingCore

/// The `passes.summary` options of briefing.yml, read and checked once.
public struct SummaryOptions: Sendable, Hashable {
    /// Most sentences in the lead summary.
    public var sentences: Int
    /// Most words in the lead summary.
    public var words: Int
    /// Most sentences in each document's own summary.
    public var documentSentences: Int

    /// Option keys this pass understands.
    public static let keys = ["sentences", "words", "document_sentences"]

    /// The defaults: a lead of about seven sentences. News sentences run 25–30 words, so
    /// seven of them need about 200 words; a tighter word budget would cut the lead short.
    public init(sentences: Int = 7, words: Int = 200, documentSentences: Int = 3) {
        self.sentences = sentences
        self.words = words
        self.documentSentences = documentSentences
    }

    /// Reads the options, rejecting unknown keys and values out of range with the key named.
    public init(_ options: PassOptions) throws {
        let defaults = SummaryOptions()
        for key in options.values.keys.sorted() where !Self.keys.contains(key) {
            throw PassError.unknownOption(pass: options.pass, key: key, valid: Self.keys)
        }
        sentences = try options.int("sentences", default: defaults.sentences)
        words = try options.int("words", default: defaults.words)
        documentSentences = try options.int("document_sentences", default: defaults.documentSentences)
        if sentences < 1 {
            throw PassError.invalidOption(pass: options.pass, key: "sentences", value: "\(sentences)", expected: "a whole number of at least 1")
        }
        if words < 10 {
            throw PassError.invalidOption(pass: options.pass, key: "words", value: "\(words)", expected: "a whole number of at least 10")
        }
        if documentSentences < 1 {
            throw PassError.invalidOption(pass: options.pass, key: "document_sentences", value: "\(documentSentences)",
                                          expected: "a whole number of at least 1")
        }
    }
}
