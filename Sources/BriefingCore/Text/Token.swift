/// A word, number or punctuation mark, with its place in the original text.
///
/// Tokens are computed on demand (`Tokenizer`) rather than stored, because most passes only
/// need them for a few sentences at a time and a corpus of thousands of articles would
/// otherwise hold millions of them.
public struct Token: Hashable, Sendable {
    /// The broad class of a token, enough for shingling, counting words and spotting numbers.
    public enum Kind: Sendable, Hashable {
        /// Letters, possibly with inner apostrophes or hyphens ("don't", "state-run").
        case word
        /// Digits, possibly with inner separators ("3.5", "1,000").
        case number
        /// Anything else that is not whitespace.
        case punctuation
    }

    /// Where the token is.
    public var span: Span
    /// What it is.
    public var kind: Kind

    /// Creates a token.
    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
