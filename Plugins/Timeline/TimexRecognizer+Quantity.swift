import BriefingCore

/// Quantities of time: durations ("40 minutes", "three-and-a-half-year", "several years"),
/// and points reached by counting ("two weeks ago", "a year earlier", "10 days from now").
extension TimexRecognizer {
    /// A parsed amount: its value (nil when vague) and the last token it used.
    struct Amount {
        var value: Double?
        var last: Int
        /// Written with "a"/"an" ("a week"), which may be a SET after a rate ("$5 a day").
        var article: Bool = false
    }

    /// An amount at `i`: digits, number words, fractions, "a couple of", "several".
    func amount(at i: Int) -> Amount? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            guard t.suffix.isEmpty else { return nil }
            var value: Double
            if t.lower.contains("/") {
                let p = t.lower.split(separator: "/").compactMap { Double($0) }
                guard p.count == 2, p[1] != 0, p[0] < p[1] else { return nil }
                value = p[0] / p[1]
            } else if t.lower.contains(":") {
                return nil
            } else {
                guard let v = Double(t.lower.replacingOccurrences(of: ",", with: "")) else { return nil }
                value = v
            }
            var last = i
            // "2 1/2 years"
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].lower.contains("/") {
                let p = tokens[i + 1].lower.split(separator: "/").compactMap { Double($0) }
                if p.count == 2, p[1] != 0, p[0] < p[1] { value += p[0] / p[1]; last = i + 1 }
            }
            if let half = andAHalf(after: last) { value += 0.5; last = half }
            return Amount(value: value, last: last)
        }
        guard let w = word(i) else { return nil }
        switch w {
        case "a", "an":
            if word(i + 1) == "couple", word(i + 2) == "of" { return Amount(value: 2, last: i + 2) }
            if word(i + 1) == "few" { return Amount(value: nil, last: i + 1) }
            if word(i + 1) == "dozen" { return Amount(value: 12, last: i + 1) }
            if word(i + 1) == "half" { return Amount(value: 0.5, last: i + 1) }
            if let c = word(i + 1), c == "hundred" || c == "thousand" {
                return Amount(value: Double(English.cardinals[c]!), last: i + 1)
            }
            return Amount(value: 1, last: i, article: true)
        case "couple":
            if word(i + 1) == "of" { return Amount(value: 2, last: i + 1) }
            return nil
        case "half":
            if let a = word(i + 1), a == "a" || a == "an" { return Amount(value: 0.5, last: i + 1) }
            return nil
        case "dozens", "hundreds", "thousands":
            if word(i + 1) == "of" { return Amount(value: nil, last: i + 1) }
            return nil
        default:
            break
        }
        if TemporalLexicon.vagueQuantities.contains(w) {
            if w == "some" { return nil }
            return Amount(value: nil, last: i)
        }
        guard var value = English.cardinals[w].map(Double.init) else { return nil }
        var last = i
        // "twenty four", "twenty-four", "one hundred", "two thousand"
        while true {
            var j = last + 1
            if hyphen(j) { j += 1 }
            guard let n = word(j), let v = English.cardinals[n] else { break }
            if v == 100 || v == 1000 { value *= Double(v) } else if value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, v < 10 { value += Double(v) } else { break }
            last = j
        }
        if let half = andAHalf(after: last) { value += 0.5; last = half }
        return Amount(value: value, last: last)
    }

    /// "and a half" (spaced or hyphenated) after token `i`: the last token of it.
    private func andAHalf(after i: Int) -> Int? {
        var j = i + 1
        if hyphen(j) { j += 1 }
        guard word(j) == "and" else { return nil }
        j += 1
        if hyphen(j) { j += 1 }
        guard word(j) == "a" else { return nil }
        j += 1
        if hyphen(j) { j += 1 }
        guard word(j) == "half" else { return nil }
        return j
    }

    /// A quantity of time at `i`, with what follows it ("ago", "earlier", "-old").
    func quantity(at i: Int, determiner: Bool = false) -> TimexMatch? {
        guard var m = countedQuantity(at: i, determiner: determiner) else { return nil }
        if m.mod == nil, m.last >= 2, word(m.last) == "so" || word(m.last - 1) == "so" && word(m.last - 2) == "or" {
            m.mod = "APPROX"
        }
        return m
    }

    /// Words between a count and its unit that leave the count the length: "two more weeks",
    /// "29 straight months", "eight trading days".
    static let countedUnitAdjectives: Set<String> = [
        "more", "additional", "extra", "further", "straight", "consecutive", "successive", "trading", "business", "working",
    ]

    /// The index of "so" when "or so" follows token `i` ("a week or so"), else nil.
    func orSo(after i: Int) -> Int? {
        word(i + 1) == "or" && word(i + 2) == "so" ? i + 2 : nil
    }

    /// `quantity(at:determiner:)` before its approximate "or so" gets its `mod`.
    private func countedQuantity(at i: Int, determiner: Bool) -> TimexMatch? {
        // bare plural units: "years", "days"
        if let w = word(i), TemporalLexicon.pluralUnits.contains(w), let unit = TemporalLexicon.units[w] {
            if determiner { return nil }
            // "52 years old", "three-quarters", "living quarters", "just minutes apart", "60 Minutes"
            if unit == .quarter || unit.isTimeOfDay || tokens[i].capitalized && i > 0 && tokens[i - 1].kind == .word { return nil }
            if i > 0, tokens[i - 1].kind == .number || (tokens[i - 1].lower == "-" && tokens[i].glued) { return nil }
            if word(i + 1) == "old" { return nil }
            if word(i + 1) == "ago" {
                return TimexMatch(first: i, last: i + 1, meaning: .reference("PAST_REF"), type: .date)
            }
            // "a decades-long battle", "a years-old slump": the compound adjective is the length
            if hyphenGlued(i + 1), let x = word(i + 2), x == "long" || x == "old" {
                return TimexMatch(first: i, last: i + 2, meaning: .duration(unit, nil), type: .duration, adjectival: true)
            }
            return TimexMatch(first: i, last: i, meaning: .duration(unit, nil), type: .duration)
        }
        guard var a = amount(at: i) else { return nil }
        var j = a.last + 1
        var adjectival = false
        if hyphen(j) { j += 1; adjectival = true }
        // "two more weeks", "20 additional years", "29 straight months": the count is still the length
        if !adjectival, a.value != nil, !a.article, let x = word(j), TimexRecognizer.countedUnitAdjectives.contains(x),
           let u = word(j + 1), TemporalLexicon.pluralUnits.contains(u) {
            j += 1
        }
        guard let u = word(j), let unit = TemporalLexicon.units[u] else { return nil }
        let plural = TemporalLexicon.pluralUnits.contains(u)
        // "60 Minutes", "24 Hours": a title, not a length
        if tokens[j].capitalized, j > 0, !tokens[i].capitalized || i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].capitalized { return nil }
        // "a second term", "one second": the ordinal, not the unit
        if unit == .second, !plural || a.article { return nil }
        if a.value == nil && !plural && !adjectival { return nil }
        if a.article && plural { return nil }
        // "the 1988 quarter" is a year, not 1988 quarters
        if !plural, let v = a.value, v >= 1000, a.last == i { return nil }
        // fractions of something else: "a quarter of", "three-quarters"
        if unit == .quarter, word(j + 1) == "of" || (adjectival && plural) { return nil }
        // "will one day be": some day in the future
        if u == "day", word(i) == "one", i > 0, ["will", "could", "may", "might", "would", "can"].contains(tokens[i - 1].lower) {
            return TimexMatch(first: i, last: j, meaning: .reference("FUTURE_REF"), type: .date)
        }
        // "a year-earlier loss": the same period a year before
        if unit == .year, a.value == 1, hyphenGlued(j + 1), let x = word(j + 2), x == "earlier" || x == "ago" {
            return TimexMatch(first: i, last: j, meaning: .quarter(0, year: .anaphoric(-1), half: false), type: .date)
        }
        var last = j
        // "a minute and a half", "an hour and a half": the half follows the unit
        if !adjectival, !plural, let v = a.value, word(j + 1) == "and", ["a", "one"].contains(word(j + 2) ?? ""), word(j + 3) == "half" {
            a.value = v + 0.5
            last = j + 3
        }
        // "a week or so ago", "two years or so": the approximation is part of the amount
        if !adjectival, let so = orSo(after: last) { last = so }
        // ages ("50-year-old", "52 years old") are not tagged, as in TimeBank
        if adjectival, hyphen(last + 1), word(last + 2) == "old" { return nil }
        if !adjectival, word(last + 1) == "old" { return nil }
        if adjectival, hyphen(last + 1), word(last + 2) == "long" { last += 2 }
        if a.article, !adjectival {
            // a bare "a week" is a stretch only where a length is expected ("for a week");
            // after a rate ("$5 a day", "twice a week") or a noun it is not tagged
            let previous = i > 0 ? tokens[i - 1] : nil
            let counted = ["ago", "earlier", "later", "from"].contains(word(last + 1) ?? "")
            if let p = previous, !counted {
                if p.kind == .number || p.lower == "%" || ["once", "twice", "thrice", "times", "million", "billion", "thousand", "hundred",
                                                            "percent", "people"].contains(p.lower) { return nil }
                // "four flights a week", "seats a week": a rate after a counted noun
                if p.kind == .word, p.lower.count > 3, p.lower.hasSuffix("s"), !p.lower.hasSuffix("ss"),
                   !["was", "is", "has", "his", "its", "this", "thus", "perhaps", "days", "as"].contains(p.lower) { return nil }
            }
        }
        if !adjectival, let next = word(last + 1) {
            switch next {
            case "ago":
                return TimexMatch(first: i, last: last + 1, meaning: .shifted(unit, a.value, sign: -1), type: .date)
            case "earlier", "before":
                if next == "before", !endOfClause(last + 2) { break }
                return TimexMatch(first: i, last: last + 1, meaning: .anaphoric(unit, a.value, sign: -1), type: .date)
            case "later", "after":
                if next == "after", !endOfClause(last + 2) { break }
                // "three days later": TimeML tags the length and leaves "later" as a signal
                if next == "later" { break }
                return TimexMatch(first: i, last: last + 1, meaning: .anaphoric(unit, a.value, sign: 1), type: .date)
            case "from":
                if word(last + 2) == "now" {
                    return TimexMatch(first: i, last: last + 2, meaning: .shifted(unit, a.value, sign: 1), type: .date)
                }
            default:
                break
            }
        }
        // "in two weeks", "in five years": ahead of the reference when the clause looks forward
        // ("in two weeks' time", "in a year's time" take the "time" in)
        let possessiveTime = (punct(last + 1, "'") || word(last + 1) == "'s") && word(last + 2) == "time"
        if !adjectival, i > 0, tokens[i - 1].lower == "in", let v = a.value, !a.article || unit == .year || unit == .week || unit == .month,
           endOfClause(last + 1) || possessiveTime || word(last + 1) == "time" || TimexRecognizer.notNouns.contains(word(last + 1) ?? "") {
            return TimexMatch(first: i, last: possessiveTime ? last + 2 : last, meaning: .inTime(unit, v), type: .duration)
        }
        let singularAfterMany = !plural && (a.value ?? 1) > 1 && !a.article
        return TimexMatch(first: i, last: last, meaning: .duration(unit, a.value), type: .duration,
                          adjectival: adjectival || singularAfterMany)
    }

    /// Whether token `i` ends a clause (punctuation or the end).
    func endOfClause(_ i: Int) -> Bool {
        i >= tokens.count || (tokens[i].kind == .punct && [".", ",", ";", ":", "!", "?", ")", "\"", "”"].contains(tokens[i].lower))
    }

    /// The TIMEX3 duration value of an amount of a unit: P2W, PT40M, P3Y6M, PXY.
    static func durationValue(_ unit: TimeUnit, _ amount: Double?) -> String {
        var unit = unit
        guard var n = amount else {
            switch unit {
            case .decade: return "PXDE"
            case .century: return "PXCE"
            case .weekend: return "PXWE"
            default:
                let (code, isTime) = unit.durationCode
                return isTime ? "PTX\(code)" : "PX\(code)"
            }
        }
        switch unit {
        case .decade: n *= 10; unit = .year
        case .century: n *= 100; unit = .year
        case .millennium: n *= 1000; unit = .year
        case .fortnight: n *= 2; unit = .week
        case .weekend: return "P\(format(n))WE"
        default: break
        }
        if n != n.rounded() {
            // fractions: 3.5 years → P3Y6M, 1.5 hours → PT1H30M, 2.5 days → P2DT12H
            let whole = Int(n)
            let frac = n - Double(whole)
            if let f = fractionParts[unit] {
                let part = Int((frac * f.parts).rounded())
                return whole > 0 ? "\(f.prefix)\(whole)\(f.code)\(f.joiner)\(part)\(f.partCode)" : "\(f.partPrefix)\(part)\(f.partCode)"
            }
        }
        let (code, isTime) = unit.durationCode
        return isTime ? "PT\(format(n))\(code)" : "P\(format(n))\(code)"
    }

    /// How a fractional amount of a unit is written: the whole units, then the fraction in the
    /// next smaller unit (`parts` of them to one), alone when there is no whole unit.
    private static let fractionParts: [TimeUnit: (parts: Double, prefix: String, code: String, joiner: String,
                                                  partCode: String, partPrefix: String)] = [
        .year: (12, "P", "Y", "", "M", "P"), .month: (30, "P", "M", "", "D", "P"), .week: (7, "P", "W", "", "D", "P"),
        .day: (24, "P", "D", "T", "H", "PT"), .hour: (60, "PT", "H", "", "M", "PT"), .minute: (60, "PT", "M", "", "S", "PT"),
    ]

    private static func format(_ n: Double) -> String {
        n == n.rounded() ? String(Int(n)) : String(n)
    }
}
