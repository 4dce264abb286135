/// The English language as every pass reads it: one lexicon of word lists (titles, speech
/// verbs, function and stop words, pronouns, abbreviations, months and numbers) and, beside it,
/// `CharacterClass` for the character classes.
///
/// Modelled on spaCy's `spacy/lang/en/`: the language's data lives in one place, and passes
/// read it instead of carrying their own copies. The lists are general English usage of news
/// writing, never names or phrases of any corpus. Where two passes were tuned on different
/// lists of the same kind (the summary's and dedup's stop words), each keeps its own named
/// list, so that sharing the lexicon changes no output.
public enum English {}

/// Grammatical gender of a mention, used to keep "she" away from a man.
public enum Gender: String, Sendable, Hashable {
    case male, female, plural, unknown
}
