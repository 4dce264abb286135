/// Abbreviations whose period does not (or not always) end a sentence in English news text.
///
/// Kept as small, general lists of English usage (titles, months, reference words, US state
/// abbreviations of AP style); these are properties of the language, not of any corpus.
enum Abbreviations {
    /// Titles and words that always precede something: the period never ends the sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
        "cmdr", "sen", "rep", "gov", "pres", "rev", "fr", "hon", "supt", "insp", "amb", "sec",
        "messrs", "mme", "mlle", "gens", "sens", "reps", "lieut", "brig", "cdr", "pvt", "atty",
        "det", "msgr", "pfc", "spc", "mt", "ft", "vs", "v", "cf", "viz",
    ]
    /// Words abbreviated before a number: "No. 10", "Art. 5", "pp. 3"; final unless a digit follows.
    static let beforeNumbers: Set<String> = [
        "no", "nos", "art", "arts", "vol", "vols", "pp", "p", "ch", "fig", "figs", "para", "op",
        "approx", "ref", "tel", "ed", "nr",
    ]
    /// Month abbreviations: a period followed by a day number does not end the sentence.
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Abbreviations that end a sentence only when a typical sentence opener follows
    /// ("Apple Inc. The company…" but "Acme Corp. (ACME)", "Smith Jr. said").
    static let ambiguous: Set<String> = [
        "bros", "jr", "sr", "al", "st", "ave", "blvd", "rd", "dept", "univ", "assn", "est", "govt",
    ]
    /// Company suffixes: they end a sentence unless the name goes on ("Co. Ltd", "Inc. (ACME)").
    static let companySuffixes: Set<String> = [
        "inc", "corp", "co", "cos", "ltd", "llc", "plc", "ag", "sa", "nv", "bv", "kg", "gmbh", "lp",
    ]
    /// AP-style US state abbreviations, matched case-sensitively ("Ill." the state, not "ill.").
    static let states: Set<String> = [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
        "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
    ]
}
