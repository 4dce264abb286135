import BriefingCore

/// Reader-facing wording of normalised dates ("Tue 19 Aug 2025", "week 33, 2025").
enum DateLabel {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A label for a TIMEX3 value covering `days`.
    static func label(value: String, days: ClosedRange<Int>) -> String {
        let start = CalendarDate(dayNumber: days.lowerBound)
        if days.count == 1 {
            var s = "\(weekdayNames[start.weekday - 1]) \(start.day) \(monthNames[start.month - 1]) \(start.year)"
            if let t = value.split(separator: "T").dropFirst().first { s += " (\(timeOfDay(String(t))))" }
            return s
        }
        if value.contains("-WE") { return "weekend of \(start.day) \(monthNames[start.month - 1]) \(start.year)" }
        if value.contains("-W") {
            let end = CalendarDate(dayNumber: days.upperBound)
            return "week of \(start.day) \(monthNames[start.month - 1]) – \(end.day) \(monthNames[end.month - 1]) \(end.year)"
        }
        if value.contains("-Q") { return "Q\(value.last.map(String.init) ?? "") \(start.year)" }
        if value.contains("-H") { return "\(value.hasSuffix("1") ? "first" : "second") half of \(start.year)" }
        for (code, name) in [("SP", "spring"), ("SU", "summer"), ("FA", "autumn"), ("WI", "winter")] where value.hasSuffix(code) {
            return "\(name) \(start.year)"
        }
        if value.count == 7 { return "\(monthNames[start.month - 1]) \(start.year)" }
        if value.count == 4 { return value }
        if value.count == 3 { return "the \(value)0s" }
        if value.count == 2 { return "the \(start.year / 100 + 1)th century" }
        return value
    }

    private static func timeOfDay(_ t: String) -> String {
        switch t {
        case "MO": return "morning"
        case "AF": return "afternoon"
        case "EV": return "evening"
        case "NI": return "night"
        case "MI": return "midday"
        default: return t
        }
    }
}
