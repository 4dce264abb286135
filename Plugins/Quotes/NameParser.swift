import BriefingCore

/// Reads mentions of people around a position in a paragraph's words: names with their titles,
/// pronouns, and role descriptions ("the foreign minister", "a Treasury spokesperson").
struct NameParser {
    let words: [Word]
    /// Folded surnames of people the document has already named in full: a title word that is
    /// one of them ("Dean" after "Howard Dean") is that person, not a title.
    var knownSurnames: Set<String> = []

    private func isNameWord(_ w: Word) -> Bool {
        guard w.kind == .word, !w.quoted else { return false }
        if w.isCapitalized { return (!English.capitalizedNonNames.contains(w.lower) && !w.common) || English.roles.contains(w.lower) }
        return false
    }

    private func isRoleWord(_ w: Word) -> Bool {
        w.kind == .word && !w.quoted && English.roles.contains(w.lower)
    }

    /// The mention whose last word is at `end` (walking left), if there is one.
    func mention(endingAt end: Int, lowerBound: Int, allowPossessive: Bool = false) -> Mention? {
        guard end >= lowerBound, end < words.count else { return nil }
        let w = words[end]
        guard w.kind == .word, !w.quoted else { return nil }
        if let gender = English.pronounGenders[w.lower], English.subjectPronouns.contains(w.lower) {
            return Mention(span: w.span, text: w.text, kind: .pronoun, gender: gender, firstWord: end, lastWord: end)
        }
        if w.lower == "it" || w.lower == "who" {
            return Mention(span: w.span, text: w.text, kind: .pronoun, gender: .unknown, firstWord: end, lastWord: end)
        }
        // Walk left over capitalised words, particles, initials and role words.
        var start = end
        var i = end
        while i >= lowerBound {
            let v = words[i]
            if isNameWord(v) || isRoleWord(v) {
                start = i
            } else if v.kind == .word, English.nameParticles.contains(v.lower), i > lowerBound, i < end, isNameWord(words[i - 1]) {
                start = i
            } else if v.kind == .word, v.lower == "of", i > lowerBound, i < end, isRoleWord(words[i - 1]) || isNameWord(words[i - 1]) {
                start = i  // "Secretary of State", "minister of defence"
            } else if v.kind == .word, v.lower == "the", i - 1 > lowerBound, i < end, words[i - 1].lower == "of", isRoleWord(words[i - 2]) {
                start = i  // "Chancellor of the Exchequer"
            } else {
                break
            }
            // A possessive ends a phrase before the head: "Moreau’s adviser" — the owner is part of the description.
            i -= 1
        }
        // Extend over a determiner or a possessive owner for descriptions.
        var determinerAt: Int?
        if start - 1 >= lowerBound, words[start - 1].kind == .word {
            let d = words[start - 1]
            if English.determiners.contains(d.lower) || d.possessive {
                determinerAt = start - 1
                if d.possessive, start - 2 >= lowerBound, English.determiners.contains(words[start - 2].lower) {
                    determinerAt = start - 2
                }
            }
        }
        if determinerAt == nil, let plain = split(start: start, end: end, determiner: nil), plain.kind == .nominal {
            // A description may carry lower-case modifiers after its determiner: "his foreign policy adviser".
            var k = start - 1
            var steps = 0
            while k >= lowerBound, steps < 4, words[k].kind == .word, !words[k].quoted {
                let d = words[k]
                if English.determiners.contains(d.lower) || d.possessive {
                    var first = k
                    if d.possessive, k - 1 >= lowerBound, English.determiners.contains(words[k - 1].lower) { first = k - 1 }
                    return split(start: k + 1, end: end, determiner: first, allowPossessive: allowPossessive)
                }
                if English.speechVerbs.contains(d.lower) || English.subjectVerbFillers.contains(d.lower) { break }
                k -= 1
                steps += 1
            }
            return plain
        }
        return split(start: start, end: end, determiner: determinerAt, allowPossessive: allowPossessive)
    }

    /// The mention starting at `start` (walking right), if there is one: `said Chad Bown`.
    func mention(startingAt start: Int, upperBound: Int, allowPossessive: Bool = false) -> Mention? {
        guard start >= 0, start <= upperBound, start < words.count else { return nil }
        let w = words[start]
        guard w.kind == .word, !w.quoted else { return nil }
        if English.subjectPronouns.contains(w.lower), let gender = English.pronounGenders[w.lower] {
            return Mention(span: w.span, text: w.text, kind: .pronoun, gender: gender, firstWord: start, lastWord: start)
        }
        var i = start
        var determinerAt: Int?
        if English.determiners.contains(w.lower) {
            determinerAt = start
            i += 1
        }
        var end = -1
        while i <= min(upperBound, words.count - 1) {
            let v = words[i]
            if determinerAt != nil, v.kind == .word, v.isCapitalized, !v.quoted, !v.possessive {
                end = i  // "one Democratic source", "the White House spokesman"
            } else if isNameWord(v), v.possessive, determinerAt == nil {
                end = i
                break  // "Moreau’s": the name ends at its possessive
            } else if isNameWord(v) || isRoleWord(v) || (v.kind == .word && v.possessive && determinerAt != nil) {
                end = i
            } else if v.kind == .word, English.nameParticles.contains(v.lower) || v.lower == "of", end >= 0, i + 1 < words.count, isNameWord(words[i + 1]) {
                end = i
            } else if v.kind == .word, v.lower == "of", end >= 0, isRoleWord(words[end]), i + 2 < words.count,
                      words[i + 1].lower == "the", isNameWord(words[i + 2]) {
                end = i + 1  // "Chancellor of the Exchequer …"
                i += 1
            } else {
                break
            }
            i += 1
        }
        guard end >= 0 else { return nil }
        let first = determinerAt.map { $0 + 1 } ?? start
        guard first <= end else { return nil }
        // After a determiner, capitalised words followed by a common noun modify it: "the Libyan
        // government", "the Kremlin press service" — a description, not a name.
        if let d = determinerAt, words[end].isCapitalized, !words[end].possessive,
           let head = commonNounRun(after: end, upperBound: upperBound) {
            let text = (d...head).map { words[$0].text }.joined(separator: " ")
            return Mention(span: Span(words[d].span.start, words[head].span.end), text: text, kind: .nominal,
                           role: (d + 1...head).map { words[$0].text }.joined(separator: " "), firstWord: d, lastWord: head)
        }
        return split(start: first, end: end, determiner: determinerAt, allowPossessive: allowPossessive)
    }

    /// Nouns for bodies and sides that a capitalised modifier can head: "the Libyan government".
    static let institutionNouns: Set<String> = [
        "government", "regime", "army", "military", "ministry", "authorities", "authority", "forces", "police",
        "embassy", "service", "office", "parliament", "cabinet", "council", "committee", "delegation", "team",
        "leadership", "opposition", "rebels", "media", "agency", "company", "firm", "bank", "court", "side",
        "camp", "campaign", "administration", "department", "newspaper", "paper", "network", "channel",
        "broadcaster", "coalition", "alliance", "union", "party", "group", "movement", "board", "commission",
        "television", "radio", "station", "tv",
    ]

    /// The last of one or two lower-case nouns right after `end` ending in a role or a body
    /// ("government", "press service", "foreign ministry spokesman"), or nil.
    private func commonNounRun(after end: Int, upperBound: Int) -> Int? {
        var head: Int?
        var k = end + 1
        while k <= min(upperBound, words.count - 1), k <= end + 2 {
            let w = words[k]
            guard w.kind == .word, !w.quoted, !w.isCapitalized, w.lower.count > 2,
                  !English.speechVerbs.contains(w.lower), !English.subjectVerbFillers.contains(w.lower),
                  !English.prepositions.contains(w.lower), !English.determiners.contains(w.lower),
                  !English.clauseBreaks.contains(w.lower), !English.subjectPronouns.contains(w.lower),
                  !w.lower.hasSuffix("ly"), !w.lower.hasSuffix("ed"), !w.lower.hasSuffix("ing"),
                  !["who", "which", "that", "whose", "has", "is", "was", "had", "will"].contains(w.lower) else { break }
            if English.roleHeads.contains(w.lower) || Self.institutionNouns.contains(w.lower) { head = k }
            k += 1
        }
        return head
    }

    /// Splits words `start...end` into a role and a name; a description when no name is left.
    private func split(start: Int, end: Int, determiner: Int?, allowPossessive: Bool = false) -> Mention? {
        // The name is the trailing run of capitalised words that are not role words.
        var nameStart = end + 1
        var i = end
        while i >= start {
            let v = words[i]
            // A possessive inside the run owns the name after it: "The BBC's Andy Gallagher".
            if v.possessive, i < end { break }
            if v.isCapitalized, !v.common || knownSurnames.contains(v.lower),
               !English.roles.contains(v.lower) || isSurname(at: i, start: start, end: end),
               !English.capitalizedNonNames.contains(v.lower) {
                nameStart = i
            } else if English.nameParticles.contains(v.lower), i > start, nameStart == i + 1 {
                nameStart = i
            } else {
                break
            }
            i -= 1
        }
        // A nationality right before a name with nothing else is a modifier, not a given name
        // only when it stands before a role word; here the role words already stopped the walk.
        // After "of" comes the rest of a title ("Chancellor of the Exchequer Nigel Lawson"): the
        // name starts at least one word later.
        if let of = (start...end).last(where: { words[$0].lower == "of" }) {
            let after = of + 1 < words.count && words[of + 1].lower == "the" ? of + 3 : of + 2
            nameStart = max(nameStart, after)
        }
        // An abbreviation opening the run is a title the lexicon does not know ("Del. Marcia Price",
        // a delegate), not a given name; initials ("J.") are single letters.
        if nameStart < end, words[nameStart].text.hasSuffix("."), words[nameStart].lower.count >= 2,
           !words[nameStart].text.dropLast().contains(".") {
            nameStart += 1
        }
        // An acronym after a person's name is an affiliation run into it ("Sandy Lamb BP
        // shareholder"); after a single word it is a body with a word before it ("Magazine BP").
        var end = end
        if end - nameStart >= 1, Self.isAcronym(words[end]),
           !Self.isAllCapitals(words[end - 1]) {
            if end - nameStart >= 2 { end -= 1 } else { nameStart = end }
        }
        // The name of a body keeps all its words ("Tokyo Electric Power Company").
        let organization = English.organizationHeads.contains(words[end].lower) && words[end].isCapitalized
        // An acronym before a person's name is an affiliation ("CNN Arwa Damon", "BBC's …").
        if !organization, end - nameStart >= 2, Self.isAcronym(words[nameStart]),
           !Self.isAllCapitals(words[nameStart + 1]) {
            nameStart += 1
        }
        // A name has at most three words (four with particles or initials): longer capitalised
        // runs carry a title ("Harbour Master Jonas Berg").
        var nameLength = 0
        if nameStart <= end {
            for k in nameStart...end where words[k].lower.count > 1 && !English.nameParticles.contains(words[k].lower) { nameLength += 1 }
        }
        while nameLength > 3, nameStart < end, !organization {
            if words[nameStart].lower.count > 1 && !English.nameParticles.contains(words[nameStart].lower) { nameLength -= 1 }
            nameStart += 1
            if nameLength <= 2 { break }
        }
        // Three or more words in capitals are a shouted headline ("STOP BLAMING BP"), not a name,
        // nor is any part of one.
        func shouted(_ k: Int) -> Bool { k >= 0 && k < words.count && words[k].kind == .word && Self.isAllCapitals(words[k]) }
        if nameStart <= end, (nameStart...end).allSatisfy(shouted) {
            var first = nameStart
            while shouted(first - 1) { first -= 1 }
            var last = end
            while shouted(last + 1) { last += 1 }
            if last - first >= 2 { return nil }
        }
        if nameStart <= end {
            var nameWords: [String] = []
            for k in nameStart...end {
                let (bare, _) = words[k].withoutPossessive
                // Particles inside a name are lower case ("Charles de Gaulle"); first, they are as written ("Al Gore").
                if English.nameParticles.contains(words[k].lower), k > nameStart { nameWords.append(words[k].lower) } else { nameWords.append(bare) }
            }
            // A possessive name ("Moreau’s") cannot be the speaker itself.
            if words[end].possessive, !allowPossessive { return nil }
            // "The" written capitalised inside a sentence belongs to the name of a paper or a
            // body ("The Hill reported"); people are not written with it.
            var nameFrom = nameStart
            if nameStart == start, nameStart == end, let d = determiner, d > 0, words[d].text == "The",
               words[d - 1].sentence == words[d].sentence,
               !Self.isAllCapitals(words[end]) {
                nameWords.insert("The", at: 0)
                nameFrom = d
            }
            let roleWords = nameStart > start ? (start..<nameStart).map { words[$0].text } : []
            var gender = Gender.unknown
            for k in start..<nameStart {
                let lower = words[k].lower
                if English.maleTitles.contains(lower) { gender = .male }
                if English.femaleTitles.contains(lower) { gender = .female }
            }
            let span = Span(words[nameFrom].span.start, words[end].span.end)
            return Mention(span: span, text: nameWords.joined(separator: " "), kind: .name, nameWords: nameWords,
                           role: roleWords.isEmpty ? nil : roleWords.joined(separator: " "), gender: gender,
                           firstWord: start, lastWord: end)
        }
        // No name: a description needs a role head word as its last word.
        guard English.roleHeads.contains(words[end].lower) else { return nil }
        let first = determiner ?? start
        let span = Span(words[first].span.start, words[end].span.end)
        var gender = Gender.unknown
        if English.maleTitles.contains(words[end].lower) { gender = .male }
        if English.femaleTitles.contains(words[end].lower) { gender = .female }
        if words[end].lower.hasSuffix("s"), !words[end].lower.hasSuffix("ss") { gender = .plural }
        let text = (first...end).map { words[$0].text }.joined(separator: " ")
        return Mention(span: span, text: text, kind: .nominal, role: (start...end).map { words[$0].text }.joined(separator: " "),
                       gender: gender, firstWord: first, lastWord: end)
    }

    /// Every letter a capital: "BP", "U.S.", "STOP".
    static func isAllCapitals(_ w: Word) -> Bool {
        w.text.unicodeScalars.allSatisfy { CharacterClass.isUpper($0) || !CharacterClass.isLetter($0) }
    }

    /// Two to five capitals, a possessive allowed: "BP", "CNN's".
    static func isAcronym(_ w: Word) -> Bool {
        let bare = w.withoutPossessive.0.unicodeScalars
        return (2...5).contains(bare.count) && bare.allSatisfy { CharacterClass.isUpper($0) }
    }

    /// Titles that are also common surnames, after a given name: "Howard Dean", "Stephen King".
    static let surnameTitles: Set<String> = ["dean", "king", "bishop", "judge", "pope", "prince", "lord", "cardinal", "marshal"]

    /// A title word ending a mention right after a capitalised word that is no title itself is
    /// a surname: titles come before names ("Judge Ruth Ames"), and what comes before a title
    /// is a title too ("Foreign Minister", "Vice President").
    private func isSurname(at i: Int, start: Int, end: Int) -> Bool {
        if i == end, words[i].isCapitalized, !words[i].quoted, knownSurnames.contains(words[i].lower),
           i == 0 || !English.determiners.contains(words[i - 1].lower) {
            return true
        }
        guard i == end, i - 1 >= start, Self.surnameTitles.contains(words[i].lower), !words[i].lower.hasSuffix(".") else { return false }
        let given = words[i - 1]
        return given.kind == .word && given.isCapitalized && !given.common && !given.quoted && given.lower.count > 1
            && !English.roles.contains(given.lower) && !English.capitalizedNonNames.contains(given.lower)
            && !English.nameParticles.contains(given.lower) && !given.possessive
    }

    /// A description of any noun ending at `end` and opened by a determiner a few words back:
    /// "the announcer", "a narrator in the ad", "The New York Times". Used only where a speech
    /// verb already says a speaker stands there.
    func description(endingAt end: Int, lowerBound: Int) -> Mention? {
        guard end >= lowerBound, end < words.count, words[end].kind == .word, !words[end].quoted,
              !words[end].possessive, !English.prepositions.contains(words[end].lower), !English.determiners.contains(words[end].lower),
              !English.clauseBreaks.contains(words[end].lower), !English.subjectPronouns.contains(words[end].lower),
              !English.subjectVerbFillers.contains(words[end].lower),
              !English.speechVerbs.contains(words[end].lower) || English.writtenTexts.contains(words[end].lower) else { return nil }
        var k = end
        while k >= max(lowerBound, end - 9) {
            let w = words[k]
            // Only a hyphen inside a word may sit in a description ("the 34-year-old mother"), not a spaced dash.
            if w.quoted { return nil }
            if w.kind == .punctuation {
                guard w.text == "-", k > 0, k + 1 < words.count, words[k - 1].span.end == w.span.start,
                      w.span.end == words[k + 1].span.start else { return nil }
            }
            // A determiner after a preposition opens an object ("through the streets"): look further back.
            if k < end, English.determiners.contains(w.lower) || (w.possessive && w.isCapitalized),
               !(k - 1 >= lowerBound && English.prepositions.contains(words[k - 1].lower)) {
                let span = Span(w.span.start, words[end].span.end)
                let text = (k...end).map { words[$0].text }.joined(separator: " ")
                let plural = words[end].lower.hasSuffix("s") && !words[end].lower.hasSuffix("ss") && !words[end].isCapitalized
                return Mention(span: span, text: text, kind: .nominal, role: (k + 1...end).map { words[$0].text }.joined(separator: " "),
                               gender: plural ? .plural : .unknown, firstWord: k, lastWord: end)
            }
            if k < end, English.speechVerbs.contains(w.lower) || English.clauseBreaks.contains(w.lower) || English.subjectPronouns.contains(w.lower)
                || English.subjectVerbFillers.contains(w.lower) || (!w.isCapitalized && w.lower.hasSuffix("ed") && w.lower.count > 4) { return nil }
            k -= 1
        }
        return nil
    }
}
