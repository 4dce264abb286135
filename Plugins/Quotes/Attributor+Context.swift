import BriefingCore

/// The weaker evidence around a quote: the sentence's subject, the speaker of the previous
/// sentence, a group named before a plural pronoun, and a paragraph that leads into the next with a colon.
extension Attributor {
    /// The subject of the sentence holding word `index`, when the sentence opens with a mention
    /// followed by a verb: the weakest evidence, for fragments quoted without a speech verb.
    func sentenceSubject(of index: Int) -> Mention? {
        let sentence = words[index].sentence
        var start = index
        while start > 0, words[start - 1].sentence == sentence { start -= 1 }
        var k = start
        while k < index, words[k].kind == .word, ["but", "and", "yet", "still", "so", "meanwhile", "however", "now"].contains(words[k].lower) { k += 1 }
        while k < index, words[k].isPunct(",") { k += 1 }
        // A short opening phrase: "For years, Moreau has …".
        if k < index, words[k].kind == .word, !words[k].isCapitalized || English.capitalizedNonNames.contains(words[k].lower) {
            // A clause opened by a preposition or conjunction may be long: "With party leaders worried about …, X is …".
            // Such a clause may hold a quote whose comma sits inside the marks: "After saying it was “so bad,” she …".
            let opener = English.phraseOpeners.contains(words[k].lower)
            let reach = opener ? 25 : 6
            var c = k
            while c < min(index, k + reach), !words[c].isPunct(","), !words[c].quoted || opener { c += 1 }
            if c < index, words[c].isPunct(",") {
                k = c + 1
                while k < index, words[k].quoted, words[k].kind == .punctuation { k += 1 }
            }
        }
        // A written text as the subject: "The editorial called the plan “reckless”".
        if k < index, let d = document(startingAt: k), d.lastWord < index - 1, parser.mention(startingAt: k, upperBound: index - 1) == nil {
            return checkedSubject(d, next: d.lastWord + 1, index: index)
        }
        guard k < index, let m = parser.mention(startingAt: k, upperBound: index - 1), m.kind != .pronoun || m.text.lowercased() != "it" else { return nil }
        var next = m.lastWord + 1
        if next < index, words[next].isPunct(",") {
            // An appositive: "Another critic, Laurence H. Tribe, likened …".
            var c = next + 1
            while c < min(index, next + 14), !words[c].isPunct(",") { c += 1 }
            guard c < index else { return nil }
            if m.kind == .nominal, let named = parser.mention(startingAt: next + 1, upperBound: c - 1), named.kind == .name, named.lastWord == c - 1 {
                return checkedSubject(named, next: c + 1, index: index)
            }
            next = c + 1
        }
        return checkedSubject(m, next: next, index: index)
    }

    private func checkedSubject(_ m: Mention, next: Int, index: Int) -> Mention? {
        guard next < index, words[next].kind == .word, !words[next].isCapitalized, !words[next].quoted,
              !English.nameParticles.contains(words[next].lower), !["and", "or", "of", "to", "in", "on", "at", "for", "with"].contains(words[next].lower)
        else { return nil }
        return m
    }

    /// The speaker of the sentence just before the quote at `open` when that sentence reports
    /// speech ("Smith said the plan had failed. “It will never work.”"): a speech verb with its
    /// subject, outside quotation marks, and no other quote in between.
    func previousSentenceSpeaker(before open: Int) -> Attribution? {
        guard open > 0 else { return nil }
        let sentence = words[open].sentence
        var end = open - 1
        while end >= 0, words[end].sentence == sentence { end -= 1 }
        guard end >= 0, words[end].sentence == sentence - 1 else { return nil }
        var lowerBound = end
        while lowerBound > 0, words[lowerBound - 1].sentence == sentence - 1 { lowerBound -= 1 }
        // The sentence before must not be a quotation itself (that is continuation's business).
        guard !(lowerBound...end).contains(where: { words[$0].quoted }) else { return nil }
        for j in lowerBound...end where isCue(j) {
            if let m = subject(ofCueAt: j, lowerBound: lowerBound, allowAppositive: true), m.kind != .nominal || m.role != nil {
                return Attribution(mention: m, cue: words[j].text, source: .previous)
            }
        }
        return nil
    }

    /// What "they" or "it" in an attribution points back to, within the paragraph and at most
    /// two sentences back: for "they" a group ("Dock workers", "the union leaders"), for "it" a
    /// body ("The Harbour Board", "the ministry"). People are the pronoun resolver's business.
    func groupAntecedent(of pronoun: Mention) -> Mention? {
        let lower = pronoun.text.lowercased()
        guard lower == "they" || lower == "it" else { return nil }
        let plural = lower == "they"
        // The mention may come from another paragraph (a continued speech, a lead-in line).
        guard pronoun.firstWord >= 0, pronoun.firstWord < words.count, words[pronoun.firstWord].span == pronoun.span else { return nil }
        let sentence = words[pronoun.firstWord].sentence
        var k = pronoun.firstWord - 1
        while k >= 0, sentence - words[k].sentence <= 2 {
            let w = words[k]
            defer { k -= 1 }
            guard w.kind == .word, !w.quoted, !w.possessive else { continue }
            if plural {
                // A plural head naming people or bodies: "workers", "officials", "leaders".
                guard w.lower.count > 3, w.lower.hasSuffix("s"), !w.lower.hasSuffix("ss"),
                      English.roles.contains(w.lower) || English.roles.contains(String(w.lower.dropLast()))
                        || NameParser.institutionNouns.contains(String(w.lower.dropLast())) else { continue }
                return groupPhrase(endingAt: k)
            }
            // A body: a name ending in an organisation word, or a description headed by one —
            // the head, not a modifier ("a military crackdown").
            guard English.organizationHeads.contains(w.lower) || NameParser.institutionNouns.contains(w.lower) else { continue }
            if k + 1 < words.count, words[k + 1].kind == .word, !words[k + 1].isCapitalized, !words[k + 1].quoted,
               !English.prepositions.contains(words[k + 1].lower), !English.speechVerbs.contains(words[k + 1].lower),
               !English.subjectVerbFillers.contains(words[k + 1].lower), !English.clauseBreaks.contains(words[k + 1].lower),
               !["that", "who", "which", "has", "is", "was", "had", "will", "would", "said", "says"].contains(words[k + 1].lower),
               !words[k + 1].lower.hasSuffix("ed"), !words[k + 1].lower.hasSuffix("s") { continue }
            // A full name ("Tokyo Electric Power Company"); a lone "Embassy" is read as the phrase
            // around it ("The U.S. Embassy"), never as a surname.
            if w.isCapitalized, let m = parser.mention(endingAt: k, lowerBound: max(0, k - 6)), m.kind == .name, m.nameWords.count >= 2 { return m }
            return groupPhrase(endingAt: k)
        }
        return nil
    }

    /// The noun phrase ending at `head`: a determiner or up to three modifiers before it.
    private func groupPhrase(endingAt head: Int) -> Mention? {
        var first = head
        while first > 0, head - first < 4 {
            let p = words[first - 1]
            // "state" is a speech verb and, before a noun, a modifier: "state television".
            guard p.kind == .word || p.text == "-", !p.quoted, p.sentence == words[head].sentence,
                  !English.prepositions.contains(p.lower), !English.speechVerbs.contains(p.lower) || p.lower == "state",
                  !English.clauseBreaks.contains(p.lower), !English.subjectPronouns.contains(p.lower),
                  !English.subjectVerbFillers.contains(p.lower) else { break }
            first -= 1
            if English.determiners.contains(p.lower) { break }
        }
        let text = (first...head).map { words[$0].text }.joined(separator: " ")
        return Mention(span: Span(words[first].span.start, words[head].span.end), text: text, kind: .nominal,
                       role: text, gender: .plural, firstWord: first, lastWord: head)
    }

    /// The attribution a paragraph ending with a colon gives to the quote that opens the next
    /// paragraph: "Caddell continued:", "The newspaper reports:".
    func leadIn() -> Attribution? {
        guard let last = words.indices.last, words[last].isPunct(":"), last > 0 else { return nil }
        if !isCue(last - 1), let m = parser.mention(endingAt: last - 1, lowerBound: max(0, last - 10)), m.kind != .pronoun || m.text.lowercased() != "it" {
            return Attribution(mention: m, cue: ":", source: .marker)
        }
        var j = last - 1
        let sentence = words[last].sentence
        var lowerBound = last
        while lowerBound > 0, words[lowerBound - 1].sentence == sentence { lowerBound -= 1 }
        while j >= lowerBound {
            if isCue(j) {
                if let m = subject(ofCueAt: j, lowerBound: lowerBound, allowAppositive: true) {
                    return Attribution(mention: m, cue: words[j].text, source: .clause)
                }
                if let m = parser.mention(startingAt: j + 1, upperBound: last - 1), m.kind == .name {
                    return Attribution(mention: m, cue: words[j].text, source: .clause)
                }
            }
            j -= 1
        }
        return nil
    }
}
