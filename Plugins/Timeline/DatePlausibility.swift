import BriefingCore

/// Which calendar values can be the date of something a news story reports.
///
/// A value before the year 1000 ("100,000 years ago" counted back from 2010) is prehistory, not
/// an event date; a value decades after the newest article ("by 2100") is a projection no
/// reader can place on a timeline of the story. Both stay out of the timeline.
enum DatePlausibility {
    /// The first day a news event may fall on: 1 January 1000.
    static let earliestDay = CalendarDate(year: 1000, month: 1, day: 1).dayNumber
    /// How many years after the newest article an expected event may lie.
    static let yearsAhead = 5

    /// Whether `days` starts on or after the year 1000.
    static func isHistorical(_ days: ClosedRange<Int>) -> Bool { days.lowerBound >= earliestDay }

    /// Whether `days` may be an event of a corpus whose newest article is from `latestYear`
    /// (no upper bound without dated articles).
    static func isEventDate(_ days: ClosedRange<Int>, latestYear: Int?) -> Bool {
        guard isHistorical(days) else { return false }
        guard let latestYear else { return true }
        return days.lowerBound < CalendarDate(year: latestYear + yearsAhead + 1, month: 1, day: 1).dayNumber
    }
}
