/// Abbreviations whose period does not (or not always) end a sentence in English news text.
///
/// Kept as small, general lists of English usage (titles, reference words, US state
/// abbreviations of AP style); these are properties of the language, not of any corpus.
extension English {
    public enum Abbreviations {
        /// Titles and words that always precede something: the period never ends the sentence.
        public static let titles: Set<String> = [
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
            "cmdr", "sen", "rep", "gov", "pres", "rev", "fr", "hon", "supt", "insp", "amb", "sec",
            "messrs", "mme", "mlle", "gens", "sens", "reps", "lieut", "brig", "cdr", "pvt", "atty",
            "det", "msgr", "pfc", "spc", "mt", "ft", "vs", "v", "cf", "viz",
        ]

        /// Words abbreviated before a number: "No. 10", "Art. 5", "pp. 3"; final unless a digit follows.
        public static let beforeNumbers: Set<String> = [
            "no", "nos", "art", "arts", "vol", "vols", "pp", "p", "ch", "fig", "figs", "para", "op",
            "approx", "ref", "tel", "ed", "nr",
        ]

        /// Abbreviations that end a sentence only when a typical sentence opener follows
        /// ("Apple Inc. The company…" but "Acme Corp. (ACME)", "Smith Jr. said").
        public static let ambiguous: Set<String> = [
            "bros", "jr", "sr", "al", "st", "ave", "blvd", "rd", "dept", "univ", "assn", "est", "govt",
        ]

        /// Company suffixes: they end a sentence unless the name goes on ("Co. Ltd", "Inc. (ACME)").
        public static let companySuffixes: Set<String> = [
            "inc", "corp", "co", "cos", "ltd", "llc", "plc", "ag", "sa", "nv", "bv", "kg", "gmbh", "lp",
        ]

        /// AP-style US state abbreviations, matched case-sensitively ("Ill." the state, not "ill.").
        public static let states: Set<String> = [
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
            "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
            "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
        ]

        /// Titles and name abbreviations whose period attribution keeps on the word ("Mr.", "Sen.").
        public static let keptByWords: Set<String> = [
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep",
            "gov", "pres", "rev", "hon", "st", "amb", "jr", "sr", "atty", "supt", "cmdr", "gens", "sens", "reps",
            "del", "assemb", "cllr", "insp", "det", "lieut", "brig", "pvt", "msgr",
        ]
    }
}
