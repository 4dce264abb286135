/// Words that tell the sentence splitter what the text after a period is.
///
/// General English lists: after an ambiguous abbreviation ("U.S.", "Inc.", "Calif.") a
/// sentence boundary is assumed only when a typical sentence opener follows, and a question or
/// exclamation inside quotes followed by "Name said" is an attribution, not a new sentence.
enum SentenceCues {
    /// Function words and connectives that commonly open a sentence, lower-cased.
    static let openers: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
        "you", "his", "her", "its", "their", "our", "my", "your", "there", "here", "but",
        "so", "yet", "however", "meanwhile", "moreover", "still", "also", "then", "now",
        "in", "on", "at", "for", "after", "before", "during", "when", "while", "if", "as",
        "although", "though", "since", "despite", "because", "with", "without", "by", "from", "to",
        "what", "who", "why", "how", "where", "which", "many", "some", "most", "all", "both",
        "each", "every", "no", "not", "such", "another", "other", "others", "earlier", "later",
        "last", "next", "instead", "indeed", "only", "even", "under", "over", "among",
        "according",
    ]
    /// Verbs that attribute speech ("…?” Walsh asked.).
    static let speechVerbs: Set<String> = [
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
        "replied", "replies", "shouted", "shouts", "exclaimed", "yelled", "cried", "wondered",
        "wonders", "demanded", "demands", "declared", "insisted", "insists", "recalled", "noted",
        "explained", "argued", "warned", "warns", "stated", "tweeted", "posted", "quipped",
        "joked", "responded", "answered", "pleaded", "urged", "remarked", "continued", "conceded",
        "admitted", "acknowledged", "claimed", "countered", "snapped", "asserted", "chanted",
        "screamed", "whispered", "muttered", "mused", "questioned", "challenged", "laughed",
    ]
}
