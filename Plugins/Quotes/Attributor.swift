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

    static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "--", "-"]

    func isCue(_ i: Int) -> Bool {
        guard i >= 0, i < words.count else { return false }
        let w = words[i]
        guard w.kind == .word, !w.quoted, !w.isCapitalized || headline else { return false }
        // "the report", "a statement", "his tweet" are nouns, not verbs.
        if English.writtenTexts.contains(w.lower) || English.speechNouns.contains(w.lower), i > 0, words[i - 1].kind == .word {
            if English.determiners.contains(words[i - 1].lower) || words[i - 1].possessive { return false }
            // "a controversial comment", "her latest tweet": an adjective between determiner and noun.
            if i > 1, !words[i - 1].isCapitalized, !words[i - 1].quoted, !English.subjectVerbFillers.contains(words[i - 1].lower),
               words[i - 2].kind == .word, English.determiners.contains(words[i - 2].lower) || words[i - 2].possessive { return false }
        }
        // "did not reply", "never said": a speech verb denied attributes nothing.
        if i > 0, English.negations.contains(words[i - 1].lower) { return false }
        if English.speechVerbs.contains(w.lower) { return true }
        // "as the report put it", "the letter reads", "the article read".
        if w.lower == "put", i + 1 < words.count, words[i + 1].lower == "it" { return true }
        if w.lower == "read", i > 0, words[i - 1].kind == .word, English.writtenTexts.contains(words[i - 1].lower) { return true }
        return w.lower == "reads"
    }

    /// A written text right after a speech verb: `said the ruling`, `says a new report`.
    func document(startingAt i: Int) -> Mention? {
        guard i + 1 < words.count, words[i].kind == .word, !words[i].quoted,
              English.determiners.contains(words[i].lower) else { return nil }
        // At most two modifiers before the noun: "the new federal report".
        var e = i + 1
        while e < min(words.count, i + 4), words[e].kind == .word, !words[e].quoted {
            // Lower case only: "The Post" is a newspaper's name, read as a name elsewhere.
            if English.writtenTexts.contains(words[e].lower), !words[e].isCapitalized {
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

    /// Whether the words from `start` up to a mention starting at `first` can be the front of
    /// that mention (a longer title: "Tulsa police Chief …").
    func leadsIn(from start: Int, to first: Int) -> Bool {
        guard first >= start else { return true }
        guard first - start <= 4 else { return false }
        for i in start..<first {
            let w = words[i]
            if w.kind != .word || w.quoted || isCue(i) || English.clauseBreaks.contains(w.lower) { return false }
        }
        return true
    }

}
