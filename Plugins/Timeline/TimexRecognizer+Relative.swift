import BriefingCore

/// Expressions relative to the reference date or to another date in the text: "last week",
/// "next Monday", "the past two months", "the following day", "this year's third quarter",
/// "now", "recently", "every week".
extension TimexRecognizer {
    /// Words that shift a unit from the reference: "last week", "next year".
    static let shifters: [String: Int] = [
        "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0,
        "latest": -1, "recent": -1, "same": 0, "that": 0,
    ]

    /// Relative expressions at `i` (after an optional determiner).
    func relativeExpression(at i: Int, determiner: Bool, determinerWord: String) -> TimexMatch? {
        guard var w = word(i) else { return nil }
        var start = i
        var j = i + 1
        if determinerWord == "this" || determinerWord == "that", TimexRecognizer.shifters[w] == nil {
            // "this week": the determiner itself is the shifter and the unit is at `i`.
            w = determinerWord
            start = i - 1
            j = i
        }
        if w == "fiscal" {
            if let y = yearNumber(i + 1) { return TimexMatch(first: i, last: i + 1, meaning: .year(y), type: .date) }
            if word(i + 1) == "year", let y = yearNumber(i + 2) { return TimexMatch(first: i, last: i + 2, meaning: .year(y), type: .date) }
            if let q = quarterPhrase(at: i, year: .infer) { return q }
            if word(i + 1) == "year", determiner {
                if let n = word(i + 2), ["ended", "ending", "ends", "end"].contains(n) || !endOfClause(i + 2) && n == "to" || endsAfterRelative(i + 2) {
                    return TimexMatch(first: i, last: i + 1, meaning: .duration(.year, 1), type: .duration)
                }
                return TimexMatch(first: i, last: i + 1, meaning: .sameUnit(.year), type: .date)
            }
            return nil
        }
        if English.ordinals[w] != nil, w != "last" || (word(i + 1) == "half" && word(i + 2) == "of"),
           let q = quarterPhrase(at: i, year: .infer) {
            var q = q
            q.first = min(q.first, start)
            return q
        }
        // "year-ago quarter", "year-earlier period", "year-end"
        if w == "year", hyphenGlued(i + 1), let x = word(i + 2) {
            if x == "ago" || x == "earlier" {
                var last = i + 2
                var meaning = TimexMeaning.quarter(0, year: .anaphoric(-1), half: false)
                var type = TimexType.date
                if let q = quarterPhrase(at: last + 1, year: .anaphoric(-1)) { return TimexMatch(first: start, last: q.last, meaning: q.meaning, type: .date) }
                if let n = word(last + 1), n == "quarter" || n == "period" || n == "quarters" { last += 1 }
                else if let a = amount(at: last + 1), let u = word(a.last + 1), let unit = TemporalLexicon.units[u] {
                    meaning = .duration(unit, a.value); type = .duration; last = a.last + 1
                } else if let n = word(last + 1), n == "year" || n == "month" {
                    last += 1
                    meaning = .anaphoric(.year, 1, sign: -1)
                } else {
                    meaning = .anaphoric(.year, 1, sign: -1)
                }
                return TimexMatch(first: start, last: last, meaning: meaning, type: type)
            }
            if x == "end" { return TimexMatch(first: start, last: i + 2, meaning: .sameUnit(.year), type: .date, mod: "END") }
        }
        if w == "year", word(i + 1) == "'s", word(i + 2) == "end", !determiner {
            return TimexMatch(first: start, last: i + 2, meaning: .sameUnit(.year), type: .date, mod: "END")
        }
        if w == "year", word(i + 1) == "end", !determiner {
            return TimexMatch(first: start, last: i + 1, meaning: .sameUnit(.year), type: .date, mod: "END")
        }
        // "the year 2000", "the year two thousand"
        if determiner, w == "year" {
            if let y = yearNumber(i + 1) { return TimexMatch(first: start, last: i + 1, meaning: .year(y), type: .date) }
            if let (y, last) = spokenYear(at: i + 1, loose: true) { return TimexMatch(first: start, last: last, meaning: .year(y), type: .date) }
        }
        // "that day", "the same day", "the year", "the quarter"
        if determiner, let unit = TemporalLexicon.units[w], !TemporalLexicon.pluralUnits.contains(w), determinerWord != "its",
           !(hyphenGlued(i + 1) && word(i + 2) != "old") {
            if word(i + 1) == "before" || word(i + 1) == "after" {
                let sign = word(i + 1) == "before" ? -1 : 1
                if endOfClause(i + 2), unit == .day || unit == .week || unit == .month || unit == .year {
                    return TimexMatch(first: start, last: i + 1, meaning: .anaphoric(unit, 1, sign: sign), type: .date)
                }
            }
            if determinerWord == "that" || determinerWord == "the" {
                switch unit {
                case .year where determinerWord == "the" && (["ended", "ending", "ends"].contains(word(i + 1) ?? "") || endsAfterRelative(i + 1)
                                                               || word(i + 1) == "to" && English.monthNumbers[word(i + 2) ?? ""] != nil):
                    // "the year ended March 31", "the year to March": a fiscal year, a length
                    return TimexMatch(first: start, last: i, meaning: .duration(.year, 1), type: .duration)
                case .quarter where ["ended", "ending", "ends"].contains(word(i + 1) ?? ""):
                    // "the quarter ended Sept. 30": the quarter that holds that day
                    if let d = calendarWord(at: i + 2, determiner: false), case .calendar(_, _, let day) = d.meaning, day != nil {
                        return TimexMatch(first: start, last: i, meaning: .quarterHolding(d.meaning), type: .date)
                    }
                    return TimexMatch(first: start, last: i, meaning: .sameUnit(unit), type: .date)
                case .week where word(i + 1) == "of":
                    // "the week of March 6": one expression, the week holding that day
                    if let d = calendarWord(at: i + 2, determiner: false), case .calendar(_, let month, let day) = d.meaning,
                       month != nil, day != nil {
                        return TimexMatch(first: start, last: d.last, meaning: .weekHolding(d.meaning), type: .date)
                    }
                    return TimexMatch(first: start, last: i, meaning: .sameUnit(unit), type: .date)
                case .quarter where word(i + 1) == "a" && word(i + 2) == "year" && ["ago", "earlier"].contains(word(i + 3) ?? ""):
                    // "the quarter a year ago": one expression, the quarter in view a year before
                    return TimexMatch(first: start, last: i + 3, meaning: .quarter(0, year: .anaphoric(-1), half: false), type: .date)
                case .quarter, .year, .month, .week:
                    return TimexMatch(first: start, last: i, meaning: .sameUnit(unit), type: .date)
                case .day:
                    if determinerWord == "that" { return TimexMatch(first: start, last: i, meaning: .anaphoric(.day, 0, sign: 1), type: .date) }
                case .weekend:
                    return TimexMatch(first: start, last: i, meaning: .weekend(shift: nil), type: .date)
                default: break
                }
            }
        }
        // "the comparable year-ago quarter": the adjective opens the same expression
        if determiner, w == "same" || w == "corresponding" || w == "comparable", word(j) == "year", hyphenGlued(j + 1),
           var m = relativeExpression(at: j, determiner: false, determinerWord: "") {
            m.first = start
            return m
        }
        if determiner, w == "same" || w == "that" || w == "corresponding" || w == "comparable", word(j) == "period" {
            // "the same period a year ago", "the corresponding period last year": one expression,
            // the reported quarter a year before
            if word(j + 1) == "a", word(j + 2) == "year", ["ago", "earlier"].contains(word(j + 3) ?? "") {
                return TimexMatch(first: start, last: j + 3, meaning: .quarter(0, year: .anaphoric(-1), half: false), type: .date)
            }
            if word(j + 1) == "last", word(j + 2) == "year" {
                return TimexMatch(first: start, last: j + 2, meaning: .quarter(0, year: .relative(-1), half: false), type: .date)
            }
            // alone, "the corresponding period" may be any stretch (a month, a season): untagged
            if w == "corresponding" || w == "comparable" { return nil }
            return TimexMatch(first: start, last: j, meaning: .sameUnit(.quarter), type: .date)
        }
        // "the first nine months", "the first hours": the opening stretch of a period, a length
        if determiner, determinerWord == "the", w == "first" || w == "final" {
            var k = i + 1
            var value: Double?
            if let a = amount(at: k), !a.article { value = a.value; k = a.last + 1 }
            guard let u = word(k), TemporalLexicon.pluralUnits.contains(u), let unit = TemporalLexicon.units[u] else { return nil }
            // "the first two quarters of 1990" is the year's first half, a period, not a length
            if unit == .quarter, word(k + 1) == "of" { return nil }
            return TimexMatch(first: start, last: k, meaning: .duration(unit, value), type: .duration)
        }
        guard let shift = TimexRecognizer.shifters[w] else { return nil }
        if (w == "this" || w == "that") && start == i { return nil }  // only as determiners
        if w == "same" && !determiner { return nil }
        if w == "current" && !determiner && word(i + 1) == nil { return nil }
        if word(j) == "fiscal", let n = word(j + 1), TemporalLexicon.units[n] != nil { j += 1 }
        // weekday: "last Friday", "next Tuesday", "this Thursday"
        if let n = word(j), let d = English.weekdayNumbers[n], tokens[j].capitalized, n.count > 3 {
            guard !determiner || w == "this" || w == "that" || w == "following" || w == "next" || w == "previous" else { return nil }
            if determiner && (w == "following" || w == "next" || w == "previous") {
                return TimexMatch(first: start, last: j, meaning: .weekdayFromLastDay(d, shift: w == "previous" ? -1 : 1), type: .date)
            }
            let s: Int? = w == "this" ? 0 : shift
            if let p = word(j + 1), let code = TemporalLexicon.partsOfDay[p] {
                return TimexMatch(first: start, last: j + 1, meaning: .partOfDay(code, day: .weekday(d, shift: s)), type: .time)
            }
            return TimexMatch(first: start, last: j, meaning: .weekday(d, shift: s), type: .date)
        }
        // month: "last April", "this September"
        if let n = word(j), let m = English.monthNumbers[n], tokens[j].capitalized, !English.monthAbbreviations.contains(n) {
            if determiner && w != "this" { return nil }
            return TimexMatch(first: start, last: j, meaning: .monthOf(m, year: .relative(shift)), type: .date)
        }
        // season: "last fall", "this summer"
        if let n = word(j), let code = TemporalLexicon.seasons[n] {
            if determiner && w != "this" && w != "past" { return nil }
            return TimexMatch(first: start, last: j, meaning: .season(code, year: .relative(w == "past" ? -1 : shift)), type: .date)
        }
        // "this year's third quarter", "last year's quarter", "next year's first half"
        if let n = word(j), n == "year" || n == "year's", !determiner || w == "this" {
            var k = j + 1
            if n == "year", word(k) == "'s" { k += 1 }
            if n == "year's" || k > j + 1 {
                if let q = quarterPhrase(at: k, year: .relative(shift)) { return TimexMatch(first: start, last: q.last, meaning: q.meaning, type: .date) }
                if let u = word(k), u == "quarter" || u == "period" {
                    return TimexMatch(first: start, last: k, meaning: .quarter(0, year: .relative(shift), half: false), type: .date)
                }
            }
        }
        // night and parts of the day: "last night", "this morning"
        if let n = word(j), let code = TemporalLexicon.partsOfDay[n], n != "overnight", !determiner || w == "this" || w == "that" {
            if w == "last" && n == "night" { return TimexMatch(first: start, last: j, meaning: .partOfDay("NI", day: .dayOffset(-1)), type: .time) }
            if w == "this" { return TimexMatch(first: start, last: j, meaning: .partOfDay(code, day: .dayOffset(0)), type: .time) }
            if w == "that" { return TimexMatch(first: start, last: j, meaning: .partOfDay(code, day: .anaphoric(.day, 0, sign: 1)), type: .time) }
            if determiner && (w == "next" || w == "following") {
                return TimexMatch(first: start, last: j, meaning: .anaphoric(.day, 1, sign: 1), type: .date)
            }
            return nil
        }
        if determiner, (w == "next" || w == "following"), let n = word(j), let code = TemporalLexicon.partsOfDay[n] {
            _ = code
            return TimexMatch(first: start, last: j, meaning: .anaphoric(.day, 1, sign: 1), type: .date)
        }
        // a counted stretch: "the past two months", "the next couple of weeks", "the first nine months"
        if w != "this" && w != "that" && w != "same" && w != "current", let a = amount(at: j), !a.article {
            var k = a.last + 1
            if hyphen(k) { k += 1 }
            if let u = word(k), let unit = TemporalLexicon.units[u], a.value != nil || TemporalLexicon.pluralUnits.contains(u) {
                return TimexMatch(first: start, last: k, meaning: .duration(unit, a.value), type: .duration)
            }
        }
        // a plural unit: "the coming weeks", "recent years", "the past few months" (few via amount)
        if let u = word(j), TemporalLexicon.pluralUnits.contains(u), let unit = TemporalLexicon.units[u], w != "this" && w != "that" && w != "same" {
            if w == "current" || w == "latest" { return nil }
            if w == "coming" { return TimexMatch(first: start, last: j, meaning: .reference("FUTURE_REF"), type: .date) }
            return TimexMatch(first: start, last: j, meaning: .duration(unit, nil), type: .duration)
        }
        // a single unit: "last week", "next month", "this year", "the past year", "the following day"
        if let u = word(j), let unit = TemporalLexicon.units[u], !TemporalLexicon.pluralUnits.contains(u) {
            if unit.isTimeOfDay && unit != .hour { return nil }
            let ordinalQuarter = unit == .quarter
            if determiner {
                switch w {
                case "next" where unit == .day:
                    return TimexMatch(first: start, last: j, meaning: .anaphoric(unit, 1, sign: 1), type: .date)
                case "previous" where unit == .day || unit == .year || unit == .week || unit == .month:
                    return TimexMatch(first: start, last: j, meaning: .anaphoric(unit, 1, sign: -1), type: .date)
                case "following":
                    return TimexMatch(first: start, last: j, meaning: .anaphoric(unit, 1, sign: 1), type: .date)
                case "same", "that":
                    if unit == .day { return TimexMatch(first: start, last: j, meaning: .anaphoric(.day, 0, sign: 1), type: .date) }
                    return TimexMatch(first: start, last: j, meaning: .sameUnit(unit), type: .date)
                case "this", "current":
                    if unit == .hour { return nil }
                    return TimexMatch(first: start, last: j, meaning: .unitOffset(unit, 0), type: .date)
                case "latest":
                    if ordinalQuarter || u == "period" { return TimexMatch(first: start, last: j, meaning: .unitOffset(.quarter, -1), type: .date) }
                    return TimexMatch(first: start, last: j, meaning: .unitOffset(unit, -1), type: .date)
                default:
                    // "within the next week": a stretch of one unit; "in the past year", "over the
                    // next year": the unit itself, before or after the reference
                    let opening = j > i ? i - 1 : start  // the determiner's position
                    let lead = opening >= 1 ? tokens[opening - 1].lower : ""
                    if ["within", "for", "lasting"].contains(lead) && !(lead == "for" && w != "next" && w != "coming") || unit.isTimeOfDay {
                        return TimexMatch(first: start, last: j, meaning: .duration(unit, 1), type: .duration)
                    }
                    return TimexMatch(first: start, last: j, meaning: .unitOffset(unit, shift), type: .date)
                }
            }
            if unit == .hour || w == "recent" || w == "same" { return nil }
            return TimexMatch(first: start, last: j, meaning: .unitOffset(unit, shift), type: .date)
        }
        if determiner, w == "latest", word(j) == "period" {
            return TimexMatch(first: start, last: j, meaning: .unitOffset(.quarter, -1), type: .date)
        }
        // "the next week to 10 days" is split by the caller; "the past" and "the future" are deictic.
        return nil
    }

    /// Whether "that ended", "which ends" starts at `i`: a fiscal year or quarter given by its end.
    func endsAfterRelative(_ i: Int) -> Bool {
        guard let r = word(i), r == "that" || r == "which", let v = word(i + 1) else { return false }
        return ["ended", "ending", "ends", "end"].contains(v)
    }

    /// "third quarter", "third-quarter", "fiscal first quarter", "first half", "fourth quarter of 1990".
    func quarterPhrase(at i: Int, year: YearSpec) -> TimexMatch? {
        var j = i
        if word(j) == "fiscal" { j += 1; if hyphen(j) { j += 1 } }
        var n: Int?
        if let w = word(j), let o = English.ordinals[w], o >= 1, o <= 4 { n = o }
        else if j < tokens.count, tokens[j].kind == .number, ["st", "nd", "rd", "th"].contains(tokens[j].suffix), let v = tokens[j].int, (1...4).contains(v) { n = v }
        // "the last half of 1989": the second half
        else if word(j) == "last", word(j + 1) == "half", word(j + 2) == "of", yearNumber(j + 3) != nil { n = 2 }
        guard let q = n else { return nil }
        var k = j + 1
        if hyphen(k) || (punct(k, "-") && tokens[k].glued) { k += 1 }
        if word(k) == "fiscal" { k += 1 }
        guard let u = word(k), u == "quarter" || u == "half" || u == "quarters" || u == "period" || u == "quarter's" else { return nil }
        let half = u == "half"
        if half && q > 2 { return nil }
        if u == "quarters" {
            // "fourth quarters": every year's fourth quarter
            return TimexMatch(first: i, last: k, meaning: .set("XXXX-Q\(q)"), type: .set)
        }
        var y = year
        var last = k
        if word(k + 1) == "of" {
            if let yy = yearNumber(k + 2) { y = .explicit(yy); last = k + 2 }
            else if let s = word(k + 2), let shift = TimexRecognizer.shifters[s], word(k + 3) == "year" { y = .relative(shift); last = k + 3 }
        } else if let yy = yearNumber(k + 1) { y = .explicit(yy); last = k + 1 }
        return TimexMatch(first: i, last: last, meaning: .quarter(q, year: y, half: half), type: .date)
    }

    /// Words that are expressions on their own: today, now, recently, the future, every week, daily.
    func deicticWord(at i: Int, determiner: Bool, determinerWord: String) -> TimexMatch? {
        guard let w = word(i) else { return nil }
        switch w {
        case "today", "yesterday", "tomorrow", "tonight":
            if determiner { return nil }
            // "VOA Today" (a programme), "today's world" (the present age), "the people of tomorrow"
            if tokens[i].capitalized, i > 0, tokens[i - 1].kind == .word { return nil }
            // "today's world", "tomorrow's leaders" mean the age; "tomorrow's vote", "today's
            // editions" mean the day
            if w == "today" || w == "tomorrow", word(i + 1) == "'s",
               [word(i + 2), word(i + 3)].contains(where: { $0.map(TemporalLexicon.ageNouns.contains) ?? false }) || word(i + 2) == nil {
                return nil
            }
            if w == "tomorrow", i > 0, tokens[i - 1].lower == "of" { return nil }
            let offset = w == "yesterday" ? -1 : (w == "tomorrow" ? 1 : 0)
            if w == "tonight" { return TimexMatch(first: i, last: i, meaning: .partOfDay("NI", day: .dayOffset(0)), type: .time) }
            if let p = word(i + 1), let code = TemporalLexicon.partsOfDay[p], p != "overnight" {
                return TimexMatch(first: i, last: i + 1, meaning: .partOfDay(code, day: .dayOffset(offset)), type: .time)
            }
            // "today's", "yesterday's" keep their clitic via the caller
            return TimexMatch(first: i, last: i, meaning: .dayOffset(offset), type: .date)
        case "now":
            if determiner { return nil }
            return TimexMatch(first: i, last: i, meaning: .reference("PRESENT_REF"), type: .date)
        case "currently", "nowadays":
            return TimexMatch(first: i, last: i, meaning: .reference("PRESENT_REF"), type: .date)
        case "current":
            // "current" as an adjective of time ("the current account" is rare in news text)
            if word(i + 1) == nil { return nil }
            // "the then current price", "the then-current chairman": current at a past time
            if i > 0, tokens[i - 1].lower == "then" {
                return TimexMatch(first: i - 1, last: i, meaning: .reference("PAST_REF"), type: .date)
            }
            if i > 1, tokens[i - 1].lower == "-", tokens[i - 2].lower == "then" {
                return TimexMatch(first: i - 2, last: i, meaning: .reference("PAST_REF"), type: .date)
            }
            if determiner { return nil }
            return TimexMatch(first: i, last: i, meaning: .reference("PRESENT_REF"), type: .date)
        case "recently":
            if determiner { return nil }
            return TimexMatch(first: i, last: i, meaning: .reference("PAST_REF"), type: .date)
        case "more":
            if word(i + 1) == "recently" { return TimexMatch(first: i, last: i + 1, meaning: .reference("PAST_REF"), type: .date) }
        case "past", "future", "present":
            guard determiner, determinerWord == "the" else { return nil }
            if let n = word(i + 1), TemporalLexicon.units[n] != nil || English.cardinals[n] != nil { return nil }
            if i + 1 < tokens.count, tokens[i + 1].kind == .number { return nil }
            let value = w == "past" ? "PAST_REF" : (w == "future" ? "FUTURE_REF" : "PRESENT_REF")
            return TimexMatch(first: i, last: i, meaning: .reference(value), type: .date)
        case "near", "distant", "immediate":
            if determiner, word(i + 1) == "future" { return TimexMatch(first: i, last: i + 1, meaning: .reference("FUTURE_REF"), type: .date) }
            if determiner, word(i + 1) == "term" || word(i + 1) == "terms", w == "near" || w == "immediate" {
                return TimexMatch(first: i, last: i + 1, meaning: .reference("FUTURE_REF"), type: .date)
            }
            if determiner, w == "distant" || w == "recent", word(i + 1) == "past" { return TimexMatch(first: i, last: i + 1, meaning: .reference("PAST_REF"), type: .date) }
        case "short":
            if determiner, word(i + 1) == "term" { return TimexMatch(first: i, last: i + 1, meaning: .reference("FUTURE_REF"), type: .date) }
        case "a":
            if word(i + 1) == "later", word(i + 2) == "date" { return TimexMatch(first: i, last: i + 2, meaning: .reference("FUTURE_REF"), type: .date) }
        case "full":
            if determinerWord == "the", word(i + 1) == "year" { return TimexMatch(first: i, last: i + 1, meaning: .reportedYear, type: .date) }
        case "days":
            if determinerWord == "these" { return TimexMatch(first: i, last: i, meaning: .reference("PRESENT_REF"), type: .date) }
        case "every", "each":
            if determiner { return nil }
            var j = i + 1
            var n: Double = 1
            if word(j) == "other" { n = 2; j += 1 }
            else if let a = amount(at: j), !a.article, let v = a.value { n = v; j = a.last + 1 }
            if let u = word(j), let unit = TemporalLexicon.units[u] {
                if w == "each", word(j + 1) == "of" { return nil }
                return TimexMatch(first: i, last: j, meaning: .set(TimexRecognizer.durationValue(unit, n)), type: .set)
            }
            if let u = word(j), let d = English.weekdayNumbers[u], tokens[j].capitalized {
                return TimexMatch(first: i, last: j, meaning: .set("XXXX-WXX-\(d)"), type: .set)
            }
            if let u = word(j), let code = TemporalLexicon.partsOfDay[u] {
                return TimexMatch(first: i, last: j, meaning: .set("XXXX-XX-XXT\(code)"), type: .set)
            }
            if let u = word(j), let m = English.monthNumbers[u], tokens[j].capitalized {
                return TimexMatch(first: i, last: j, meaning: .set("XXXX-\(m < 10 ? "0" : "")\(m)"), type: .set)
            }
        case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly":
            if determiner { return nil }
            if w == "annually" || w == "yearly", i > 0, tokens[i - 1].kind != .word || tokens[i - 1].lower.hasSuffix("s") { return nil }
            let value = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                         "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W"][w]!
            return TimexMatch(first: i, last: i, meaning: .set(value), type: .set)
        case "morning", "afternoon", "evening", "night":
            if determiner {
                // "in the morning": the morning of the day in view ("the night" is too often figurative)
                guard determinerWord == "the", w != "night", i >= 2, ["in", "during", "by", "until"].contains(tokens[i - 2].lower) else { return nil }
                return TimexMatch(first: i, last: i, meaning: .partOfDay(TemporalLexicon.partsOfDay[w]!, day: nil), type: .time)
            }
            if let (day, last) = dayAfterClock(i + 1) {
                return TimexMatch(first: i, last: last, meaning: .partOfDay(TemporalLexicon.partsOfDay[w]!, day: day), type: .time)
            }
            if i > 0, tokens[i - 1].lower == "mid" || (tokens[i - 1].lower == "-" && i > 1 && tokens[i - 2].lower == "mid") {
                return TimexMatch(first: i, last: i, meaning: .partOfDay(TemporalLexicon.partsOfDay[w]!, day: nil), type: .time)
            }
        case "overnight":
            if determiner { return nil }
            return TimexMatch(first: i, last: i, meaning: .partOfDay("NI", day: .dayOffset(-1)), type: .time)
        default:
            break
        }
        return nil
    }
}
