/// Abbreviations whose period does not end a sentence in English news text.
///
/// Kept as small, general lists of English usage (titles, months, reference words); these are
/// properties of the language, not of any corpus.
enum Abbreviations {
    /// Titles that precede a name: the period never ends the sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
        "cmdr", "sen", "rep", "gov", "pres", "rev", "fr", "hon", "st", "supt", "insp", "amb",
        "messrs", "mme", "mlle", "gens", "sens", "reps", "lieut", "brig", "cdr", "pvt", "atty",
        "ald", "assn", "dept", "univ", "mt", "ft", "ave", "blvd",
    ]
    /// Words abbreviated before a number: "No. 10", "Art. 5", "pp. 3".
    static let beforeNumbers: Set<String> = ["no", "nos", "art", "vol", "pp", "p", "ch", "fig", "sec", "para", "op", "approx"]
    /// Month abbreviations: a period followed by a day number does not end the sentence.
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Abbreviations that may or may not end a sentence.
    static let other: Set<String> = ["inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "vs", "al"]
}
