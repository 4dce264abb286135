/// Relative-only normalisation: no document date and no reference date.
///
/// Values stay TIMEX3 (underspecified: `XXXX-WXX-1`, `XXXX-08-18`), and each expression gets
/// a wording relative to publication and an approximate offset in days so that events still
/// order correctly among themselves.
extension TimexNormalizer {
    func relative(_ meaning: TimexMeaning, tense: Tense) -> Result {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        switch meaning {
        case .calendar(let y, let m, let d):
            if let y {
                let date = (m != nil && d != nil) ? ResolvedDate.day(.init(year: y, month: m!, day: d!))
                    : (m != nil ? ResolvedDate.month(year: y, month: m!) : ResolvedDate.year(y))
                return Result(value: date.value, date: date)
            }
            let value = "XXXX-\(m.map { pad($0, 2) } ?? "XX")-\(d.map { pad($0, 2) } ?? "XX")"
            return Result(value: value, relativeDays: nil, relativeLabel: nil)
        case .year(let y): return Result(value: pad(y, 4), date: .year(y))
        case .decade(let d, let c):
            if c != nil { return Result(value: pad(d, 3), date: .decade(d)) }
            return Result(value: "XX\(d)")
        case .century(let c): return Result(value: pad(c, 2), date: .century(c))
        case .weekdayFromLastDay(let d, let shift):
            return Result(value: "XXXX-WXX-\(d)", relativeLabel: "the \(shift < 0 ? "previous" : "following") \(weekdays[d - 1])")
        case .weekday(let d, let shift):
            let given = shift ?? 0
            let dir: Int = given == 0 ? (tense == .future ? 1 : -1) : given
            let name = weekdays[d - 1]
            return Result(value: "XXXX-WXX-\(d)", relativeDays: Double(dir) * 3.5,
                          relativeLabel: dir < 0 ? "\(name) before publication" : "\(name) after publication")
        case .quarterHolding: return Result(value: "XXXX-QX")
        case .weekHolding: return Result(value: "XXXX-WXX")
        case .dayFrom: return Result(value: "XXXX-XX-XX")
        case .easter: return Result(value: "XXXX-XX-XX")
        case .inTime(let u, let n): return Result(value: TimexRecognizer.durationValue(u, n))
        case .weekend(let shift):
            let dir = shift ?? (tense == .future ? 1 : -1)
            return Result(value: "XXXX-WXX-WE", relativeDays: Double(dir) * 3.5,
                          relativeLabel: dir < 0 ? "the weekend before publication" : "the weekend after publication")
        case .dayOffset(let k):
            return Result(value: "XXXX-XX-XX", relativeDays: Double(k), relativeLabel: Self.offsetLabel(Double(k), .day))
        case .unitOffset(let u, let k):
            let label: String
            switch k {
            case 0: label = "the \(Self.unitName(u)) of publication"
            case ..<0: label = "the \(Self.unitName(u)) before publication"
            default: label = "the \(Self.unitName(u)) after publication"
            }
            return Result(value: Self.underspecified(u), relativeDays: Double(k) * Self.unitDays(u), relativeLabel: label)
        case .shifted(let u, let n, let sign):
            guard let n else { return Result(value: sign < 0 ? "PAST_REF" : "FUTURE_REF") }
            let days = n * Double(sign) * Self.unitDays(u)
            return Result(value: Self.underspecified(u), relativeDays: days, relativeLabel: Self.offsetLabel(n * Double(sign), u))
        case .anaphoric(let u, let n, let sign):
            guard let n else { return Result(value: sign < 0 ? "PAST_REF" : "FUTURE_REF") }
            return Result(value: Self.underspecified(u), relativeDays: nil,
                          relativeLabel: "\(Self.amountText(n, u)) \(sign < 0 ? "before" : "after") the previous date")
        case .clock(let h, let mi, _):
            return Result(value: "XXXX-XX-XXT\(pad(h, 2)):\(pad(mi, 2))")
        case .partOfDay(let code, let day):
            if case .dayOffset(let k)? = day {
                return Result(value: "XXXX-XX-XXT\(code)", relativeDays: Double(k), relativeLabel: Self.offsetLabel(Double(k), .day))
            }
            return Result(value: "XXXX-XX-XXT\(code)")
        case .season(let code, let spec):
            if case .explicit(let y) = spec { return Result(value: "\(pad(y, 4))-\(code)", date: .season(year: y, code: code)) }
            return Result(value: "XXXX-\(code)")
        case .quarter(let q, let spec, let half):
            if case .explicit(let y) = spec, q > 0 {
                let d: ResolvedDate = half ? .half(year: y, half: q) : .quarter(year: y, quarter: q)
                return Result(value: d.value, date: d)
            }
            return Result(value: q > 0 ? "XXXX-\(half ? "H" : "Q")\(q)" : "XXXX-QX")
        case .monthOf(let m, let spec):
            if case .explicit(let y) = spec { return Result(value: "\(pad(y, 4))-\(pad(m, 2))", date: .month(year: y, month: m)) }
            return Result(value: "XXXX-\(pad(m, 2))")
        case .sameUnit(let u): return Result(value: Self.underspecified(u))
        case .reportedYear: return Result(value: Self.underspecified(.year))
        case .nthWeekday(let m, _, _, _): return Result(value: "XXXX-\(pad(m, 2))-XX")
        case .monthDay(let m, let d, _): return Result(value: "XXXX-\(pad(m, 2))-\(pad(d, 2))")
        case .duration(let u, let n): return Result(value: TimexRecognizer.durationValue(u, n))
        case .set(let v), .reference(let v): return Result(value: v)
        }
    }

    static func underspecified(_ u: TimeUnit) -> String {
        switch u {
        case .day, .hour, .minute, .second: return "XXXX-XX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century, .millennium: return "XX"
        }
    }

    static func unitDays(_ u: TimeUnit) -> Double {
        switch u {
        case .second, .minute, .hour: return 0
        case .day: return 1
        case .week, .weekend: return 7
        case .fortnight: return 14
        case .month: return 30.44
        case .quarter: return 91.3
        case .year: return 365.25
        case .decade: return 3652.5
        case .century: return 36525
        case .millennium: return 365250
        }
    }

    static func unitName(_ u: TimeUnit) -> String {
        switch u {
        case .second: return "second"
        case .minute: return "minute"
        case .hour: return "hour"
        case .day: return "day"
        case .week: return "week"
        case .weekend: return "weekend"
        case .fortnight: return "fortnight"
        case .month: return "month"
        case .quarter: return "quarter"
        case .year: return "year"
        case .decade: return "decade"
        case .century: return "century"
        case .millennium: return "millennium"
        }
    }

    static func amountText(_ n: Double, _ u: TimeUnit) -> String {
        let count = n == n.rounded() ? String(Int(abs(n))) : String(abs(n))
        return "\(count) \(unitName(u))\(abs(n) == 1 ? "" : "s")"
    }

    static func offsetLabel(_ n: Double, _ u: TimeUnit) -> String {
        if n == 0 { return "publication day" }
        return "\(amountText(n, u)) \(n < 0 ? "before" : "after") publication"
    }
}
