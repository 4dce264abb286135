/// Finds temporal expressions in a run of tokens and parses what each one says.
///
/// A hand-written grammar in the spirit of TimeML's TIMEX3 guidelines: the extent starts
/// after any preposition, keeps determiners and modifiers ("the next two weeks", "late
/// Thursday", "around 40 minutes") and the possessive clitic ("last week's").
struct TimexRecognizer {
    /// The tokens of one sentence (or any span) being tagged.
    let tokens: [TimexToken]

    /// All expressions, left to right, longest match first and without overlaps.
    func matches() -> [TimexMatch] {
        var out: [TimexMatch] = []
        var i = 0
        let triggers = TemporalLexicon.triggers
        while i < tokens.count {
            let t = tokens[i]
            let candidate = t.kind == .number || (t.kind == .word && triggers.contains(t.lower))
                || (t.kind == .punct && t.lower == "'")
            if candidate, var m = match(at: i) {
                m = withClitic(m)
                out.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: token helpers

    /// The lower-cased word at `i`, or nil for numbers, punctuation and the end.
    func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].lower
    }

    /// Whether token `i` is the punctuation mark `p`.
    func punct(_ i: Int, _ p: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].lower == p
    }

    /// Whether token `i` is a hyphen glued to both neighbours ("40-minute").
    func hyphen(_ i: Int) -> Bool {
        punct(i, "-") && tokens[i].glued && i + 1 < tokens.count && tokens[i + 1].glued
    }

    /// The plain integer at `i`, if any.
    func int(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].suffix.isEmpty else { return nil }
        return tokens[i].int
    }

    /// Keeps a possessive clitic ("'s") glued to the end of the match inside the extent.
    private func withClitic(_ m: TimexMatch) -> TimexMatch {
        var m = m
        let n = m.last + 1
        if n < tokens.count, tokens[n].glued, tokens[n].kind == .word, tokens[n].lower == "'s" || tokens[n].lower == "'" {
            m.last = n
        }
        return m
    }

    // MARK: the grammar

    /// The longest expression starting at token `i`.
    func match(at i: Int) -> TimexMatch? {
        guard let w = word(i) else { return core(at: i, determiner: false) }
        // quantity modifiers: "around 40 minutes", "more than two years"
        if i + 1 < tokens.count, let w2 = word(i + 1) {
            if let w3 = word(i + 2), let mod = TemporalLexicon.quantityModifierPairs["\(w) \(w2) \(w3)"],
               var m = quantity(at: i + 3) {
                m.first = i; m.mod = m.mod ?? mod; return m
            }
            if let mod = TemporalLexicon.quantityModifierPairs["\(w) \(w2)"], var m = quantity(at: i + 2) ?? quantityWithDeterminer(at: i + 2) {
                m.first = i; m.mod = m.mod ?? mod; return m
            }
        }
        if let mod = TemporalLexicon.quantityModifiers[w], var m = quantity(at: i + 1) ?? quantityWithDeterminer(at: i + 1) {
            m.first = i; m.mod = m.mod ?? mod; return m
        }
        // position modifiers: "early next year", "late Thursday", "mid-November"
        if w == "mid" || w == "early" || w == "late" || w == "earlier" || w == "later" {
            var j = i + 1
            if w == "mid", punct(j, "-") { j += 1 }
            if var m = match(at: j), isPoint(m) {
                m.first = i
                let pos = TemporalLexicon.positionModifiers[w] ?? ""
                if !pos.isEmpty { m.mod = pos }
                return m
            }
            // "later this afternoon", "earlier in the day" are covered above or not tagged.
        }
        // "the end of 1990", "the beginning of next year", "the middle of October"
        if w == "the", let p = word(i + 1), ["end", "beginning", "start", "middle", "turn"].contains(p), word(i + 2) == "of" {
            let j = i + 3
            if var m = match(at: j), isPoint(m) {
                m.first = i
                m.mod = p == "end" ? "END" : (p == "middle" ? "MID" : "START")
                return m
            }
        }
        if w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "these" || w == "those" {
            if var m = core(at: i + 1, determiner: true, determinerWord: w) {
                m.first = i
                return m
            }
            return nil
        }
        return core(at: i, determiner: false)
    }

    /// Whether a match names a point or period rather than a length.
    private func isPoint(_ m: TimexMatch) -> Bool { m.type == .date || m.type == .time }

    /// A quantity of time after "the" (for "more than the past two years" style phrases).
    private func quantityWithDeterminer(at i: Int) -> TimexMatch? {
        guard word(i) == "the", var m = core(at: i + 1, determiner: true, determinerWord: "the"), m.type == .duration else { return nil }
        m.first = i
        return m
    }

    /// The expression proper at `i`; `determiner` says whether a determiner came before.
    func core(at i: Int, determiner: Bool, determinerWord: String = "") -> TimexMatch? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number { return numberExpression(at: i, determiner: determiner) }
        if tokens[i].kind == .punct {
            if tokens[i].lower == "'", let m = decadeTick(at: i) { return m }
            return nil
        }
        return calendarWord(at: i, determiner: determiner)
            ?? relativeExpression(at: i, determiner: determiner, determinerWord: determinerWord)
            ?? quantity(at: i, determiner: determiner)
            ?? deicticWord(at: i, determiner: determiner, determinerWord: determinerWord)
    }
}
