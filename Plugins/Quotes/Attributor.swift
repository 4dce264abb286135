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

    /// Creates an attributor over the words of one paragraph (quoted words already marked).
    init(words: [Word]) {
        self.words = words
        self.parser = NameParser(words: words)
    }

    private static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "--", "-"]
    private static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "on", "late", "early", "last", "night", "morning", "afternoon", "evening", "week",
    ]

    private func isCue(_ i: Int) -> Bool {
        guard i >= 0, i < words.count else { return false }
        let w = words[i]
        return w.kind == .word && !w.quoted && !w.isCapitalized && SpeechLexicon.cues.contains(w.lower)
    }

    /// The attribution of the quote whose opening mark is word `open` and closing mark word
    /// `close` (`nil` when unclosed), or nil when the paragraph names no speaker for it.
    func attribute(open: Int, close: Int?) -> Attribution? {
        if let close, let found = afterQuote(close) { return found }
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
            if let m = parser.mention(startingAt: k + 1, upperBound: k + 9) {
                return Attribution(mention: m, cue: w.text, source: .adjacent)
            }
            return nil
        }
        // Mention first, then the verb, within a few words: `“…,” the foreign minister said`.
        var j = k
        while j < min(words.count, k + 12) {
            let v = words[j]
            if v.quoted { return nil }
            if isCue(j) {
                guard let m = subject(ofCueAt: j, lowerBound: k, allowAppositive: true), m.firstWord <= k + 1 else { return nil }
                return Attribution(mention: m, cue: v.text, source: .adjacent)
            }
            if v.kind == .punctuation, !["(", ")", ",", "-", "\u{2019}", "'"].contains(v.text) { return nil }
            j += 1
        }
        return nil
    }

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
            if isCue(j) {
                tried += 1
                if let m = subject(ofCueAt: j, lowerBound: lowerBound, allowAppositive: true) {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
                // Inverted order before the quote: `said Chad Bown: “…”`.
                if let m = parser.mention(startingAt: j + 1, upperBound: open - 1), m.kind == .name {
                    return Attribution(mention: m, cue: w.text, source: .clause)
                }
            }
            j -= 1
        }
        return nil
    }

    /// The subject of the speech verb at `cue`: skips auxiliaries, adverbs, days, a bracket and
    /// an appositive (`X, Putin’s adviser, said`); for `…, adding that` the subject of the clause before.
    func subject(ofCueAt cue: Int, lowerBound: Int, allowAppositive: Bool, depth: Int = 0) -> Mention? {
        var k = cue - 1
        if k >= lowerBound, words[k].lower == "as" { k -= 1 }  // "quotes X as saying"
        while k >= lowerBound {
            let w = words[k]
            if w.quoted { return nil }
            if w.kind == .word, !w.isCapitalized, SpeechLexicon.between.contains(w.lower) || Self.timeWords.contains(w.lower) {
                k -= 1
                continue
            }
            if w.kind == .word, w.isCapitalized, Self.timeWords.contains(w.lower) {
                k -= 1
                continue
            }
            if w.isPunct(")") {
                var p = k - 1
                while p >= lowerBound, !words[p].isPunct("(") { p -= 1 }
                if p < lowerBound { return nil }
                k = p - 1
                continue
            }
            break
        }
        guard k >= lowerBound else { return nil }
        if words[k].isPunct(",") {
            // Participle after a clause: "she said, adding that …", "Trump said Tuesday, adding …".
            if words[cue].lower.hasSuffix("ing"), depth == 0 {
                var p = k - 1
                while p >= lowerBound {
                    if isCue(p), let m = subject(ofCueAt: p, lowerBound: lowerBound, allowAppositive: true, depth: 1) { return m }
                    p -= 1
                }
            }
            guard allowAppositive else { return nil }
            // Appositive: "Yuri Ushakov, Putin’s adviser, said".
            var p = k - 1
            while p >= max(lowerBound, k - 14) {
                if words[p].quoted { return nil }
                if words[p].isPunct(",") {
                    if var m = parser.mention(endingAt: p - 1, lowerBound: lowerBound), m.kind != .pronoun {
                        if m.role == nil {
                            m.role = (p + 1..<k).map { words[$0].text }.joined(separator: " ")
                        }
                        return m
                    }
                    return nil
                }
                p -= 1
            }
            return nil
        }
        return parser.mention(endingAt: k, lowerBound: lowerBound)
    }

    /// The subject of the sentence holding word `index`, when the sentence opens with a mention
    /// followed by a verb: the weakest evidence, for fragments quoted without a speech verb.
    func sentenceSubject(of index: Int) -> Mention? {
        let sentence = words[index].sentence
        var start = index
        while start > 0, words[start - 1].sentence == sentence { start -= 1 }
        var k = start
        while k < index, words[k].kind == .word, ["but", "and", "yet", "still", "so", "meanwhile", "however", "now"].contains(words[k].lower) { k += 1 }
        while k < index, words[k].isPunct(",") { k += 1 }
        guard k < index, let m = parser.mention(startingAt: k, upperBound: index - 1), m.kind != .pronoun || m.text.lowercased() != "it" else { return nil }
        let next = m.lastWord + 1
        guard next < index, words[next].kind == .word, !words[next].isCapitalized, !words[next].quoted,
              !NameParser.particles.contains(words[next].lower), !["and", "or", "of", "to", "in", "on", "at", "for", "with"].contains(words[next].lower)
        else { return nil }
        return m
    }
}
