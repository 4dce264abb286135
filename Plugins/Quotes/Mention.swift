import BriefingCore

/// Who a quote is attributed to, as written in the attribution clause.
struct Mention: Sendable, Hashable {
    /// How the speaker is referred to.
    enum Kind: String, Sendable, Hashable { case name, pronoun, nominal }

    /// The minimal surface form: the name without its title, the pronoun, or the description.
    var span: Span
    /// Its text.
    var text: String
    /// Name, pronoun or description.
    var kind: Kind
    /// Name words without titles ("Andrey", "Petrov"); empty for pronouns and descriptions.
    var nameWords: [String] = []
    /// Title or role words written with it ("Russian Foreign Minister"), if any.
    var role: String?
    /// Gender implied by the pronoun or a courtesy title.
    var gender: Gender = .unknown
    /// Index of the first word of the whole mention (title included) in its paragraph's words.
    var firstWord: Int
    /// Index of the last word of the mention.
    var lastWord: Int
}

/// How a quote got its speaker, from strongest to weakest evidence.
enum AttributionSource: String, Sendable, Hashable {
    /// An attribution clause next to the quote (`“…,” X said`).
    case adjacent
    /// A speech verb earlier in the sentence (`X said that “…”`).
    case clause
    /// `according to X`, `X: “…”`, `“…” — X`.
    case marker
    /// Inherited from the quote before it (continuation, same speaker).
    case continuation
    /// The speaker of the reported speech in the sentence before (`X said the plan failed. “…”`).
    case previous
    /// The subject of the sentence, without a speech verb in view.
    case subject
}

/// A quote's attribution before speaker names are resolved.
struct Attribution: Sendable, Hashable {
    /// The mention that attributes the quote.
    var mention: Mention
    /// The attributing word ("said", "according", "—").
    var cue: String
    /// How it was found.
    var source: AttributionSource
}
