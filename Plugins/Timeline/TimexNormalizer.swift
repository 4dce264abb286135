import BriefingCore

/// Turns what an expression says into a TIMEX3 value, against an anchor date.
///
/// One normaliser reads one document in order: it remembers the last date, quarter and year
/// mentioned so "the following day", "a year earlier" and "the quarter" resolve against the
/// text. Without an anchor (no document date, no reference date) it gives underspecified
/// values and a relative description ("Monday before publication") with an ordering offset.
struct TimexNormalizer {
    /// The document's date or the corpus reference date; nil for relative-only values.
    let anchor: CalendarDate?
    /// The last dated expression (for anaphora).
    private(set) var lastDate: ResolvedDate?
    /// The last quarter mentioned.
    private(set) var lastQuarter: (year: Int, quarter: Int)?
    /// The last explicitly given year.
    private(set) var lastYear: Int?
    /// The last day-precise date in the current sentence (for clock times).
    var sentenceDay: CalendarDate?
    /// Index of the sentence being read; the tagger advances it.
    var sentence = 0
    /// The last quarter mentioned that is not of a later year than the anchor: the one results
    /// are reported for, which "a year earlier" compares with (a forecast quarter is not).
    private var reportedQuarter: (year: Int, quarter: Int)?
    /// The sentence of `reportedQuarter`.
    private var reportedSentence = -10
    /// The last quarter mentioned that had ended by the anchor date (calendar quarters): the
    /// surest reported one, preferred when there is one.
    private var endedQuarter: (year: Int, quarter: Int)?
    /// How often each recent ended quarter (year * 4 + quarter - 1) is named, and the order it
    /// was first named in: a results report names its own quarter most, and first.
    private var endedQuarterMentions: [Int: (count: Int, order: Int)] = [:]

    /// The quarter a results report is about: the recent ended quarter named most, the first
    /// named of those on a tie.
    private var reportQuarter: (year: Int, quarter: Int)? {
        let ranked = endedQuarterMentions.min { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.value.order < b.value.order
        }
        guard let best = ranked else { return nil }
        return (best.key / 4, best.key % 4 + 1)
    }
    /// The sentence of `endedQuarter`.
    private var endedSentence = -10

    /// The last reported quarter, when it was mentioned in this sentence or the three before:
    /// only then does "a year earlier" mean that quarter a year before.
    private var nearbyQuarter: (year: Int, quarter: Int)? {
        if sentence - endedSentence <= 3, let q = endedQuarter { return q }
        return sentence - reportedSentence <= 3 ? reportedQuarter : nil
    }

    /// Creates a normaliser for one document.
    init(anchor: CalendarDate?) { self.anchor = anchor }

    /// The normalised form of an expression.
    struct Result {
        /// TIMEX3 value (nil when it cannot be given).
        var value: String?
        /// The resolved date, for ordering and events.
        var date: ResolvedDate?
        /// For relative-only values: offset from publication in days (approximate) and wording.
        var relativeDays: Double?
        var relativeLabel: String?
        /// A type decided only by the tense ("in two weeks": DATE ahead, or DURATION).
        var type: TimexType?
    }

    /// How close the tense cue is, in tokens (a cue next to the date decides more).
    var cueDistance = Int.max

    /// Normalises a match whose clause has tense `tense`.
    mutating func normalize(_ m: TimexMatch, tense: Tense) -> Result {
        switch m.meaning {
        case .duration(let u, let n): return Result(value: TimexRecognizer.durationValue(u, n))
        case .inTime(let u, let n):
            guard tense == .future, !u.isTimeOfDay else { return Result(value: TimexRecognizer.durationValue(u, n)) }
            guard let a = anchor else {
                return Result(value: Self.underspecified(u), relativeDays: n * Self.unitDays(u),
                              relativeLabel: Self.offsetLabel(n, u), type: .date)
            }
            let date = shift(.day(a), u, n, granularity: u)
            return Result(value: date?.value, date: date, type: .date)
        case .set(let v): return Result(value: v)
        case .reference(let v): return Result(value: v)
        default: break
        }
        guard let a = anchor else { return relative(m.meaning, tense: tense) }
        var result = Result()
        switch m.meaning {
        case .clock(let h, let mi, let dayMeaning):
            // a clock time without its day is on the day the narrative is at: the day named in
            // the sentence, else the last day named before it
            let day = dayMeaning.flatMap { resolve($0, a, tense) }.flatMap(dayOf) ?? sentenceDay ?? lastDate.flatMap(dayOf) ?? a
            result.value = "\(day)T\(pad(h, 2)):\(pad(mi, 2))"
            result.date = .day(day)
            return result
        case .partOfDay(let code, let dayMeaning):
            // "in the morning" without its day is, like a clock time, on the day the narrative is at
            let day = dayMeaning.flatMap { resolve($0, a, tense) }.flatMap(dayOf) ?? sentenceDay ?? lastDate.flatMap(dayOf) ?? a
            result.value = "\(day)T\(code)"
            result.date = .day(day)
            remember(.day(day))
            return result
        default:
            break
        }
        if case .shifted(_, nil, let sign) = m.meaning { return Result(value: sign < 0 ? "PAST_REF" : "FUTURE_REF") }
        if case .anaphoric(_, nil, let sign) = m.meaning { return Result(value: sign < 0 ? "PAST_REF" : "FUTURE_REF") }
        guard let date = resolve(m.meaning, a, tense) else { return result }
        result.value = date.value
        result.date = date
        switch m.meaning {
        case .anaphoric(.day, _, _), .anaphoric(.hour, _, _): lastDate = date
        case .anaphoric, .shifted, .quarter(_, .anaphoric, _), .quarter(0, _, _): break
        case .unitOffset(.year, let k) where k != 0: break
        default: remember(date)
        }
        if case .day(let d) = date { sentenceDay = d }
        return result
    }

    private mutating func remember(_ date: ResolvedDate) {
        lastDate = date
        switch date {
        case .quarter(let y, let q):
            lastQuarter = (y, q); lastYear = y
            // a quarter of a later year is a forecast (fiscal quarters make the number alone unsafe)
            if let a = anchor, y > a.year { break }
            reportedQuarter = (y, q); reportedSentence = sentence
            if let a = anchor, y * 4 + q >= a.year * 4 + (a.month - 1) / 3 + 1 { break }
            endedQuarter = (y, q); endedSentence = sentence
            // a report is about a recent quarter, not one recalled from years before
            if let a = anchor, y >= a.year - 1 {
                let key = y * 4 + q - 1
                let seen = endedQuarterMentions[key]
                endedQuarterMentions[key] = ((seen?.count ?? 0) + 1, seen?.order ?? endedQuarterMentions.count)
            }
        case .year(let y): lastYear = y
        case .month(let y, _), .half(let y, _), .season(let y, _): lastYear = y
        case .day(let d): lastYear = d.year
        default: break
        }
    }

    private func dayOf(_ d: ResolvedDate) -> CalendarDate? {
        if case .day(let c) = d { return c }
        return nil
    }

    /// Resolves a meaning to a date, or nil when it does not name one.
    func resolve(_ meaning: TimexMeaning, _ a: CalendarDate, _ tense: Tense) -> ResolvedDate? {
        switch meaning {
        case .calendar(let y, let m, let d):
            if let y, let m, let d {
                let c = CalendarDate(year: y, month: m, day: d)
                return c.isValid ? .day(c) : .month(year: y, month: m)
            }
            if let y, let m { return .month(year: y, month: m) }
            if let m, let d { return .day(dayWithoutYear(month: m, day: d, a, tense)) }
            if let y { return .year(y) }
            return nil
        case .weekday(let d, let shift):
            return .day(weekday(d, shift: shift, a, tense))
        case .weekdayFromLastDay(let d, let shift):
            return .day(weekday(d, shift: shift, lastDate.flatMap(dayOf) ?? a, tense))
        case .quarterHolding(let inner):
            guard let d = resolve(inner, a, tense), case .day(let day) = d else { return nil }
            return ResolvedDate.quarter(of: day)
        case .easter(let spec):
            let y = monthYear(4, spec, a, tense)
            return .day(Self.easterSunday(y))
        case .dayFrom(let inner, let k):
            guard let d = resolve(inner, a, tense), case .day(let day) = d else { return nil }
            return .day(day.adding(days: k))
        case .weekHolding(let inner):
            guard let d = resolve(inner, a, tense), case .day(let day) = d else { return nil }
            return ResolvedDate.week(of: day)
        case .weekend(let shift):
            // the weekend of the reference week when it is the weekend or ahead in the future,
            // else the one just past
            let thisWeek = a.isoWeek
            let previous = a.adding(days: -7).isoWeek
            let next = a.adding(days: 7).isoWeek
            let inWeekend = a.weekday >= 6
            switch shift ?? (tense == .future ? 1 : -1) {
            case 0: return .weekend(year: thisWeek.year, week: thisWeek.week)
            case 1: return inWeekend ? .weekend(year: next.year, week: next.week) : .weekend(year: thisWeek.year, week: thisWeek.week)
            default: return inWeekend ? .weekend(year: thisWeek.year, week: thisWeek.week) : .weekend(year: previous.year, week: previous.week)
            }
        case .dayOffset(let k):
            return .day(a.adding(days: k))
        case .unitOffset(let u, let k):
            return unitContaining(a, u, shift: k)
        case .shifted(let u, let n, let sign):
            guard let n else { return nil }
            if u == .year, n == n.rounded(), let q = nearbyQuarter {
                return .quarter(year: q.year + sign * Int(n), quarter: q.quarter)
            }
            return shift(.day(a), u, n * Double(sign), granularity: u)
        case .anaphoric(let u, let n, let sign):
            guard let n else { return nil }
            var base = lastDate ?? .day(a)
            if u == .day || u == .hour {
                if case .day = base {} else { base = .day(a) }
            }
            if n == 0 { return base }
            // "a year earlier" in a report about a quarter means that quarter a year before
            if u == .year, n == n.rounded(), let q = nearbyQuarter {
                return .quarter(year: q.year + sign * Int(n), quarter: q.quarter)
            }
            if u == .year, case .quarter = base { base = .year(base.year) }
            switch u {
            case .year, .month, .week, .decade, .century:
                if case .day = base { return shift(base, u, n * Double(sign), granularity: u) }
                return shift(base, u, n * Double(sign), granularity: nil)
            default:
                return shift(base, u, n * Double(sign), granularity: nil)
            }
        case .sameUnit(let u):
            switch u {
            case .quarter:
                if let q = reportQuarter ?? lastQuarter { return .quarter(year: q.year, quarter: q.quarter) }
                return unitContaining(a, .quarter, shift: -1)
            case .year:
                return .year(lastYear ?? a.year)
            case .month:
                if let last = lastDate, case .month = last { return last }
                if let last = lastDate, case .day(let d) = last { return .month(year: d.year, month: d.month) }
                return .month(year: a.year, month: a.month)
            case .week:
                if let last = lastDate, case .day(let d) = last { return ResolvedDate.week(of: d) }
                return ResolvedDate.week(of: a)
            default:
                return unitContaining(a, u, shift: 0)
            }
        case .reportedYear:
            return .year((endedQuarter ?? reportedQuarter)?.year ?? a.year)
        case .year(let y):
            return .year(y)
        case .decade(let d, let century):
            if century != nil { return .decade(d) }
            var c = a.year / 100
            if d * 10 > a.year % 100 { c -= 1 }
            return .decade(c * 10 + d)
        case .century(let c):
            return .century(c)
        case .season(let code, let spec):
            return .season(year: seasonYear(code, spec, a, tense), code: code)
        case .quarter(let q, let spec, let half):
            let y = quarterYear(q, half: half, spec, a, tense)
            if q == 0 {
                // "the 1988 period", "the year-earlier period": the quarter the report is about
                if let lq = reportQuarter ?? endedQuarter ?? reportedQuarter ?? lastQuarter { return .quarter(year: y, quarter: lq.quarter) }
                return .year(y)
            }
            return half ? .half(year: y, half: q) : .quarter(year: y, quarter: q)
        case .monthOf(let m, let spec):
            return .month(year: monthYear(m, spec, a, tense), month: m)
        case .monthDay(let m, let d, let spec):
            let y = monthYear(m, spec, a, tense)
            return .day(CalendarDate(year: y, month: m, day: min(d, CalendarDate.daysIn(month: m, year: y))))
        case .nthWeekday(let m, let wd, let nth, let spec):
            let y = monthYear(m, spec, a, tense)
            let first = CalendarDate(year: y, month: m, day: 1)
            let offset = (wd - first.weekday + 7) % 7
            return .day(first.adding(days: offset + (nth - 1) * 7))
        case .clock, .partOfDay, .duration, .set, .reference, .inTime:
            return nil
        }
    }

    private func weekday(_ d: Int, shift: Int?, _ a: CalendarDate, _ tense: Tense) -> CalendarDate {
        let back = (a.weekday - d + 7) % 7
        let forward = (d - a.weekday + 7) % 7
        switch shift {
        case .some(-1): return a.adding(days: back == 0 ? -7 : -back)
        case .some(1): return a.adding(days: forward == 0 ? 7 : forward)
        case .some(0) where tense == .unknown:
            // "this Sunday" with no tense to go by is the coming one: a past one would be
            // "this past Sunday" or come with a past verb
            return a.adding(days: forward)
        default:
            if back == 0 { return a }
            switch tense {
            case .future: return a.adding(days: forward)
            case .past, .unknown: return a.adding(days: -back)
            }
        }
    }

    private func dayWithoutYear(month m: Int, day d: Int, _ a: CalendarDate, _ tense: Tense) -> CalendarDate {
        let candidates = [a.year - 1, a.year, a.year + 1].map { CalendarDate(year: $0, month: m, day: min(d, CalendarDate.daysIn(month: m, year: $0))) }
        // the nearest such day, unless the tense contradicts it clearly
        let nearest = candidates.min { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) } ?? candidates[1]
        switch tense {
        // a future cue far off (another clause's "would") does not push a recent day a year on
        case .future where nearest < a && a.dayNumber - nearest.dayNumber > (cueDistance <= 8 ? 7 : 150):
            return candidates.first { $0 >= a } ?? nearest
        case .past where nearest.dayNumber - a.dayNumber > (cueDistance <= 4 ? 31 : 150):
            return candidates.last { $0 <= a } ?? nearest
        default:
            return nearest
        }
    }

    private func monthYear(_ m: Int, _ spec: YearSpec, _ a: CalendarDate, _ tense: Tense) -> Int {
        switch spec {
        case .explicit(let y): return y
        case .anaphoric(let k): return (lastYear ?? a.year) + k
        case .relative(let k):
            if k < 0 { return m < a.month ? a.year : a.year - 1 }
            if k > 0 { return m > a.month ? a.year : a.year + 1 }
            return a.year
        case .offset(let k): return a.year + k
        case .infer:
            // the nearest such month, unless the tense contradicts it
            let back = (a.month - m + 12) % 12, forward = (m - a.month + 12) % 12
            let nearestYear = forward < back ? (m >= a.month ? a.year : a.year + 1) : (m <= a.month ? a.year : a.year - 1)
            let previous = m <= a.month ? a.year : a.year - 1
            switch tense {
            case .past where forward > 0 && forward < back && (forward > 4 || cueDistance <= 10): return previous
            case .future where back > 0 && back <= forward: return m >= a.month ? a.year : a.year + 1
            case .unknown where forward > 3 && forward < back: return previous
            default: return nearestYear
            }
        }
    }

    private func seasonIndex(_ code: String) -> Int {
        ["WI": 0, "SP": 1, "SU": 2, "FA": 3][code] ?? 0
    }

    private func seasonYear(_ code: String, _ spec: YearSpec, _ a: CalendarDate, _ tense: Tense) -> Int {
        let current = a.month == 12 || a.month <= 2 ? 0 : (a.month <= 5 ? 1 : (a.month <= 8 ? 2 : 3))
        let s = seasonIndex(code)
        switch spec {
        case .explicit(let y): return y
        case .anaphoric(let k): return (lastYear ?? a.year) + k
        case .relative(let k):
            if k < 0 { return s < current ? a.year : a.year - 1 }
            if k > 0 { return s > current ? a.year : a.year + 1 }
            return a.year
        case .offset(let k): return a.year + k
        case .infer:
            switch tense {
            case .past: return s <= current ? a.year : a.year - 1
            case .future: return s >= current ? a.year : a.year + 1
            case .unknown: return a.year
            }
        }
    }

    private func quarterYear(_ q: Int, half: Bool, _ spec: YearSpec, _ a: CalendarDate, _ tense: Tense) -> Int {
        switch spec {
        case .explicit(let y): return y
        case .relative(let k), .offset(let k): return a.year + k
        case .anaphoric(let k): return ((endedQuarter ?? reportedQuarter ?? lastQuarter)?.year ?? a.year) + k
        case .infer:
            let current = half ? (a.month <= 6 ? 1 : 2) : (a.month - 1) / 3 + 1
            if q == 0 { return a.year }
            if tense == .future { return q < current - 1 ? a.year + 1 : a.year }
            return q > current + (half ? 0 : 1) ? a.year - 1 : a.year
        }
    }

    /// The unit that holds `a`, shifted by `k` units.
    private func unitContaining(_ a: CalendarDate, _ u: TimeUnit, shift k: Int) -> ResolvedDate? {
        switch u {
        case .day: return .day(a.adding(days: k))
        case .week, .fortnight: return ResolvedDate.week(of: a.adding(days: 7 * k))
        case .weekend:
            let w = a.adding(days: 7 * k).isoWeek
            return .weekend(year: w.year, week: w.week)
        case .month:
            let total = a.year * 12 + (a.month - 1) + k
            return .month(year: floorDiv(total, 12), month: total - floorDiv(total, 12) * 12 + 1)
        case .quarter:
            let total = a.year * 4 + (a.month - 1) / 3 + k
            return .quarter(year: floorDiv(total, 4), quarter: total - floorDiv(total, 4) * 4 + 1)
        case .year: return .year(a.year + k)
        case .decade: return .decade(a.year / 10 + k)
        case .century: return .century(a.year / 100 + k)
        case .millennium: return .year(a.year + 1000 * k)
        case .hour, .minute, .second: return .day(a)
        }
    }

    /// A date moved by `amount` units; the result keeps the base's granularity when it is
    /// coarser than the unit, or takes the unit's (`granularity`).
    func shift(_ base: ResolvedDate, _ u: TimeUnit, _ amount: Double, granularity: TimeUnit?) -> ResolvedDate? {
        let start = CalendarDate(dayNumber: base.days.lowerBound)
        var moved: CalendarDate
        switch u {
        case .hour, .minute, .second: moved = start
        case .day: moved = start.adding(days: Int(amount.rounded()))
        case .week, .fortnight: moved = start.adding(days: Int((amount * (u == .fortnight ? 14 : 7)).rounded()))
        case .weekend: moved = start.adding(days: Int((amount * 7).rounded()))
        case .month, .quarter:
            let months = Int((amount * (u == .quarter ? 3 : 1)).rounded())
            let total = start.year * 12 + start.month - 1 + months
            let y = floorDiv(total, 12), m = total - floorDiv(total, 12) * 12 + 1
            moved = CalendarDate(year: y, month: m, day: min(start.day, CalendarDate.daysIn(month: m, year: y)))
        case .year, .decade, .century, .millennium:
            let mult = u == .year ? 1.0 : (u == .decade ? 10 : (u == .century ? 100 : 1000))
            let years = Int((amount * mult).rounded())
            let fractionMonths = Int(((amount * mult - Double(Int(amount * mult))) * 12).rounded())
            var y = start.year + years
            var m = start.month + fractionMonths
            if m > 12 { m -= 12; y += 1 }
            if m < 1 { m += 12; y -= 1 }
            moved = CalendarDate(year: y, month: m, day: min(start.day, CalendarDate.daysIn(month: m, year: y)))
        }
        if let g = granularity {
            switch g {
            case .day, .hour, .minute, .second: return .day(moved)
            case .week, .fortnight, .weekend: return ResolvedDate.week(of: moved)
            case .month: return .month(year: moved.year, month: moved.month)
            case .quarter: return ResolvedDate.quarter(of: moved)
            case .year, .decade, .century, .millennium: return .year(moved.year)
            }
        }
        switch base {
        case .day: return .day(moved)
        case .week, .weekend: return ResolvedDate.week(of: moved)
        case .month: return .month(year: moved.year, month: moved.month)
        case .quarter: return ResolvedDate.quarter(of: moved)
        case .half(_, let h): return .half(year: moved.year, half: h)
        case .season(_, let c): return .season(year: moved.year, code: c)
        case .year: return .year(moved.year)
        case .decade: return .decade(moved.year / 10)
        case .century: return .century(moved.year / 100)
        }
    }
}

/// Integer division rounding towards negative infinity.
func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

extension TimexNormalizer {
    /// Easter Sunday of year `y` in the Gregorian calendar (the anonymous Gregorian computus).
    static func easterSunday(_ y: Int) -> CalendarDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: y, month: month, day: day)
    }
}
