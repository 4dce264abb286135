import BriefingCore

/// Named calendar expressions: months, weekdays, seasons, holidays, years and dates in digits.
extension TimexRecognizer {
    /// Time-zone abbreviations that may follow a clock time.
    static let timeZones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt", "local"]

    /// Prepositions and other words after which a bare "May" or "March" is a month.
    static let monthContext: Set<String> = [
        "in", "since", "until", "till", "by", "of", "from", "through", "during", "last", "next", "this", "early", "late",
        "mid", "-", "before", "after", "to", "and", "or", "between", "that", "each", "every",
    ]

    /// Months, weekdays, seasons, holidays, decade words and clock words at `i`.
    func calendarWord(at i: Int, determiner: Bool) -> TimexMatch? {
        guard let w = word(i) else { return nil }
        if let m = English.monthNumbers[w] { return monthExpression(at: i, month: m) }
        if let d = English.weekdayNumbers[w] { return weekdayExpression(at: i, weekday: d) }
        if let d = English.pluralWeekdayNumbers[w], tokens[i].capitalized {
            if let code = pluralPartOfDay(i + 1) {
                return TimexMatch(first: i, last: i + 1, meaning: .set("XXXX-WXX-\(d)T\(code)"), type: .set)
            }
            return TimexMatch(first: i, last: i, meaning: .set("XXXX-WXX-\(d)"), type: .set)
        }
        if let code = TemporalLexicon.seasons[w] {
            if let y = yearNumber(i + 1) {
                return TimexMatch(first: i, last: i + 1, meaning: .season(code, year: .explicit(y)), type: .date)
            }
            if word(i + 1) == "of", let y = yearNumber(i + 2) {
                return TimexMatch(first: i, last: i + 2, meaning: .season(code, year: .explicit(y)), type: .date)
            }
            // broadcast transcripts spell years out: "the winter of nineteen ninety-four"
            if word(i + 1) == "of", let (y, last) = spokenYear(at: i + 2, loose: true) {
                return TimexMatch(first: i, last: last, meaning: .season(code, year: .explicit(y)), type: .date)
            }
            // "fall" and "spring" are verbs and nouns too: only with a determiner.
            if determiner || code == "SU" || code == "WI" || w == "autumn" {
                if word(i + 1) == "of" || (i + 1 < tokens.count && tokens[i + 1].glued && punct(i + 1, "-")) { return nil }
                return TimexMatch(first: i, last: i, meaning: .season(code, year: .infer), type: .date)
            }
            return nil
        }
        if determiner, let d = TemporalLexicon.decadeWords[w] {
            return TimexMatch(first: i, last: i, meaning: .decade(d, century: nil), type: .date)
        }
        if let (month, day) = TemporalLexicon.fixedHolidays[w], tokens[i].capitalized {
            var last = i
            var d = day
            if word(i + 1) == "day" { last = i + 1 }
            if word(i + 1) == "eve" { last = i + 1; d -= 1 }
            if let y = yearNumber(last + 1) { return TimexMatch(first: i, last: last + 1, meaning: .calendar(year: y, month: month, day: d), type: .date) }
            return TimexMatch(first: i, last: last, meaning: .calendar(year: nil, month: month, day: d), type: .date)
        }
        // Easter, Easter Sunday, Easter Monday, Easter week (the week that ends on Easter)
        if w == "easter", tokens[i].capitalized {
            let spec: YearSpec = yearNumber(i + 1).map { .explicit($0) } ?? .infer
            switch word(i + 1) {
            case "sunday": return TimexMatch(first: i, last: i + 1, meaning: .easter(year: spec), type: .date)
            case "monday": return TimexMatch(first: i, last: i + 1, meaning: .dayFrom(.easter(year: spec), 1), type: .date)
            case "week": return TimexMatch(first: i, last: i + 1, meaning: .weekHolding(.easter(year: spec)), type: .date)
            default:
                if case .explicit = spec { return TimexMatch(first: i, last: i + 1, meaning: .easter(year: spec), type: .date) }
                return TimexMatch(first: i, last: i, meaning: .easter(year: spec), type: .date)
            }
        }
        // US Election Day: the Tuesday after the first Monday of November
        if w == "election", word(i + 1) == "day", tokens[i].capitalized, tokens[i + 1].capitalized {
            return TimexMatch(first: i, last: i + 1, meaning: .dayFrom(.nthWeekday(month: 11, weekday: 1, nth: 1, year: .infer), 1), type: .date)
        }
        if w == "thanksgiving", tokens[i].capitalized {
            let last = word(i + 1) == "day" ? i + 1 : i
            return TimexMatch(first: i, last: last, meaning: .nthWeekday(month: 11, weekday: 4, nth: 4, year: .infer), type: .date)
        }
        if w == "new", word(i + 1) == "year's" || (word(i + 1) == "year" && word(i + 2) == "'s"), tokens[i].capitalized {
            let j = word(i + 1) == "year's" ? i + 2 : i + 3
            if word(j) == "day" { return TimexMatch(first: i, last: j, meaning: .calendar(year: nil, month: 1, day: 1), type: .date) }
            if word(j) == "eve" { return TimexMatch(first: i, last: j, meaning: .calendar(year: nil, month: 12, day: 31), type: .date) }
        }
        if let (y, last) = spokenYear(at: i, loose: i > 0 && ["in", "since", "year", "until", "of"].contains(tokens[i - 1].lower)) {
            return TimexMatch(first: i, last: last, meaning: .year(y), type: .date)
        }
        if w == "noon", i > 0, tokens[i - 1].lower == "high" { return nil }
        if w == "noon" || w == "midday" || w == "midnight" {
            let hour = w == "midnight" ? 24 : 12
            if let (day, last) = dayAfterClock(i + 1) {
                return TimexMatch(first: i, last: last, meaning: .clock(hour: hour, minute: 0, day: day), type: .time)
            }
            return TimexMatch(first: i, last: i, meaning: .clock(hour: hour, minute: 0, day: nil), type: .time)
        }
        return nil
    }

    /// A month name with an optional day and year: "Aug. 18", "August 18, 2025", "August 1998", "August".
    private func monthExpression(at i: Int, month: Int) -> TimexMatch? {
        let w = tokens[i].lower
        let abbreviation = English.monthAbbreviations.contains(w)
        var j = i + 1
        var dotted = false
        if abbreviation, punct(j, "."), tokens[j].glued { j += 1; dotted = true }
        if let d = dayNumber(j) {
            var last = j
            if punct(last + 1, ","), let y = yearNumber(last + 2) {
                return TimexMatch(first: i, last: last + 2, meaning: .calendar(year: y, month: month, day: d), type: .date)
            }
            if let y = yearNumber(last + 1) {
                return TimexMatch(first: i, last: last + 1, meaning: .calendar(year: y, month: month, day: d), type: .date)
            }
            if !tokens[i].capitalized { return nil }
            if let s = word(j + 1), let k = ["last": -1, "this": 0, "next": 1][s], word(j + 2) == "year" {
                return TimexMatch(first: i, last: j + 2, meaning: .monthDay(month, d, year: .offset(k)), type: .date)
            }
            // "Aug. 18" followed by a glued "-" range end ("Aug. 18-19"): keep the first day.
            last = j
            return TimexMatch(first: i, last: last, meaning: .calendar(year: nil, month: month, day: d), type: .date)
        }
        if let s = word(j), let k = ["last": -1, "this": 0, "next": 1][s], word(j + 1) == "year", tokens[i].capitalized {
            return TimexMatch(first: i, last: j + 1, meaning: .monthOf(month, year: .offset(k)), type: .date)
        }
        if let y = yearNumber(j) ?? (punct(j, ",") ? yearNumber(j + 1) : nil), tokens[i].capitalized {
            let last = yearNumber(j) != nil ? j : j + 1
            return TimexMatch(first: i, last: last, meaning: .calendar(year: y, month: month, day: nil), type: .date)
        }
        if let (y, last) = spokenYear(at: j, loose: true), tokens[i].capitalized {
            return TimexMatch(first: i, last: last, meaning: .calendar(year: y, month: month, day: nil), type: .date)
        }
        if word(j) == "of", let y = yearNumber(j + 1), tokens[i].capitalized {
            return TimexMatch(first: i, last: j + 1, meaning: .calendar(year: y, month: month, day: nil), type: .date)
        }
        guard tokens[i].capitalized else { return nil }
        if abbreviation && !dotted { return nil }
        let previous = i > 0 ? tokens[i - 1].lower : ""
        if month == 5 || month == 3 || abbreviation {
            // "May" the modal, "March" the verb: only after a preposition or date word.
            guard TimexRecognizer.monthContext.contains(previous) else { return nil }
        }
        let last = dotted ? j - 1 : i
        return TimexMatch(first: i, last: last, meaning: .monthOf(month, year: .infer), type: .date)
    }

    /// A weekday with an optional date or part of the day: "Tuesday", "Tuesday, Aug. 19", "Friday morning".
    private func weekdayExpression(at i: Int, weekday: Int) -> TimexMatch? {
        let w = tokens[i].lower
        guard tokens[i].capitalized else { return nil }
        var j = i + 1
        if w.count <= 4 {
            // abbreviations only when dotted or followed by a date
            if punct(j, "."), tokens[j].glued { j += 1 } else if w.count <= 3 { return nil }
        }
        let afterComma = punct(j, ",") ? j + 1 : j
        if let name = word(afterComma), let month = English.monthNumbers[name], var m = calendarWord(at: afterComma, determiner: false),
           case .calendar(let y, _, let d) = m.meaning, d != nil {
            m.first = i
            m.meaning = .calendar(year: y, month: month, day: d)
            return m
        }
        let last = j - 1
        if let p = word(last + 1), let code = TemporalLexicon.partsOfDay[p], p != "overnight" {
            return TimexMatch(first: i, last: last + 1, meaning: .partOfDay(code, day: .weekday(weekday, shift: nil)), type: .time)
        }
        // "Tuesday nights": every Tuesday night; "Monday and Tuesday nights": both are
        if let code = pluralPartOfDay(last + 1) {
            return TimexMatch(first: i, last: last + 1, meaning: .set("XXXX-WXX-\(weekday)T\(code)"), type: .set)
        }
        if let link = word(last + 1), link == "and" || link == "or", let other = word(last + 2), English.weekdayNumbers[other] != nil,
           tokens[last + 2].capitalized, let code = pluralPartOfDay(last + 3) {
            return TimexMatch(first: i, last: last, meaning: .set("XXXX-WXX-\(weekday)T\(code)"), type: .set)
        }
        return TimexMatch(first: i, last: last, meaning: .weekday(weekday, shift: nil), type: .date)
    }

    /// The part-of-day code of a plural at `i` ("nights" → "NI"), for recurring times.
    private func pluralPartOfDay(_ i: Int) -> String? {
        guard let p = word(i), p.hasSuffix("s"), p != "overnights" else { return nil }
        return TemporalLexicon.partsOfDay[String(p.dropLast())]
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty", and with `loose` (after
    /// "the year" or "in") "two thousand", "two thousand and one".
    func spokenYear(at i: Int, loose: Bool) -> (Int, Int)? {
        guard let w = word(i) else { return nil }
        if let hundreds = English.cardinals[w], (10...19).contains(hundreds) {
            var j = i + 1
            guard let t = word(j), let tens = English.cardinals[t], tens >= 10, tens < 100 || tens == 100 else { return nil }
            if tens == 100 { return loose ? (hundreds * 100, j) : nil }
            var value = tens
            if tens >= 20, tens % 10 == 0 {
                var k = j + 1
                if hyphen(k) { k += 1 }
                if let u = word(k), let units = English.cardinals[u], units < 10, units > 0 { value += units; j = k }
            }
            return (hundreds * 100 + value, j)
        }
        if loose, w == "two", word(i + 1) == "thousand" {
            var j = i + 1
            var k = j + 1
            if word(k) == "and" { k += 1 }
            if let u = word(k), let units = English.cardinals[u], units < 20 { return (2000 + units, k) }
            _ = j; j = i + 1
            return (2000, j)
        }
        return nil
    }

    /// A day of the month at `i`: 1–31, digits, optionally with an ordinal suffix.
    func dayNumber(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, let n = tokens[i].int, (1...31).contains(n) else { return nil }
        let s = tokens[i].suffix
        guard s.isEmpty || s == "st" || s == "nd" || s == "rd" || s == "th" else { return nil }
        if tokens[i].lower.count > 2 { return nil }
        return n
    }

    /// A year at `i`: four digits from 1000 to 2199, or "'98".
    func yearNumber(_ i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number, t.suffix.isEmpty, t.lower.count == 4, let n = t.int, (1000...2199).contains(n) { return n }
        return nil
    }

    /// The day a clock time is on, when it follows: "midnight Friday", "10 a.m. yesterday".
    func dayAfterClock(_ i: Int) -> (TimexMeaning, Int)? {
        guard let w = word(i) else { return nil }
        if let d = English.weekdayNumbers[w], tokens[i].capitalized, w.count > 4 { return (.weekday(d, shift: nil), i) }
        switch w {
        case "today": return (.dayOffset(0), i)
        case "yesterday": return (.dayOffset(-1), i)
        case "tomorrow": return (.dayOffset(1), i)
        default: return nil
        }
    }

    /// Digits: ISO and numeric dates, day-month dates, years, decades, clock times and quantities.
    func numberExpression(at i: Int, determiner: Bool) -> TimexMatch? {
        let t = tokens[i]
        // ISO 8601: 2025-08-19
        if let y = yearNumber(i), hyphenGlued(i + 1), let m = twoDigit(i + 2), hyphenGlued(i + 3), let d = twoDigit(i + 4),
           (1...12).contains(m), (1...31).contains(d) {
            return TimexMatch(first: i, last: i + 4, meaning: .calendar(year: y, month: m, day: d), type: .date)
        }
        // 8/19/2025 (US order)
        if t.lower.contains("/") {
            let parts = t.lower.split(separator: "/").compactMap { Int($0) }
            if parts.count == 3, (1...12).contains(parts[0]), (1...31).contains(parts[1]) {
                let y = parts[2] < 100 ? (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]) : parts[2]
                return TimexMatch(first: i, last: i, meaning: .calendar(year: y, month: parts[0], day: parts[1]), type: .date)
            }
            if parts.count == 2, parts[1] == 2, let m = quantity(at: i) { return m }  // "1/2 hour"
        }
        // clock: "10 a.m.", "10:30 p.m.", "4 in the morning", "10 o'clock"
        if let m = clockTime(at: i) { return m }
        // day month year: "18 August 2025", "the 18th of August"
        if let d = dayNumber(i) {
            var j = i + 1
            if word(j) == "of" { j += 1 }
            if let name = word(j), let month = English.monthNumbers[name], tokens[j].capitalized {
                var last = j
                if English.monthAbbreviations.contains(name), punct(j + 1, "."), tokens[j + 1].glued { last += 1 }
                if let y = yearNumber(last + 1) {
                    return TimexMatch(first: i, last: last + 1, meaning: .calendar(year: y, month: month, day: d), type: .date)
                }
                return TimexMatch(first: i, last: last, meaning: .calendar(year: nil, month: month, day: d), type: .date)
            }
        }
        // centuries: "20th century", "the 21st century"
        if t.kind == .number, let n = t.int, ["st", "nd", "rd", "th"].contains(t.suffix) {
            var j = i + 1
            if hyphenGlued(j) { j += 1 }
            if let u = word(j), u == "century" || u == "centuries" {
                return TimexMatch(first: i, last: j, meaning: .century(n - 1), type: .date)
            }
            if n >= 1, n <= 4, let q = quarterPhrase(at: i, year: .infer) { return q }
        }
        // decades: "1990s", "the 1980s"
        // "1000s of people", "10s of 1000s": counts, not decades
        if t.suffix == "s", t.lower.count == 4, let n = t.int, (1000...2190).contains(n), n % 10 == 0, !isCountOf(i) {
            return TimexMatch(first: i, last: i, meaning: .decade(n / 10, century: n / 100), type: .date)
        }
        if t.suffix == "s", t.lower.count == 2, let n = t.int, n % 10 == 0, determiner {
            return TimexMatch(first: i, last: i, meaning: .decade(n / 10, century: nil), type: .date)
        }
        // quantities: "40 minutes", "two weeks ago"
        if let m = quantity(at: i, determiner: determiner) { return m }
        // years: "2019", "the 1988 third quarter", "the 1988 period"
        if let y = yearNumber(i), plausibleYear(at: i, year: y) {
            if let q = quarterPhrase(at: i + 1, year: .explicit(y)) { var q = q; q.first = i; return q }
            if let u = word(i + 1), u == "period" || u == "quarter", determiner {
                return TimexMatch(first: i, last: i + 1, meaning: .quarter(0, year: .explicit(y), half: false), type: .date)
            }
            return TimexMatch(first: i, last: i, meaning: .year(y), type: .date)
        }
        return nil
    }

    /// A plural number used as a count: "1000s of", or after "10s of".
    func isCountOf(_ i: Int) -> Bool {
        if word(i + 1) == "of" { return true }
        return i >= 2 && word(i - 1) == "of" && tokens[i - 2].kind == .number && tokens[i - 2].suffix == "s"
    }

    /// A glued hyphen at `i`.
    func hyphenGlued(_ i: Int) -> Bool { punct(i, "-") && tokens[i].glued }

    private func twoDigit(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].glued, tokens[i].lower.count == 2 else { return nil }
        return tokens[i].int
    }

    /// Whether a four-digit number is used as a year rather than a count or an amount.
    private func plausibleYear(at i: Int, year: Int) -> Bool {
        if i > 0 {
            let p = tokens[i - 1]
            if p.kind == .punct, ["$", "#", "£", "€", "-", "/", "+"].contains(p.lower), p.end == tokens[i].start,
               !(p.lower == "-" && i >= 2 && tokens[i - 2].lower == "mid") { return false }
            if p.kind == .number { return false }
            if p.kind == .word, p.capitalized, i >= 2, tokens[i - 2].kind == .word, English.monthNumbers[p.lower] == nil,
               !["in", "since", "of", "until", "by", "fiscal", "from"].contains(p.lower) { return false }
            if p.kind == .word, ["no.", "no", "number", "route", "flight", "model", "page", "pages", "rule", "resolution", "about", "nearly",
                                 "over", "some", "approximately", "than", "top", "the", "of"].contains(p.lower) {
                if p.lower == "of" || p.lower == "the" { return year >= 1800 && year <= 2100 }
                return false
            }
        }
        if i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.kind == .word {
                if ["percent", "per", "people", "tons", "feet", "miles", "troops", "times", "votes", "members", "points",
                    "units", "shares", "barrels", "meters", "metres", "kilometers", "dollars", "pounds", "euros", "acres",
                    "cases", "deaths", "jobs", "workers", "employees", "soldiers", "homes", "cars", "students", "people's",
                    "hours", "days", "years", "km", "kg", "mph", "yards", "sq"].contains(n.lower) { return false }
            }
            if n.kind == .punct, n.lower == "%" { return false }
            if n.kind == .punct, n.lower == ":", n.glued { return false }
        }
        return year >= 1800 && year <= 2100 || (i > 0 && ["in", "since", "from", "until", "year", "by"].contains(tokens[i - 1].lower))
    }

    /// "'80s", "'90s".
    func decadeTick(at i: Int) -> TimexMatch? {
        guard i + 1 < tokens.count, tokens[i + 1].glued, tokens[i + 1].kind == .number, tokens[i + 1].suffix == "s",
              tokens[i + 1].lower.count == 2, let n = tokens[i + 1].int, n % 10 == 0 else { return nil }
        return TimexMatch(first: i, last: i + 1, meaning: .decade(n / 10, century: nil), type: .date)
    }

    /// Clock times at `i`.
    private func clockTime(at i: Int) -> TimexMatch? {
        let t = tokens[i]
        var hour: Int
        var minute = 0
        if let n = t.int, t.suffix.isEmpty || t.suffix == "am" || t.suffix == "pm" {
            hour = n
        } else if t.lower.contains(":"), t.suffix.isEmpty || t.suffix == "am" || t.suffix == "pm" {
            let parts = t.lower.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, parts[1] < 60 else { return nil }
            hour = parts[0]
            minute = parts[1]
        } else {
            return nil
        }
        guard hour <= 24 else { return nil }
        var last = i
        var meridiem = t.suffix
        if meridiem.isEmpty, let w = word(i + 1) {
            if w == "a.m." || w == "am" { meridiem = "am"; last = i + 1 }
            else if w == "p.m." || w == "pm" { meridiem = "pm"; last = i + 1 }
            else if w == "o'clock" || (w == "o" && word(i + 2) == "'clock") { last = w == "o" ? i + 2 : i + 1 }
            else if w == "a" || w == "p", punct(i + 2, "."), word(i + 3) == "m" {  // "a. m."
                meridiem = w == "a" ? "am" : "pm"; last = i + 4 < tokens.count && punct(i + 4, ".") ? i + 4 : i + 3
            }
        }
        if meridiem.isEmpty, last == i, hour >= 1, hour <= 12, t.suffix.isEmpty, word(i + 1) == "in", word(i + 2) == "the",
           let p = word(i + 3), p == "morning" || p == "afternoon" || p == "evening" {
            if p != "morning", hour < 12 { hour += 12 }
            last = i + 3
        }
        if meridiem.isEmpty, last == i {
            // "10:30" alone is a clock time; a bare "10" is not.
            guard t.lower.contains(":"), hour < 24 else { return nil }
        }
        guard hour >= 1 || !meridiem.isEmpty || t.lower.contains(":") else { return nil }
        if meridiem == "pm", hour < 12 { hour += 12 }
        if meridiem == "am", hour == 12 { hour = 0 }
        // "5 p.m. EST", "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6"
        var zoneEnd = last
        if let z = word(last + 1), TimexRecognizer.timeZones.contains(z), tokens[last + 1].allCaps || z == "local" {
            zoneEnd = last + 1
            if z == "local", word(last + 2) == "time" { zoneEnd = last + 2 }
        }
        if let (day, end) = dayAfterClock(zoneEnd + 1) {
            return TimexMatch(first: i, last: end, meaning: .clock(hour: hour, minute: minute, day: day), type: .time)
        }
        let dateStart = punct(zoneEnd + 1, ",") && zoneEnd > last ? zoneEnd + 2 : zoneEnd + 1
        if zoneEnd > last || dateStart == last + 1, let name = word(dateStart), English.monthNumbers[name] != nil,
           let m = calendarWord(at: dateStart, determiner: false), case .calendar(_, _, let d) = m.meaning, d != nil {
            return TimexMatch(first: i, last: m.last, meaning: .clock(hour: hour, minute: minute, day: m.meaning), type: .time)
        }
        return TimexMatch(first: i, last: last, meaning: .clock(hour: hour, minute: minute, day: nil), type: .time)
    }
}
