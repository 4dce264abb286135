import BriefingCore
import Testing
@testable import Timeline

/// Periods and days named against other dates in the text: the previous weekday, the quarter a
/// results report is about, compared periods, fiscal years, stretches "in a week's time", nights
/// that recur.
@Suite struct TextAnchoredTests {
    @Test func thePreviousWeekdayCountsFromTheLastDayNamed() {
        // Thursday 7 August: the Friday before it is 1 August, not the one before publication
        let found = pairs("The Senate approved the bill on Aug. 7.\nThe previous Friday, the House had rejected it.")
        #expect(found == ["Aug. 7=2025-08-07", "The previous Friday=2025-08-01"])
        #expect(pairs("The talks broke down on Aug. 7 and resumed the following Monday.") == ["Aug. 7=2025-08-07", "the following Monday=2025-08-11"])
        // with no day named before, the reference date is the day counted from
        #expect(only("The previous Friday, the House had rejected it.")?.value == "2025-08-15")
        #expect(only("The previous Friday, the House had rejected it.", anchor: nil)?.value == "XXXX-WXX-5")
    }

    @Test func theQuarterAndThePeriodAreTheReportsQuarter() {
        // a results report names its own quarter first; a quarter named in passing later does
        // not become "the quarter" or "the year-earlier period"
        let october = CalendarDate(year: 2025, month: 10, day: 30)
        let text = "The brewer earned $5 million in the third quarter.\nAfter a weak second quarter, demand recovered.\n"
            + "In the year-earlier period, the brewer lost $2 million.\nSales in the quarter rose 4%."
        #expect(pairs(text, anchor: october) == [
            "the third quarter=2025-Q3", "second quarter=2025-Q2", "the year-earlier period=2024-Q3", "the quarter=2025-Q3",
        ])
        // a quarter recalled from years before is not the one reported on
        let recalled = "The utility last lost money in the third quarter of 2019.\nIt earned $9 million in the second quarter.\nSales in the quarter rose 4%."
        #expect(pairs(recalled, anchor: october).last == "the quarter=2025-Q2")
        // a quarter named first in passing is not the report's when another is named more
        let passing = "Its debt fell sharply from the second quarter to the year's end.\nIt earned $9 million in the third quarter.\n"
            + "Third-quarter sales rose 4%.\nCosts in the quarter fell."
        #expect(pairs(passing, anchor: october).last == "the quarter=2025-Q3")
    }

    @Test func aComparedPeriodIsOneExpression() {
        let october = CalendarDate(year: 2025, month: 10, day: 30)
        #expect(pairs("Third-quarter sales rose 5% from the same period a year ago.", anchor: october)
            == ["Third-quarter=2025-Q3", "the same period a year ago=2024-Q3"])
        #expect(pairs("Third-quarter profit fell from the corresponding period last year.", anchor: october)
            == ["Third-quarter=2025-Q3", "the corresponding period last year=2024-Q3"])
        #expect(pairs("Third-quarter profit fell from the comparable year-ago quarter.", anchor: october)
            == ["Third-quarter=2025-Q3", "the comparable year-ago quarter=2024-Q3"])
    }

    @Test func aFiscalYearGivenByItsEndIsALength() {
        #expect(single("The deficit reached $1 trillion in the fiscal year that ended, the budget office said.") == "the fiscal year=P1Y")
    }

    @Test func inAWeeksTimeIsAheadWithItsTime() {
        // Tuesday 19 August, ISO week 34
        #expect(single("The results will be published in two weeks' time.") == "two weeks' time=2025-W36")
        #expect(only("The vote will be held in a month's time.")?.value == "2025-09")
    }

    @Test func theYearToAMonthIsAFiscalYear() {
        let year = pairs("The firm posted its first loss in the year to March.")
        #expect(year == ["the year=P1Y", "March=2025-03"])
    }

    @Test func weekdayWithPluralNightsRecurs() {
        #expect(pairs("Two new flights will leave on Monday and Tuesday nights.") == ["Monday=XXXX-WXX-1TNI", "Tuesday nights=XXXX-WXX-2TNI"])
        #expect(only("The show airs Sunday evenings.")?.type == .set)
        #expect(pairs("The flights leave on Monday and Tuesday.") == ["Monday=2025-08-18", "Tuesday=2025-08-19"])
    }

    @Test func theMorningIsOnTheDayTheNarrativeIsAt() {
        // the Thursday before Tuesday 19 August is the 14th
        let found = pairs("Shares slid on Thursday.\nDealers placed heavy buy orders in the morning.")
        #expect(found == ["Thursday=2025-08-14", "the morning=2025-08-14TMO"])
        #expect(single("Dealers placed heavy buy orders in the morning.") == "the morning=2025-08-19TMO")
    }
}
