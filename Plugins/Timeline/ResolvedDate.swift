import BriefingCore

/// A normalised date at the granularity the text gives: a day, a week, a month, a quarter…
///
/// It knows its TIMEX3 value and the days it covers, so events can be ordered and placed on
/// an axis whatever the granularity.
enum ResolvedDate: Sendable, Hashable {
    case day(CalendarDate)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, code: String)
    case year(Int)
    case decade(Int)
    case century(Int)

    /// The TIMEX3 value.
    var value: String {
        switch self {
        case .day(let d): return d.description
        case .week(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))"
        case .weekend(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))-WE"
        case .month(let y, let m): return "\(pad(y, 4))-\(pad(m, 2))"
        case .quarter(let y, let q): return "\(pad(y, 4))-Q\(q)"
        case .half(let y, let h): return "\(pad(y, 4))-H\(h)"
        case .season(let y, let c): return "\(pad(y, 4))-\(c)"
        case .year(let y): return pad(y, 4)
        case .decade(let d): return pad(d, 3)
        case .century(let c): return pad(c, 2)
        }
    }

    /// First and last day covered, as day numbers since 1970-01-01.
    var days: ClosedRange<Int> {
        func range(_ a: CalendarDate, _ b: CalendarDate) -> ClosedRange<Int> { a.dayNumber...b.dayNumber }
        switch self {
        case .day(let d): return d.dayNumber...d.dayNumber
        case .week(let y, let w), .weekend(let y, let w):
            let monday = ResolvedDate.mondayOf(isoYear: y, week: w)
            if case .weekend = self { return (monday.dayNumber + 5)...(monday.dayNumber + 6) }
            return monday.dayNumber...(monday.dayNumber + 6)
        case .month(let y, let m):
            return range(CalendarDate(year: y, month: m, day: 1), CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)))
        case .quarter(let y, let q):
            let m = (q - 1) * 3 + 1
            return range(CalendarDate(year: y, month: m, day: 1), CalendarDate(year: y, month: m + 2, day: CalendarDate.daysIn(month: m + 2, year: y)))
        case .half(let y, let h):
            return h == 1 ? range(CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 6, day: 30))
                : range(CalendarDate(year: y, month: 7, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .season(let y, let c):
            switch c {
            case "SP": return range(CalendarDate(year: y, month: 3, day: 1), CalendarDate(year: y, month: 5, day: 31))
            case "SU": return range(CalendarDate(year: y, month: 6, day: 1), CalendarDate(year: y, month: 8, day: 31))
            case "FA": return range(CalendarDate(year: y, month: 9, day: 1), CalendarDate(year: y, month: 11, day: 30))
            default: return range(CalendarDate(year: y, month: 12, day: 1), CalendarDate(year: y + 1, month: 2, day: 28))
            }
        case .year(let y): return range(CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .decade(let d): return range(CalendarDate(year: d * 10, month: 1, day: 1), CalendarDate(year: d * 10 + 9, month: 12, day: 31))
        case .century(let c): return range(CalendarDate(year: c * 100, month: 1, day: 1), CalendarDate(year: c * 100 + 99, month: 12, day: 31))
        }
    }

    /// The year the date lies in (its start).
    var year: Int { CalendarDate(dayNumber: days.lowerBound).year }

    /// The Monday of an ISO week.
    static func mondayOf(isoYear: Int, week: Int) -> CalendarDate {
        let jan4 = CalendarDate(year: isoYear, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// The ISO week holding a day.
    static func week(of d: CalendarDate) -> ResolvedDate {
        let w = d.isoWeek
        return .week(year: w.year, week: w.week)
    }

    /// The quarter holding a day.
    static func quarter(of d: CalendarDate) -> ResolvedDate { .quarter(year: d.year, quarter: (d.month - 1) / 3 + 1) }
}

/// Zero-padded decimal (negative years are left alone).
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return n < 0 ? s : String(repeating: "0", count: max(0, width - s.count)) + s
}
