import Testing
@testable import BriefingCore

@Suite("English lexicon")
struct EnglishLexiconTests {
    @Test("regular inflections of speech verbs", arguments: [
        ("say", ["say", "says", "sayed", "saying"]), ("note", ["note", "notes", "noted", "noting"]),
        ("deny", ["deny", "denies", "denied", "denying"]), ("stress", ["stress", "stresses", "stressed", "stressing"]),
        ("quip", ["quip", "quips", "quiped", "quiping", "quipped", "quipping"]),
    ])
    func inflections(_ lemma: String, _ forms: [String]) {
        #expect(English.inflections(of: lemma) == forms)
    }

    @Test("irregular speech verbs are known, nouns of speech are not verbs")
    func speechVerbs() {
        for verb in ["said", "told", "wrote", "tweeted", "according"] { #expect(English.speechVerbs.contains(verb)) }
        #expect(English.strongSpeechVerbs.isSubset(of: English.speechVerbs))
    }

    @Test("every month abbreviation names a month, and every month and weekday is numbered")
    func calendar() {
        for abbreviation in English.monthAbbreviations { #expect(English.monthNumbers[abbreviation] != nil) }
        #expect(Set(English.monthNumbers.values) == Set(1...12))
        #expect(Set(English.weekdayNumbers.values) == Set(1...7))
    }

    @Test("lists are lower case, but AP state abbreviations keep their capital")
    func lowerCase() {
        let lists: [Set<String>] = [English.speechVerbs, English.roles, English.capitalizedNonNames, English.determiners,
                                    English.Abbreviations.titles, English.Abbreviations.keptByWords, Set(English.stopWords)]
        for list in lists { for word in list { #expect(word == word.lowercased(), "\(word)") } }
        for state in English.Abbreviations.states { #expect(state.first?.isUppercase == true) }
    }

    @Test("role heads are roles without their modifiers")
    func roleHeads() {
        #expect(English.roleHeads.isSubset(of: English.roles))
        #expect(English.roles.contains("prime") && !English.roleHeads.contains("prime"))
    }
}
