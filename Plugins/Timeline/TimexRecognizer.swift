import BriefingCore

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
                // "the next year or so": the approximation belongs to the expression
                if tokens[m.last].kind == .word, TemporalLexicon.units[tokens[m.last].lower] != nil, let so = orSo(after: m.last) {
                    m.last = so
                    m.mod = m.mod ?? "APPROX"
                }
                if !isTitle(m) { out.append(m) }
                i = m.last + 1
                if let second = secondDay(after: m) {
                    // "Oct. 3 to 5, 2026": the year written after the pair is both days' year
                    if case .calendar(let y?, _, _) = second.meaning, case .calendar(nil, let mo, let d) = m.meaning,
                       let previous = out.last, previous.first == m.first {
                        out[out.count - 1].meaning = .calendar(year: y, month: mo, day: d)
                    }
                    out.append(second)
                    i = second.last + 1
                }
            } else {
                i += 1
            }
        }
        return out
    }

    /// "April 24 and 25", "March 3 to 5": the bare second day is a date of the same month (and
    /// year), tagged on its own as TimeML tags each day of a pair or range.
    private func secondDay(after m: TimexMatch) -> TimexMatch? {
        guard case .calendar(let year, let month?, let day?) = m.meaning, let link = word(m.last + 1),
              ["and", "or", "to", "through", "until", "till"].contains(link), let d = dayNumber(m.last + 2), d > day else { return nil }
        let after = m.last + 3
        if year == nil, let y = yearNumber(after) ?? (punct(after, ",") ? yearNumber(after + 1) : nil) {
            let last = yearNumber(after) != nil ? after : after + 1
            return TimexMatch(first: m.last + 2, last: last, meaning: .calendar(year: y, month: month, day: d), type: .date)
        }
        // "April 24 and 25 others": a count, not a day
        guard endOfClause(after) || word(after).map(TimexRecognizer.notNouns.contains) == true else { return nil }
        return TimexMatch(first: m.last + 2, last: m.last + 2, meaning: .calendar(year: year, month: month, day: d), type: .date)
    }

    /// "This Week" as a programme title: every word capitalised in mid-sentence.
    private func isTitle(_ m: TimexMatch) -> Bool {
        guard m.first > 0, m.last > m.first else { return false }
        let previous = tokens[m.first - 1]
        if previous.kind == .punct && [".", "!", "?", "\n"].contains(previous.lower) { return false }
        for k in m.first...m.last where tokens[k].kind == .word && !tokens[k].capitalized { return false }
        return ["this", "last", "next"].contains(tokens[m.first].lower)
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

    /// Leaves a possessive clitic ("Friday's") outside the extent, as TimeBank does (the
    /// TimeML guidelines accept either), and the approximators "about" and "almost", which
    /// TimeBank mostly leaves out too; the TIMEX3 `mod` keeps what they say.
    private func withClitic(_ m: TimexMatch) -> TimexMatch {
        var m = m
        if m.last > m.first, tokens[m.last].kind == .word, tokens[m.last].lower == "'s" { m.last -= 1 }
        // … but "about two years ago", "almost four years ago" keep it: there TimeBank tags the
        // whole phrase (3 of 3), the approximation being part of the point it counts back to
        if m.last > m.first, let w = word(m.first), w == "about" || w == "almost", word(m.last) != "ago" { m.first += 1 }
        return m
    }

    // MARK: the grammar

    /// The longest expression starting at token `i`.
    func match(at i: Int) -> TimexMatch? {
        guard let w = word(i) else { return core(at: i, determiner: false) }
        // most determiners and articles start nothing: look at the next token before parsing
        if TimexRecognizer.leadWords.contains(w), i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.kind == .word && !TemporalLexicon.triggers.contains(n.lower) && !TimexRecognizer.afterDeterminer.contains(n.lower) {
                return nil
            }
            if n.kind == .punct && n.lower != "'" { return nil }
        }
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
                if w != "mid" && w != "early", case .weekday(_, nil) = m.meaning, m.first == j {
                    // "Late Monday", "Earlier Friday": TimeBank tags the weekday alone
                    if w == "late" { m.mod = "END" }
                    return m
                }
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
        // "around 7:15 p.m.", "around Nov. 1": an approximate point, one expression; not when the
        // date is a possessive ("around Wednesday's ruling") or modifies a noun, for then
        // "around" governs the noun phrase
        if w == "around", var m = match(at: i + 1), m.first == i + 1, isPoint(m), word(m.last + 1) != "'s", !modifiesNoun(m) {
            m.first = i
            m.mod = m.mod ?? "APPROX"
            return m
        }
        // "the early 1980s", "the mid-1990s", "the late summer": the determiner opens the phrase
        if w == "the", let p = word(i + 1), p == "early" || p == "late" || p == "mid", var m = match(at: i + 1), m.first == i + 1,
           isPoint(m), !modifiesNoun(m) {
            m.first = i
            return m
        }
        if w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "these" || w == "those" {
            if w == "that", let n = word(i + 1), TimexRecognizer.shifters[n] != nil || English.weekdayNumbers[n] != nil { return nil }
            if w == "that", i + 1 < tokens.count, tokens[i + 1].kind == .number { return nil }
            if var m = core(at: i + 1, determiner: true, determinerWord: w) {
                if m.adjectival { return m }
                if w == "the", modifiesNoun(m) { return m }
                // "its third quarter", "their 1990 invasion": a possessive says whose period it
                // is, not which one, and TimeBank leaves it to the noun phrase
                if w == "its" || w == "their" {
                    // "in their 20s", "their thirties": an age, not a decade
                    if case .decade(_, nil) = m.meaning { return nil }
                    return m
                }
                m.first = i
                return m
            }
            return nil
        }
        return core(at: i, determiner: false)
    }

    /// Frequent words that open an expression only when a temporal word follows.
    static let leadWords: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their"]
    /// Words that may follow a determiner inside an expression without being triggers themselves.
    static let afterDeterminer: Set<String> = [
        "fiscal", "full", "short", "near", "distant", "immediate", "present", "past", "future", "end", "beginning", "start",
        "middle", "turn", "latest", "same", "corresponding", "comparable", "later", "year-ago", "year-earlier", "recently",
    ]

    /// Function words after which an expression is not a prenominal modifier.
    static let notNouns: Set<String> = [
        "of", "to", "in", "on", "at", "for", "and", "or", "but", "as", "when", "with", "by", "from", "was", "were", "is",
        "are", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can", "that", "which", "who",
        "than", "after", "before", "through", "until", "since", "while", "during", "into", "over", "under", "about",
        "against", "between", "be", "been", "did", "does", "do", "if", "so", "because", "where", "this", "these", "it",
        "he", "she", "they", "we", "i", "you", "there", "not", "also", "alone", "earlier", "later", "ago", "compared",
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "last", "next", "this", "year", "'s",
        "alone", "itself", "ahead", "onward", "onwards", "forward", "back", "only", "too", "either", "both",
    ]

    /// Whether a date stands before a noun as its modifier ("the Oct. 23 slaying", "the 1996
    /// bombing", "the third-quarter loss"): TimeML leaves the determiner to the noun then.
    private func modifiesNoun(_ m: TimexMatch) -> Bool {
        switch m.meaning {
        case .calendar, .year, .decade, .monthOf, .weekday(_, nil), .quarter(_, .infer, _), .quarter(_, .explicit, _), .season(_, .explicit),
             .quarter(_, .anaphoric, _):
            break
        default:
            return false
        }
        var n = m.last + 1
        // "the Aug. 7, 1998, bombings": AP style closes a full date with a comma before its noun
        if case .calendar(_?, _?, _?) = m.meaning, punct(n, ","), tokens[n].glued { n += 1 }
        guard n < tokens.count, tokens[n].kind == .word, !tokens[n].glued else { return false }
        let w = tokens[n].lower
        if TimexRecognizer.notNouns.contains(w) || w.hasSuffix("ed") || w.hasSuffix("ly") { return false }
        if TemporalLexicon.units[w] != nil || TemporalLexicon.partsOfDay[w] != nil { return false }
        return true
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
        if determinerWord == "this" || determinerWord == "that" {
            // "this September", "that Friday": the determiner shifts the name
            return relativeExpression(at: i, determiner: determiner, determinerWord: determinerWord)
                ?? calendarWord(at: i, determiner: determiner)
                ?? quantity(at: i, determiner: determiner)
                ?? deicticWord(at: i, determiner: determiner, determinerWord: determinerWord)
        }
        return calendarWord(at: i, determiner: determiner)
            ?? relativeExpression(at: i, determiner: determiner, determinerWord: determinerWord)
            ?? quantity(at: i, determiner: determiner)
            ?? deicticWord(at: i, determiner: determiner, determinerWord: determinerWord)
    }
}
