import BriefingCore

/// The attributions that follow a quote: `“…,” X said`, `“…,” said X`, `“…” — X`, a
/// description owned by someone then the name, or a sentence-final attribution after a short tail.
extension Attributor {
    /// `“…,” X said`, `“…,” said X`, `“…” — X`, `“…,” according to X`.
    func afterQuote(_ close: Int) -> Attribution? {
        var k = close + 1
        while k < words.count, words[k].isPunct(",") { k += 1 }
        guard k < words.count, !words[k].quoted else { return nil }
        let w = words[k]
        if w.kind == .punctuation, Self.dashes.contains(w.text), k + 1 < words.count,
           let m = parser.mention(startingAt: k + 1, upperBound: k + 7), m.kind == .name {
            return Attribution(mention: m, cue: w.text, source: .marker)
        }
        if w.lower == "according", k + 1 < words.count, words[k + 1].lower == "to",
           let m = parser.mention(startingAt: k + 2, upperBound: k + 10) {
            return Attribution(mention: m, cue: "according to", source: .marker)
        }
        if isCue(k) {
            if var m = parser.mention(startingAt: k + 1, upperBound: k + 9) {
                if m.kind == .name, m.role == nil { m.role = trailingAppositive(after: m.lastWord) }
                return Attribution(mention: m, cue: w.text, source: .adjacent)
            }
            if let m = document(startingAt: k + 1) { return Attribution(mention: m, cue: w.text, source: .adjacent) }
            // A short modifier before the name: "said 9/11 widow Terry Strada".
            for skip in 2...6 where k + skip < words.count {
                if words[k + skip - 1].kind == .punctuation && words[k + skip - 1].text != "/" { break }
                if let m = parser.mention(startingAt: k + skip, upperBound: k + skip + 8), m.kind == .name {
                    return Attribution(mention: m, cue: w.text, source: .adjacent)
                }
            }
            return nil
        }
        // A mention, then appositives or a bracket, then the verb:
        // `“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`.
        var front = k
        // Capitalised words the parser does not take as a name may open a title: "Senate Majority Leader …".
        while front < min(words.count, k + 3), words[front].kind == .word, words[front].isCapitalized,
              English.capitalizedNonNames.contains(words[front].lower), !English.determiners.contains(words[front].lower) {
            front += 1
        }
        if front >= words.count { front = k }
        if let named = possessiveAppositive(from: front) { return named }
        if let m = parser.mention(startingAt: front, upperBound: min(words.count - 1, front + 8)), m.kind != .pronoun || English.pronounGenders[m.text.lowercased()] != nil {
            var j = skipBracket(m.lastWord + 1)
            while j < words.count, words[j].kind == .word, !words[j].isCapitalized, English.subjectVerbFillers.contains(words[j].lower) { j += 1 }
            if isCue(j) { return Attribution(mention: m, cue: words[j].text, source: .adjacent) }
            if j < words.count, words[j].isPunct(",") {
                let sentence = words[k].sentence
                var c = j
                while c < min(words.count, j + 45), words[c].sentence == sentence, !words[c].quoted {
                    if words[c].isPunct(",") {
                        var v = c + 1
                        while v < words.count, words[v].kind == .word, !words[v].isCapitalized, English.subjectVerbFillers.contains(words[v].lower) { v += 1 }
                        if isCue(v) {
                            var named = m
                            if named.role == nil, c > j + 1 { named.role = (j + 1..<c).map { words[$0].text }.joined(separator: " ") }
                            return Attribution(mention: named, cue: words[v].text, source: .adjacent)
                        }
                    }
                    c += 1
                }
            }
        }
        if let found = sentenceFinal(from: k) { return found }
        // Mention first, then the verb, within a few words: `“…,” the foreign minister said`.
        var j = k
        var limit = min(words.count, k + 14)
        while j < limit {
            let v = words[j]
            if v.quoted { return nil }
            if isCue(j) {
                guard let m = subject(ofCueAt: j, lowerBound: k, allowAppositive: true), leadsIn(from: k, to: m.firstWord) else { return nil }
                return Attribution(mention: m, cue: v.text, source: .adjacent)
            }
            if v.isPunct("(") {
                // A bracket after a name: "(D-Wis.)".
                var p = j + 1
                while p < words.count, p < j + 8, !words[p].isPunct(")") { p += 1 }
                limit = min(words.count, limit + (p - j))
                j = p + 1
                continue
            }
            if v.kind == .punctuation, ![",", "-", "\u{2019}", "'"].contains(v.text) { return nil }
            if v.kind == .word, !v.isCapitalized, English.clauseBreaks.contains(v.lower) { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the speech verb near `mention` can attribute the quote before its sentence: it
    /// may end the sentence or report a clause, but not one with a new subject pronoun.
    func attributesAcrossSentences(after mention: Mention) -> Bool {
        guard mention.firstWord >= 0, mention.firstWord < words.count, mention.lastWord < words.count else { return true }
        let sentence = words[mention.firstWord].sentence
        // The verb may stand before the mention ("said the minister") or after it.
        var cue: Int?
        var j = max(0, mention.firstWord - 2)
        while j < words.count, words[j].sentence == sentence || j < mention.firstWord {
            if j != mention.firstWord, isCue(j), !(mention.firstWord...mention.lastWord).contains(j) {
                cue = j
                if j > mention.lastWord { break }
            }
            if j > mention.lastWord + 8 { break }
            j += 1
        }
        guard let cue else { return true }
        var tail: [String] = []
        var k = max(cue, mention.lastWord) + 1
        while k < words.count, words[k].sentence == sentence {
            if words[k].kind == .word || words[k].kind == .number { tail.append(words[k].lower) }
            k += 1
        }
        // The reported clause may go on ("Keller said the works were on schedule"), but not with
        // a subject pronoun of its own ("said she heard explosions").
        return !tail.prefix(3).contains { English.subjectPronouns.contains($0) }
    }

    /// `“…,” Scott's niece, Marcia Price (D-Va.), shouted.` and `“…,” the mayor's spokesman,
    /// Tom Reyes, said.`: a description owned by someone, then the name in apposition, then the verb.
    private func possessiveAppositive(from k: Int) -> Attribution? {
        var p = k
        if p < words.count, English.determiners.contains(words[p].lower) { p += 1 }
        // The owner: a possessive word within the first three.
        guard let owner = (p..<min(words.count, p + 3)).first(where: { words[$0].possessive }), !words[owner].quoted else { return nil }
        var comma = owner + 1
        while comma < min(words.count, owner + 5), words[comma].kind == .word, !words[comma].quoted, !words[comma].isCapitalized { comma += 1 }
        guard comma > owner + 1, comma < words.count, words[comma].isPunct(","),
              var m = parser.mention(startingAt: comma + 1, upperBound: min(words.count - 1, comma + 8)), m.kind == .name else { return nil }
        var j = skipBracket(m.lastWord + 1)
        guard j < words.count, words[j].isPunct(",") else { return nil }
        j += 1
        while j < words.count, words[j].kind == .word, !words[j].isCapitalized, English.subjectVerbFillers.contains(words[j].lower) { j += 1 }
        guard isCue(j) else { return nil }
        if m.role == nil { m.role = (k..<comma).map { words[$0].text }.joined(separator: " ") }
        return Attribution(mention: m, cue: words[j].text, source: .adjacent)
    }

    /// `“…” of the proposals, Mr. X said.`: an attribution closing the quote's sentence after a
    /// short tail, with nothing quoted in between.
    private func sentenceFinal(from k: Int) -> Attribution? {
        let sentence = words[k].sentence
        var c = k
        while c < min(words.count, k + 12), words[c].sentence == sentence, !words[c].quoted {
            if words[c].isPunct(","), c > k {
                var e = c + 1
                var cue = -1
                while e < min(words.count, c + 10), words[e].sentence == sentence, !words[e].quoted {
                    if isCue(e) { cue = e; break }
                    e += 1
                }
                guard cue > c + 1, let m = subject(ofCueAt: cue, lowerBound: c + 1, allowAppositive: false), m.firstWord == c + 1 else { return nil }
                // The verb must end the sentence, save a short adverbial ("said Tuesday.").
                var after = cue + 1
                while after < words.count, words[after].sentence == sentence, words[after].kind == .word, after - cue <= 4 {
                    // "said she heard explosions": the verb has its own clause, not this quote.
                    if English.subjectPronouns.contains(words[after].lower) || words[after].lower == "that" { return nil }
                    after += 1
                }
                guard after >= words.count || words[after].sentence != sentence || words[after].kind == .punctuation else { return nil }
                return Attribution(mention: m, cue: words[cue].text, source: .adjacent)
            }
            if words[c].kind == .punctuation, !["-", "'", "\u{2019}"].contains(words[c].text), c > k { return nil }
            c += 1
        }
        return nil
    }

    /// The description after a name and a comma, up to the next punctuation, when it names a
    /// role: `said Emma Clarke, the agency's chief executive.`
    private func trailingAppositive(after last: Int) -> String? {
        guard last + 2 < words.count, words[last + 1].isPunct(",") else { return nil }
        var e = last + 2
        while e < min(words.count, last + 12), words[e].kind == .word, !words[e].quoted { e += 1 }
        guard e > last + 2, (last + 2..<e).contains(where: { English.roleHeads.contains(words[$0].lower) }) else { return nil }
        return (last + 2..<e).map { words[$0].text }.joined(separator: " ")
    }

    /// The index after a bracket that starts at `i` ("(R-Ohio)"), or `i`.
    private func skipBracket(_ i: Int) -> Int {
        guard i < words.count, words[i].isPunct("(") else { return i }
        var p = i + 1
        while p < words.count, p < i + 10, !words[p].isPunct(")") { p += 1 }
        return p < words.count && words[p].isPunct(")") ? p + 1 : i
    }
}
