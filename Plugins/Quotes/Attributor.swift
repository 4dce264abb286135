import BriefingCore

/// Finds the attribution of each quotation of a paragraph: the speech verb and the mention of
/// the speaker, by the patterns of news writing.
///
/// Patterns, strongest first: `“…,” X said` and `“…,” said X` right after the quote (also when
/// the next sentence starts with them: `“…step.” He said`), `“…” — X`; a speech verb earlier in
/// the sentence with its subject (`X told Y that “…”`, `X, the foreign minister, said “…”`,
/// `X said, adding that “…”`); `according to X`; `X: “…”`; then the quote before it in the same
/// paragraph (or the last one of the previous paragraph) for a quote that continues a speech;
/// last, for a fragment in a sentence without a speech verb, the sentence's subject.
struct Attributor {
    let words: [Word]
    let parser: NameParser

    /// The paragraph is a headline in title case ("Warren Slams Bank CEO: ‘…’"), where verbs
    /// are capitalised too.
    let headline: Bool

    /// Creates an attributor over the words of one paragraph (quoted words already marked).
    init(words: [Word], knownSurnames: Set<String> = []) {
        self.words = words
        self.parser = NameParser(words: words, knownSurnames: knownSurnames)
        let open = words.filter { $0.kind == .word && !$0.quoted && $0.lower.count > 3 }
        headline = open.count >= 2 && open.count <= 16 && open.allSatisfy(\.isCapitalized)
    }

    private static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "--", "-"]
    private static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "on", "late", "early", "last", "night", "morning", "afternoon", "evening", "week",
    ]

    private func isCue(_ i: Int) -> Bool {
        guard i >= 0, i < words.count else { return false }
        let w = words[i]
        guard w.kind == .word, !w.quoted, !w.isCapitalized || headline else { return false }
        // "the report", "a statement", "his tweet" are nouns, not verbs.
        if SpeechLexicon.documents.contains(w.lower) || Self.speechNouns.contains(w.lower), i > 0, words[i - 1].kind == .word {
            if NameParser.determiners.contains(words[i - 1].lower) || words[i - 1].possessive { return false }
            // "a controversial comment", "her latest tweet": an adjective between determiner and noun.
            if i > 1, !words[i - 1].isCapitalized, !words[i - 1].quoted, !SpeechLexicon.between.contains(words[i - 1].lower),
               words[i - 2].kind == .word, NameParser.determiners.contains(words[i - 2].lower) || words[i - 2].possessive { return false }
        }
        // "did not reply", "never said": a speech verb denied attributes nothing.
        if i > 0, ["not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't"].contains(words[i - 1].lower) { return false }
        if SpeechLexicon.cues.contains(w.lower) { return true }
        // "as the report put it", "the letter reads", "the article read".
        if w.lower == "put", i + 1 < words.count, words[i + 1].lower == "it" { return true }
        if w.lower == "read", i > 0, words[i - 1].kind == .word, SpeechLexicon.documents.contains(words[i - 1].lower) { return true }
        return w.lower == "reads"
    }

    /// A written text right after a speech verb: `said the ruling`, `says a new report`.
    private func document(startingAt i: Int) -> Mention? {
        guard i + 1 < words.count, words[i].kind == .word, !words[i].quoted,
              NameParser.determiners.contains(words[i].lower) else { return nil }
        // At most two modifiers before the noun: "the new federal report".
        var e = i + 1
        while e < min(words.count, i + 4), words[e].kind == .word, !words[e].quoted {
            // Lower case only: "The Post" is a newspaper's name, read as a name elsewhere.
            if SpeechLexicon.documents.contains(words[e].lower), !words[e].isCapitalized {
                let next = e + 1 < words.count ? words[e + 1] : nil
                // "the report's authors", "the report by …" name someone else.
                if words[e].possessive || next.map({ $0.kind == .word && ["of", "by", "from"].contains($0.lower) }) == true { return nil }
                let text = (i...e).map { words[$0].text }.joined(separator: " ")
                return Mention(span: Span(words[i].span.start, words[e].span.end), text: text, kind: .nominal,
                               role: (i + 1...e).map { words[$0].text }.joined(separator: " "), firstWord: i, lastWord: e)
            }
            e += 1
        }
        return nil
    }

    /// The attribution of the quote whose opening mark is word `open` and closing mark word
    /// `close` (`nil` when unclosed), or nil when the paragraph names no speaker for it.
    func attribute(open: Int, close: Int?, opensClause: Bool = true) -> Attribution? {
        // Only a quote that opens its sentence may take its attribution from the next sentence.
        // A quote of several sentences ends in the sentence of its closing mark.
        if let close, let found = afterQuote(close),
           opensClause || found.mention.firstWord >= words.count || words[found.mention.firstWord].sentence == words[open].sentence
            || words[found.mention.firstWord].sentence == words[close].sentence {
            // The next sentence's "He replied" yields to an attribution in the quote's own sentence.
            let crossed = found.mention.firstWord < words.count && words[found.mention.firstWord].sentence != words[close].sentence
            if crossed, let own = beforeQuote(open) { return own }
            // In the next sentence a verb whose clause has a new subject ("Damon said she heard
            // explosions") reports something else, not this quote.
            if crossed, !attributesAcrossSentences(after: found.mention) { return nil }
            return found
        }
        if let found = beforeQuote(open) { return found }
        return nil
    }

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
              SpeechLexicon.notNames.contains(words[front].lower), !NameParser.determiners.contains(words[front].lower) {
            front += 1
        }
        if front >= words.count { front = k }
        if let named = possessiveAppositive(from: front) { return named }
        if let m = parser.mention(startingAt: front, upperBound: min(words.count - 1, front + 8)), m.kind != .pronoun || SpeechLexicon.pronouns[m.text.lowercased()] != nil {
            var j = skipBracket(m.lastWord + 1)
            while j < words.count, words[j].kind == .word, !words[j].isCapitalized, SpeechLexicon.between.contains(words[j].lower) { j += 1 }
            if isCue(j) { return Attribution(mention: m, cue: words[j].text, source: .adjacent) }
            if j < words.count, words[j].isPunct(",") {
                let sentence = words[k].sentence
                var c = j
                while c < min(words.count, j + 45), words[c].sentence == sentence, !words[c].quoted {
                    if words[c].isPunct(",") {
                        var v = c + 1
                        while v < words.count, words[v].kind == .word, !words[v].isCapitalized, SpeechLexicon.between.contains(words[v].lower) { v += 1 }
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
            if v.kind == .word, !v.isCapitalized, Self.clauseBreaks.contains(v.lower) { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the speech verb near `mention` can attribute the quote before its sentence: it
    /// may end the sentence or report a clause, but not one with a new subject pronoun.
    private func attributesAcrossSentences(after mention: Mention) -> Bool {
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
        return !tail.prefix(3).contains { SpeechLexicon.subjectPronouns.contains($0) }
    }

    /// `“…,” Scott's niece, Marcia Price (D-Va.), shouted.` and `“…,” the mayor's spokesman,
    /// Tom Reyes, said.`: a description owned by someone, then the name in apposition, then the verb.
    private func possessiveAppositive(from k: Int) -> Attribution? {
        var p = k
        if p < words.count, NameParser.determiners.contains(words[p].lower) { p += 1 }
        // The owner: a possessive word within the first three.
        guard let owner = (p..<min(words.count, p + 3)).first(where: { words[$0].possessive }), !words[owner].quoted else { return nil }
        var comma = owner + 1
        while comma < min(words.count, owner + 5), words[comma].kind == .word, !words[comma].quoted, !words[comma].isCapitalized { comma += 1 }
        guard comma > owner + 1, comma < words.count, words[comma].isPunct(","),
              var m = parser.mention(startingAt: comma + 1, upperBound: min(words.count - 1, comma + 8)), m.kind == .name else { return nil }
        var j = skipBracket(m.lastWord + 1)
        guard j < words.count, words[j].isPunct(",") else { return nil }
        j += 1
        while j < words.count, words[j].kind == .word, !words[j].isCapitalized, SpeechLexicon.between.contains(words[j].lower) { j += 1 }
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
                    if SpeechLexicon.subjectPronouns.contains(words[after].lower) || words[after].lower == "that" { return nil }
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
        guard e > last + 2, (last + 2..<e).contains(where: { SpeechLexicon.roleHeads.contains(words[$0].lower) }) else { return nil }
        return (last + 2..<e).map { words[$0].text }.joined(separator: " ")
    }

    /// The index after a bracket that starts at `i` ("(R-Ohio)"), or `i`.
    private func skipBracket(_ i: Int) -> Int {
        guard i < words.count, words[i].isPunct("(") else { return i }
        var p = i + 1
        while p < words.count, p < i + 10, !words[p].isPunct(")") { p += 1 }
        return p < words.count && words[p].isPunct(")") ? p + 1 : i
    }

    /// Words that start a new clause: a mention after them is not the quote's attribution.
    static let clauseBreaks: Set<String> = [
        "and", "but", "while", "as", "when", "after", "before", "because", "so", "then", "if", "although",
        "though", "which", "where", "or", "whereas", "since", "until", "whether",
    ]

    /// Whether the words from `start` up to a mention starting at `first` can be the front of
    /// that mention (a longer title: "Tulsa police Chief …").
    private func leadsIn(from start: Int, to first: Int) -> Bool {
        guard first >= start else { return true }
        guard first - start <= 4 else { return false }
        for i in start..<first {
            let w = words[i]
            if w.kind != .word || w.quoted || isCue(i) || Self.clauseBreaks.contains(w.lower) { return false }
        }
        return true
    }

    /// Nouns of speech: "Moreau’s claim that", "indications from Moreau that".
    static let speechNouns: Set<String> = [
        "claim", "claims", "indication", "indications", "remark", "remarks", "comment", "comments",
        "statement", "statements", "words", "assertion", "assertions", "warning", "warnings", "perception",
        "view", "views", "description", "insistence", "suggestion", "promise", "pledge", "accusation",
        "accusations", "message", "argument", "characterization", "call", "calls", "response", "reply",
        "question", "vow", "admission", "boast", "prediction", "quip", "tweet", "tweets",
    ]

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
           m.firstWord - 1 < lowerBound || !NameParser.functionWords.contains(words[m.firstWord - 1].lower) {
            return Attribution(mention: m, cue: (dash..<open).map { words[$0].text }.joined(), source: .marker)
        }
        // `To her, “…”` and `according to him, “…”`: the person the clause is about speaks.
        if open - 3 >= lowerBound, words[open - 1].isPunct(","), let m = objectMention(at: open - 2, lowerBound: lowerBound),
           m.firstWord - 1 >= lowerBound, words[m.firstWord - 1].lower == "to" {
            let before = m.firstWord - 2
            if before < lowerBound || words[before].kind == .punctuation || Self.clauseBreaks.contains(words[before].lower)
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
            if Self.speechNouns.contains(w.lower), !w.isCapitalized {
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
                while v >= lowerBound, words[v].kind == .word, NameParser.determiners.contains(words[v].lower) || words[v].lower.hasSuffix("ly") { v -= 1 }
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
                if j + 1 < open, !NameParser.determiners.contains(words[j + 1].lower),
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
            if w.kind == .word, !w.isCapitalized, SpeechLexicon.between.contains(w.lower) || Self.timeWords.contains(w.lower)
                || (w.lower.hasSuffix("ly") && w.lower.count > 4) {
                k -= 1
                continue
            }
            if w.kind == .word, w.isCapitalized, Self.timeWords.contains(w.lower) {
                k -= 1
                continue
            }
            if w.kind == .word, w.lower == "and", k - 1 >= lowerBound, words[k - 1].kind == .word, !words[k - 1].isCapitalized,
               !words[k - 1].quoted, depth == 0, !SpeechLexicon.subjectPronouns.contains(words[k - 1].lower) {
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
        if ["that", "which"].contains(words[k].lower), k - 1 >= lowerBound, Self.speechNouns.contains(words[k - 1].lower), depth == 0 {
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

    /// Verbs that give off words without saying how: "made a comment", "issued a statement".
    static let lightVerbs: Set<String> = [
        "make", "makes", "made", "making", "issue", "issues", "issued", "issuing", "post", "posts", "posted",
        "give", "gives", "gave", "given", "deliver", "delivers", "delivered", "offer", "offers", "offered",
        "release", "releases", "released", "send", "sends", "sent", "publish", "publishes", "published",
    ]

    /// Who owns the speech noun at `noun`: a possessive name ("Clinton's remark that …") or the
    /// subject of the light verb before it ("she made a comment that …"); after an infinitive
    /// the person it is about ("led Clinton to make a comment that …").
    private func owner(ofSpeechNounAt noun: Int, lowerBound: Int) -> Mention? {
        var p = noun - 1
        var adjectives = 0
        while p >= lowerBound, adjectives < 3, words[p].kind == .word, !words[p].quoted, !words[p].isCapitalized,
              !words[p].possessive, !NameParser.determiners.contains(words[p].lower) {
            p -= 1
            adjectives += 1
        }
        guard p >= lowerBound, words[p].kind == .word, !words[p].quoted else { return nil }
        if words[p].possessive {
            if let m = parser.mention(endingAt: p, lowerBound: lowerBound, allowPossessive: true), m.kind == .name { return m }
            if ["his", "her"].contains(words[p].lower) { return nil }
        }
        guard NameParser.determiners.contains(words[p].lower) else { return nil }
        let verb = p - 1
        guard verb >= lowerBound, Self.lightVerbs.contains(words[verb].lower), !words[verb].quoted else { return nil }
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

    /// Quantifiers that may open a bare plural subject ("Many voters").
    private static let quantifiers: Set<String> = ["many", "some", "most", "several", "few", "other", "both", "all", "dozens", "hundreds", "thousands"]

    /// A bare plural opening the sentence as the subject of the verb after `end`: "Protesters
    /// chanted", "Many residents marching to the square shouted" — a group, not a person.
    private func bareGroup(before end: Int, lowerBound: Int) -> Mention? {
        var s = lowerBound
        while s < end, words[s].kind == .word, ["but", "and", "meanwhile", "later"].contains(words[s].lower) { s += 1 }
        guard s <= end, words[s].kind == .word else { return nil }
        let first = s
        if Self.quantifiers.contains(words[s].lower) { s += 1 }
        // The head: the first plural noun within three words, written in lower case elsewhere.
        var h = s
        while h <= min(end, s + 2) {
            let w = words[h]
            // Capitalised only as the sentence's first word before a lower-case one ("Small groups", "Union members").
            let opening = h == lowerBound && (w.common || (h + 1 <= end && words[h + 1].kind == .word && !words[h + 1].isCapitalized))
            guard w.kind == .word, !w.quoted, !w.possessive, w.isCapitalized ? opening || h > first : true,
                  !NameParser.determiners.contains(w.lower), !SpeechLexicon.subjectPronouns.contains(w.lower),
                  !SpeechLexicon.between.contains(w.lower), !SpeechLexicon.cues.contains(w.lower) else { return nil }
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
            guard words[h + 1].kind == .word, words[h + 1].lower.hasSuffix("ing"), !SpeechLexicon.cues.contains(words[h + 1].lower), end - h <= 10 else { return nil }
            for i in (h + 1)...end {
                let w = words[i]
                if w.quoted || w.kind != .word || Self.clauseBreaks.contains(w.lower) || SpeechLexicon.cues.contains(w.lower) { return nil }
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
                guard (p + 1...end).contains(where: { SpeechLexicon.roleHeads.contains(words[$0].lower) }),
                      var m = parser.mention(endingAt: p - 1, lowerBound: lowerBound), m.kind == .name else { return nil }
                if m.role == nil { m.role = (p + 1...end).map { words[$0].text }.joined(separator: " ") }
                return m
            }
            p -= 1
        }
        return nil
    }

    /// Words opening an adverbial phrase or clause before a sentence's subject.
    static let phraseOpeners: Set<String> = [
        "with", "after", "before", "in", "as", "despite", "during", "while", "since", "for", "amid", "following",
        "although", "though", "when", "if", "unlike", "like", "by", "on", "at", "from", "over", "under", "without",
        "because", "once", "until", "ahead", "facing", "throughout", "whereas",
    ]

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
        if k < index, words[k].kind == .word, !words[k].isCapitalized || SpeechLexicon.notNames.contains(words[k].lower) {
            // A clause opened by a preposition or conjunction may be long: "With party leaders worried about …, X is …".
            // Such a clause may hold a quote whose comma sits inside the marks: "After saying it was “so bad,” she …".
            let opener = Self.phraseOpeners.contains(words[k].lower)
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
              !NameParser.particles.contains(words[next].lower), !["and", "or", "of", "to", "in", "on", "at", "for", "with"].contains(words[next].lower)
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
                      SpeechLexicon.roles.contains(w.lower) || SpeechLexicon.roles.contains(String(w.lower.dropLast()))
                        || NameParser.institutionNouns.contains(String(w.lower.dropLast())) else { continue }
                return groupPhrase(endingAt: k)
            }
            // A body: a name ending in an organisation word, or a description headed by one —
            // the head, not a modifier ("a military crackdown").
            guard SpeechLexicon.organizationHeads.contains(w.lower) || NameParser.institutionNouns.contains(w.lower) else { continue }
            if k + 1 < words.count, words[k + 1].kind == .word, !words[k + 1].isCapitalized, !words[k + 1].quoted,
               !NameParser.functionWords.contains(words[k + 1].lower), !SpeechLexicon.cues.contains(words[k + 1].lower),
               !SpeechLexicon.between.contains(words[k + 1].lower), !Self.clauseBreaks.contains(words[k + 1].lower),
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
                  !NameParser.functionWords.contains(p.lower), !SpeechLexicon.cues.contains(p.lower) || p.lower == "state",
                  !Self.clauseBreaks.contains(p.lower), !SpeechLexicon.subjectPronouns.contains(p.lower),
                  !SpeechLexicon.between.contains(p.lower) else { break }
            first -= 1
            if NameParser.determiners.contains(p.lower) { break }
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
