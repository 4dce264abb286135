/// What a temporal expression says, before it is anchored to a date.
///
/// The recogniser produces meanings; the normaliser turns them into TIMEX3 values against the
/// document's date (or the corpus reference date, or nothing). Keeping the two apart lets the
/// same parse give an absolute value in one document and a relative one in another.
indirect enum TimexMeaning: Sendable {
    /// A calendar date with the fields the text gives; a missing year is inferred.
    case calendar(year: Int?, month: Int?, day: Int?)
    /// A weekday; `shift` nil means "decide by tense", -1 last, 0 this (by tense, else the coming one), +1 next.
    case weekday(Int, shift: Int?)
    /// "the previous Friday", "the following Monday": the weekday before (-1) or after (+1) the
    /// last day the text named, else the reference date.
    case weekdayFromLastDay(Int, shift: Int)
    /// "the weekend": the last one, or with future tense the coming one; `shift` as for weekdays.
    case weekend(shift: Int?)
    /// The quarter holding a date ("the quarter ended Sept. 30").
    case quarterHolding(TimexMeaning)
    /// A number of days from a day the meaning names (US Election Day: the day after the
    /// first Monday of November).
    case dayFrom(TimexMeaning, Int)
    /// Easter Sunday (Gregorian computus) of a year given relative to the reference.
    case easter(year: YearSpec)
    /// The week holding a date ("the week of March 6"): TIMEX3 takes the whole phrase as one week.
    case weekHolding(TimexMeaning)
    /// "in two weeks": a point that far ahead when the clause looks forward, else a length.
    case inTime(TimeUnit, Double)
    /// A day counted from the reference date: today 0, yesterday -1, tomorrow +1.
    case dayOffset(Int)
    /// The unit containing the reference date, shifted: "last week" is (.week, -1).
    case unitOffset(TimeUnit, Int)
    /// An amount of time before (negative) or after the reference date: "two weeks ago".
    case shifted(TimeUnit, Double?, sign: Int)
    /// An amount of time before or after the previous date in the text: "a year earlier",
    /// "the following day".
    case anaphoric(TimeUnit, Double?, sign: Int)
    /// The unit named by "the quarter", "that year": the last one mentioned (for a quarter, the
    /// first ended one the document names, the one it reports on), else the current one.
    case sameUnit(TimeUnit)
    /// "the full year": the year of the period being reported on (of the last quarter that had
    /// ended, else the reference year), not the last year named, which is often a forecast.
    case reportedYear
    /// A year.
    case year(Int)
    /// A decade by its first three digits ("199" for the 1990s); nil century means infer.
    case decade(Int, century: Int?)
    /// A century by its TIMEX3 prefix ("19" for the 20th century).
    case century(Int)
    /// A season of a year given by `year`.
    case season(String, year: YearSpec)
    /// A quarter (1–4) or half (with `half` true) of a year.
    case quarter(Int, year: YearSpec, half: Bool)
    /// A month of a year given relative to the reference ("last April", "this September").
    case monthOf(Int, year: YearSpec)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(String)
    /// A length of time; nil amount is vague ("years" → PXY).
    case duration(TimeUnit, Double?)
    /// A recurring time, with its TIMEX3 value already known ("P1W", "XXXX-WXX-2").
    case set(String)
    /// A clock time on a day (nil: the day the sentence is about, else the reference day).
    case clock(hour: Int, minute: Int, day: TimexMeaning?)
    /// A part of a day ("MO", "NI") on a day.
    case partOfDay(String, day: TimexMeaning?)
    /// A day of a month in a year given relative to the reference ("Aug. 7 last year").
    case monthDay(Int, Int, year: YearSpec)
    /// Fourth Thursday of November and other rule-based holidays: month, ISO weekday, nth.
    case nthWeekday(month: Int, weekday: Int, nth: Int, year: YearSpec)
}

/// How the year of a season, quarter or month is given.
enum YearSpec: Sendable {
    /// Written out.
    case explicit(Int)
    /// Relative to the reference year: this 0, last -1, next +1.
    case relative(Int)
    /// Not given: inferred from the reference date and the tense.
    case infer
    /// Relative to the last year mentioned before ("the year-earlier quarter").
    case anaphoric(Int)
    /// The reference year plus an offset, whatever the month ("July last year").
    case offset(Int)
}

/// TIMEX3 types; written as `DATE`, `TIME`, `DURATION`, `SET` in timeline.json.
public enum TimexType: String, Sendable, Codable, Hashable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One recognised expression: token range, meaning, type and modifier.
struct TimexMatch: Sendable {
    /// First token.
    var first: Int
    /// Last token (inclusive).
    var last: Int
    /// What it says.
    var meaning: TimexMeaning
    /// TIMEX3 type.
    var type: TimexType
    /// TIMEX3 mod (APPROX, START, END…), if any.
    var mod: String?
    /// A duration used as an adjective ("the 40-minute talk"): the determiner belongs to the noun.
    var adjectival = false
}
