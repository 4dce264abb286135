import BriefingCore

/// The attributions before a quote: a speech verb earlier in the sentence with its subject, and
/// the owners of speech nouns and light verbs ("her remark that", "made a comment that").
extension Attributor {
    /// A speech verb before the quote in its sentence, with its subject.
    func beforeQuote(_ open: Int) -> Attribution? {
        guard open > 0 else { return nil }
        let sentence = words[open].sentence
        var lowerBound = open
        while lowerBound > 0, words[lowerBound - 1].sentence == sentence { lowerBound -= 1 }
        if open - 1 >= lowerBound, words[open - 1].isPunct(":"), !isCue(open - 2),
           let m = parser.mention(endingAt: open - 2, lowerBound: lowerBound), m.kind != .pronoun || m.text.lowercased() != "it" {
            return Attribution(mention: m, cue: ":", source: .marker)
        }
        // `… by this finding: “…”`, `the memo reads in part: “…”` without a verb: the text speaks.
        if open - 3 >= lowerBound, words[open - 1].isPunct(":") {
            for d in max(lowerBound, open - 5)...(open - 3) {
                // Not the object of a verb ("issued a statement:", "as its headline:"): opening the
                // sentence or after a preposition of source ("by this finding:", "in the memo:").
                if let m = document(startingAt: d), m.lastWord == open - 2,
                   d == lowerBound || ["by", "in", "from", "under"].contains(words[d - 1].lower) {
                    return Attribution(mention: m, cue: ":", source: .marker)
                }
            }
        }
        // `X -- “…”` and `X — “…”`: a name right before a dash that opens the quote.
        if open - 2 >= lowerBound, let dash = dashStart(endingAt: open - 1), dash - 1 >= lowerBound,
           let m = parser.mention(endingAt: dash - 1, lowerBound: lowerBound), m.kind == .name,
           // Not the object of a preposition: "supportive of Mr. Trump -- “…”" quotes someone else.
           m.firstWord - 1 < lowerBound || !English.prepositions.contains(words[m.firstWord - 1].lower) {
            return Attribution(mention: m, cue: (dash..<open).map { words[$0].text }.joined(), source: .marker)
        }
        // `To her, “…”` and `according to him, “…”`: the person the clause is about speaks.
        if open - 3 >= lowerBound, words[open - 1].isPunct(","), let m = objectMention(at: open - 2, lowerBound: lowerBound),
           m.firstWord - 1 >= lowerBound, words[m.firstWord - 1].lower == "to" {
            let before = m.firstWord - 2
            if before < lowerBound || words[before].kind == .punctuation || English.clauseBreaks.contains(words[before].lower)
                || words[before].lower == "according" || words[before].lower == "because" {
                return Attribution(mention: m, cue: "to", source: .marker)
            }
        }
        var j = open - 1
        var tried = 0
        while j >= lowerBound, tried < 3 {
            let w = words[j]
            if w.quoted || w.kind != .word {
                j -= 1
                continue
            }
            if w.lower == "according", j + 1 < open, words[j + 1].lower == "to",
               let m = parser.mention(startingAt: j + 2, upperBound: open - 1) {
                return Attribution(mention: m, cue: "according to", source: .marker)
            }
            if English.speechNouns.contains(w.lower), !w.isCapitalized {
                if j - 1 >= lowerBound, words[j - 1].possessive,
                   let m = parser.mention(endingAt: j - 1, lowerBound: lowerBound, allowPossessive: true), m.kind == .name {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
                if j + 1 < open, ["from", "by", "of"].contains(words[j + 1].lower),
                   let m = parser.mention(startingAt: j + 2, upperBound: open - 1), m.kind == .name {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
                // "Weber's office issued a statement: “…”": the subject of the verb before the noun.
                var v = j - 1
                while v >= lowerBound, words[v].kind == .word, English.determiners.contains(words[v].lower) || words[v].lower.hasSuffix("ly") { v -= 1 }
                if v > lowerBound, v < j, open - 1 == j + 1 || words[j + 1].isPunct(":"), words[v].kind == .word, !words[v].isCapitalized, !words[v].quoted,
                   let m = subject(ofCueAt: v, lowerBound: lowerBound, allowAppositive: true) {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
            }
            if isCue(j) {
                tried += 1
                if let m = subject(ofCueAt: j, lowerBound: lowerBound, allowAppositive: true) {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
                // Inverted order before the quote: `said Chad Bown: “…”`.
                if j + 1 < open, !English.determiners.contains(words[j + 1].lower),
                   let m = parser.mention(startingAt: j + 1, upperBound: open - 1), m.kind == .name {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
            }
            j -= 1
        }
        return nil
    }

    /// The subject of the speech verb at `cue`: skips auxiliaries, adverbs, days, a bracket and
    /// an appositive (`X, Moreau’s adviser, said`); for `…, adding that` the subject of the clause before.
    func subject(ofCueAt cue: Int, lowerBound: Int, allowAppositive: Bool, depth: Int = 0) -> Mention? {
        var k = cue - 1
        var dashed = false
        if k >= lowerBound, words[k].lower == "as" { k -= 1 }  // "quotes X as saying"
        while k >= lowerBound {
            let w = words[k]
            if w.quoted { return nil }
            if w.kind == .word, !w.isCapitalized, English.subjectVerbFillers.contains(w.lower) || English.timeWordsBeforeVerbs.contains(w.lower)
                || (w.lower.hasSuffix("ly") && w.lower.count > 4) {
                k -= 1
                continue
            }
            if w.kind == .word, w.isCapitalized, English.timeWordsBeforeVerbs.contains(w.lower) {
                k -= 1
                continue
            }
            if w.kind == .word, w.lower == "and", k - 1 >= lowerBound, words[k - 1].kind == .word, !words[k - 1].isCapitalized,
               !words[k - 1].quoted, depth == 0, !English.subjectPronouns.contains(words[k - 1].lower) {
                k -= 2  // "I laughed and said"
                continue
            }
            if w.kind == .word, w.lower == "and", depth == 0 {
                // "X called the talks “a theatre” and warned …": the verbs share their subject.
                var p = k - 1
                while p >= lowerBound {
                    if isCue(p) || (words[p].kind == .word && !words[p].isCapitalized && !words[p].quoted && words[p].lower.hasSuffix("ed")),
                       let m = subject(ofCueAt: p, lowerBound: lowerBound, allowAppositive: true, depth: 1) {
                        return m
                    }
                    p -= 1
                }
                return nil
            }
            if w.isPunct(")") {
                var p = k - 1
                while p >= lowerBound, !words[p].isPunct("(") { p -= 1 }
                if p < lowerBound { return nil }
                k = p - 1
                continue
            }
            // A parenthesis between dashes: "X, the chief executive of Y -- the firm that … -- told me".
            if let first = dashStart(endingAt: k), !dashed {
                let mark = (first...k).map { words[$0].text }.joined()
                var p = first - 1
                var opening: Int?
                while p >= max(lowerBound, k - 40), !words[p].quoted {
                    if let d = dashStart(endingAt: p), (d...p).map({ words[$0].text }).joined() == mark {
                        opening = d
                        break
                    }
                    p -= 1
                }
                guard let opening, opening > lowerBound else { return nil }
                dashed = true
                k = opening - 1
                if allowAppositive, let owner = appositiveOwner(endingAt: k, lowerBound: lowerBound) { return owner }
                continue
            }
            break
        }
        guard k >= lowerBound else { return nil }
        // "a comment that described …", "Clinton's statement, which called …": the speaker owns the words.
        if ["that", "which"].contains(words[k].lower), k - 1 >= lowerBound, English.speechNouns.contains(words[k - 1].lower), depth == 0 {
            return owner(ofSpeechNounAt: k - 1, lowerBound: lowerBound)
        }
        if words[k].isPunct(",") {
            // Participle after a clause: "she said, adding that …", "Walsh said Tuesday, adding …".
            if words[cue].lower.hasSuffix("ing") && depth == 0 {
                var p = k - 1
                while p >= lowerBound {
                    let v = words[p]
                    if !v.quoted, v.kind == .word, !v.isCapitalized, isCue(p) || v.lower.hasSuffix("ed") || v.lower.hasSuffix("ied"),
                       let m = subject(ofCueAt: p, lowerBound: lowerBound, allowAppositive: true, depth: 1) { return m }
                    p -= 1
                }
            }
            guard allowAppositive else { return nil }
            // A name alone between two commas is the subject, the words before it its description:
            // "His former partner at Lenox, Lawrence Cummings, called …".
            if let open = (max(lowerBound, k - 8)..<k).last(where: { words[$0].isPunct(",") }), open > lowerBound,
               let named = parser.mention(startingAt: open + 1, upperBound: k - 1), named.kind == .name, named.lastWord == k - 1,
               named.firstWord == open + 1, !words[open - 1].possessive {
                var m = named
                if m.role == nil { m.role = (lowerBound..<open).map { words[$0].text }.joined(separator: " ") }
                return m
            }
            // Appositive: "Oleg Sidorov, Moreau’s adviser, said".
            var p = k - 1
            while p >= max(lowerBound, k - 40) {
                if words[p].quoted { return nil }
                if words[p].isPunct(",") {
                    var e = p - 1
                    if e >= lowerBound, words[e].isPunct(")") {
                        while e >= lowerBound, !words[e].isPunct("(") { e -= 1 }
                        e -= 1
                    }
                    if e >= lowerBound, var m = parser.mention(endingAt: e, lowerBound: lowerBound), m.kind == .name {
                        if m.role == nil {
                            m.role = (p + 1..<k).map { words[$0].text }.joined(separator: " ")
                        }
                        return m
                    }
                }
                p -= 1
            }
            return nil
        }
        if let m = parser.mention(endingAt: k, lowerBound: lowerBound) ?? parser.description(endingAt: k, lowerBound: lowerBound) {
            // "The BBC's Andy Gallagher in Port-au-Prince says", "the mayor of London said": the
            // person before a place phrase speaks, not the place.
            if m.kind == .name, m.firstWord - 2 >= lowerBound, ["in", "at", "from", "of"].contains(words[m.firstWord - 1].lower),
               let person = parser.mention(endingAt: m.firstWord - 2, lowerBound: lowerBound, allowPossessive: false),
               person.kind == .name || person.kind == .nominal {
                return person
            }
            return m
        }
        if let m = bareGroup(before: k, lowerBound: lowerBound) { return m }
        // A name with a prepositional phrase: "Professor Hana Sato of the city university said".
        var p = k - 1
        while p > max(lowerBound, k - 7) {
            if words[p].quoted || words[p].kind != .word { return nil }
            if ["of", "at", "from", "with", "for"].contains(words[p].lower),
               let m = parser.mention(endingAt: p - 1, lowerBound: lowerBound), m.kind == .name {
                return m
            }
            p -= 1
        }
        return nil
    }

    /// Who owns the speech noun at `noun`: a possessive name ("Clinton's remark that …") or the
    /// subject of the light verb before it ("she made a comment that …"); after an infinitive
    /// the person it is about ("led Clinton to make a comment that …").
    private func owner(ofSpeechNounAt noun: Int, lowerBound: Int) -> Mention? {
        var p = noun - 1
        var adjectives = 0
        while p >= lowerBound, adjectives < 3, words[p].kind == .word, !words[p].quoted, !words[p].isCapitalized,
              !words[p].possessive, !English.determiners.contains(words[p].lower) {
            p -= 1
            adjectives += 1
        }
        guard p >= lowerBound, words[p].kind == .word, !words[p].quoted else { return nil }
        if words[p].possessive {
            if let m = parser.mention(endingAt: p, lowerBound: lowerBound, allowPossessive: true), m.kind == .name { return m }
            if ["his", "her"].contains(words[p].lower) { return nil }
        }
        guard English.determiners.contains(words[p].lower) else { return nil }
        let verb = p - 1
        guard verb >= lowerBound, English.lightVerbs.contains(words[verb].lower), !words[verb].quoted else { return nil }
        if verb - 2 >= lowerBound, words[verb - 1].lower == "to",
           let m = parser.mention(endingAt: verb - 2, lowerBound: lowerBound), m.kind == .name {
            return m
        }
        return subject(ofCueAt: verb, lowerBound: lowerBound, allowAppositive: true, depth: 1)
    }

    /// A name or an object pronoun ("her", "him") ending at `end`.
    private func objectMention(at end: Int, lowerBound: Int) -> Mention? {
        let w = words[end]
        guard w.kind == .word, !w.quoted else { return nil }
        if w.lower == "her" || w.lower == "him" {
            return Mention(span: w.span, text: w.text, kind: .pronoun, gender: w.lower == "her" ? .female : .male, firstWord: end, lastWord: end)
        }
        guard let m = parser.mention(endingAt: end, lowerBound: lowerBound), m.kind == .name else { return nil }
        return m
    }

    /// A bare plural opening the sentence as the subject of the verb after `end`: "Protesters
    /// chanted", "Many residents marching to the square shouted" — a group, not a person.
    private func bareGroup(before end: Int, lowerBound: Int) -> Mention? {
        var s = lowerBound
        while s < end, words[s].kind == .word, ["but", "and", "meanwhile", "later"].contains(words[s].lower) { s += 1 }
        guard s <= end, words[s].kind == .word else { return nil }
        let first = s
        if English.quantifiers.contains(words[s].lower) { s += 1 }
        // The head: the first plural noun within three words, written in lower case elsewhere.
        var h = s
        while h <= min(end, s + 2) {
            let w = words[h]
            // Capitalised only as the sentence's first word before a lower-case one ("Small groups", "Union members").
            let opening = h == lowerBound && (w.common || (h + 1 <= end && words[h + 1].kind == .word && !words[h + 1].isCapitalized))
            guard w.kind == .word, !w.quoted, !w.possessive, w.isCapitalized ? opening || h > first : true,
                  !English.determiners.contains(w.lower), !English.subjectPronouns.contains(w.lower),
                  !English.subjectVerbFillers.contains(w.lower), !English.speechVerbs.contains(w.lower) else { return nil }
            if w.lower.count > 3, w.lower.hasSuffix("s"), !w.lower.hasSuffix("ss"), !w.lower.hasSuffix("ous"), !w.isCapitalized || w.common { break }
            h += 1
        }
        guard h <= end, h <= s + 2 else { return nil }
        // "groups of protesters", "hundreds of residents marching …": the group is the later plural.
        if h + 2 <= end, words[h + 1].lower == "of" {
            var t = h + 2
            while t <= min(end, h + 4), words[t].kind == .word, !words[t].quoted, !words[t].isCapitalized || words[t].common {
                if words[t].lower.count > 3, words[t].lower.hasSuffix("s"), !words[t].lower.hasSuffix("ss") { h = t; break }
                t += 1
            }
        }
        // Then the verb, or a participle phrase up to it: "Protesters marching through the streets chanted".
        if h < end {
            guard words[h + 1].kind == .word, words[h + 1].lower.hasSuffix("ing"), !English.speechVerbs.contains(words[h + 1].lower), end - h <= 10 else { return nil }
            for i in (h + 1)...end {
                let w = words[i]
                if w.quoted || w.kind != .word || English.clauseBreaks.contains(w.lower) || English.speechVerbs.contains(w.lower) { return nil }
                if !w.isCapitalized, w.lower.hasSuffix("ed"), w.lower.count > 4 { return nil }
            }
        }
        let text = (first...h).map { words[$0].text }.joined(separator: " ")
        return Mention(span: Span(words[first].span.start, words[h].span.end), text: text, kind: .nominal,
                       role: text, gender: .plural, firstWord: first, lastWord: h)
    }

    /// The first token of a spaced dash ending at word `i` ("—", "--" written as two hyphens,
    /// " - "), or nil for anything else, a hyphen inside a word included.
    private func dashStart(endingAt i: Int) -> Int? {
        guard i > 0, i < words.count, words[i].kind == .punctuation, Self.dashes.contains(words[i].text) else { return nil }
        guard words[i].text == "-" else { return i }
        if words[i - 1].isPunct("-"), words[i - 1].span.end == words[i].span.start { return i - 1 }
        // A single hyphen is a dash only with space on both sides.
        let spacedBefore = words[i - 1].span.end < words[i].span.start
        let spacedAfter = i + 1 >= words.count || words[i].span.end < words[i + 1].span.start
        return spacedBefore && spacedAfter ? i : nil
    }

    /// The name before a comma whose appositive (naming a role) ends at `end`:
    /// "Tom Reed, the chief executive of Harbor Media".
    private func appositiveOwner(endingAt end: Int, lowerBound: Int) -> Mention? {
        var p = end
        while p > max(lowerBound, end - 16) {
            let w = words[p]
            if w.quoted || (w.kind == .punctuation && !w.isPunct(",")) { return nil }
            if w.isPunct(",") {
                guard (p + 1...end).contains(where: { English.roleHeads.contains(words[$0].lower) }),
                      var m = parser.mention(endingAt: p - 1, lowerBound: lowerBound), m.kind == .name else { return nil }
                if m.role == nil { m.role = (p + 1...end).map { words[$0].text }.joined(separator: " ") }
                return m
            }
            p -= 1
        }
        return nil
    }
}
