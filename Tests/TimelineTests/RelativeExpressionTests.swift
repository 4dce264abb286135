import BriefingCore
import Testing
@testable import Timeline

/// Expressions counted from the anchor or from another date in the text.
@Suite struct RelativeExpressionTests {
    @Test func lastThisNextUnits() {
        #expect(pairs("It was agreed last week, is debated this week and voted next week.") == [
            "last week=2025-W33", "this week=2025-W34", "next week=2025-W35",
        ])
        #expect(only("Inflation eased last month.")?.value == "2025-07")
        #expect(only("The law passed last year.")?.value == "2024")
        #expect(only("Elections are due next year.")?.value == "2026")
        #expect(only("The firm expects a loss this quarter.")?.value == "2025-Q3")
    }

    @Test func agoAndFromNow() {
        #expect(only("The ceasefire collapsed two weeks ago.")?.value == "2025-W32")
        #expect(only("The talks started three days ago.")?.value == "2025-08-16")
        #expect(only("He resigned five years ago.")?.value == "2020")
        #expect(only("The bridge opens two months from now.")?.value == "2025-10")
    }

    @Test func inTwoWeeksLooksAhead() {
        let ahead = only("The envoys will return in two weeks.")
        #expect(ahead?.value == "2025-W36")
        #expect(ahead?.type == .date)
        let length = only("Prices fell 5% in two weeks.")
        #expect(length?.value == "P2W")
        #expect(length?.type == .duration)
    }

    @Test func followingDayAnchorsToThePreviousDate() {
        let found = tag("The envoys arrived on Monday and signed the accord the following day.")
        #expect(found.map(\.value) == ["2025-08-18", "2025-08-19"])
        #expect(found.last?.text == "the following day")
    }

    @Test func yearEarlierFollowsTheQuarterInView() {
        let found = tag("Third-quarter profit rose 8% from a year earlier.")
        #expect(found.map(\.value) == ["2025-Q3", "2024-Q3"])
    }

    @Test func quarterEndedOnADate() {
        let found = tag("For the quarter ended Sept. 30, the bank earned $5 million, up from a year-earlier loss.", anchor: CalendarDate(year: 1999, month: 10, day: 26))
        #expect(found.map(\.value) == ["1999-Q3", "1999-09-30", "1998-Q3"])
        #expect(found.first?.text == "the quarter")
    }

    @Test func countedStretchesAreDurations() {
        let t = only("Walsh said he would know more in the next two weeks.")
        #expect(t?.text == "the next two weeks")
        #expect(t?.type == .duration)
        #expect(t?.value == "P2W")
        #expect(only("Prices doubled over the past 20 years.")?.value == "P20Y")
        #expect(only("Talks could happen within the next couple of weeks.")?.value == "P2W")
        #expect(only("Results will come in the coming weeks.")?.value == "FUTURE_REF")
    }

    @Test func singleUnitStretchOrPeriod() {
        #expect(only("A deal may come within the next week.")?.value == "P1W")
        #expect(only("Hate groups multiplied over the past year.")?.value == "2024")
    }

    @Test func rangeIsTwoExpressions() {
        #expect(pairs("A meeting could come within the next week to 10 days.") == ["the next week=P1W", "10 days=P10D"])
    }

    @Test func referencesToPresentPastFuture() {
        #expect(only("For now, the talks continue.")?.value == "PRESENT_REF")
        #expect(only("He has recently changed his mind.")?.value == "PAST_REF")
        #expect(only("Nobody can predict the future.")?.value == "FUTURE_REF")
        #expect(only("Officials are currently reviewing the plan.")?.value == "PRESENT_REF")
    }

    @Test func recentAsAnAdjectiveIsNotTagged() {
        #expect(tag("In light of recent discussions, the upcoming summit and a future deal look possible.").isEmpty)
    }

    @Test func sets() {
        #expect(only("The committee meets every week.")?.value == "P1W")
        #expect(only("Inspectors visit each month.")?.value == "P1M")
        #expect(only("The ferry sails every Tuesday.")?.value == "XXXX-WXX-2")
        #expect(only("The index is updated daily.")?.value == "P1D")
        #expect(only("The committee meets every week.")?.type == .set)
    }
}

/// "the weekend" is an ISO weekend, the one just past unless the clause looks ahead.
@Suite struct WeekendTests {
    @Test func weekendByTense() {
        #expect(only("Protests spread over the weekend.")?.value == "2025-W33-WE")
        #expect(only("More rallies will be held at the weekend.")?.value == "2025-W34-WE")
        #expect(only("Talks continue this weekend.")?.value == "2025-W34-WE")
    }

    @Test func weekOfADateIsOneExpression() {
        #expect(pairs("Talks are planned for the week of Sept. 8 in Geneva.") == ["the week of Sept. 8=2025-W37"])
        #expect(only("The vote took place the week of Aug. 4.")?.value == "2025-W32")
        #expect(only("The vote took place the week of Aug. 4.", anchor: nil)?.value == "XXXX-WXX")
    }

    @Test func yearAgoPeriodComparesTheReportedQuarterNotAForecast() {
        let october = CalendarDate(year: 2025, month: 10, day: 28)
        let found = pairs("The mill reported a third-quarter loss.\nIt sees weaker demand in the fourth quarter and in the third quarter of 2026.\n"
            + "In the year-ago period, it earned $101 million.", anchor: october)
        #expect(found.last == "the year-ago period=2024-Q3")
    }

    @Test func fullYearIsTheYearReportedOnNotAForecastYear() {
        let october = CalendarDate(year: 2025, month: 10, day: 28)
        let found = pairs("The cereal maker expects the plant to open in 2027.\nIt forecast an earnings increase for the full year.", anchor: october)
        #expect(found == ["2027=2027", "the full year=2025"])
    }

    @Test func thenCurrentIsPast() {
        #expect(pairs("Holders may buy shares at half the then current market price.") == ["then current=PAST_REF"])
        #expect(pairs("The board thanked the then-current chairman.") == ["then-current=PAST_REF"])
    }

    @Test func possessiveTodayIsTheDayUnlessItMeansTheAge() {
        #expect(only("The council holds tomorrow's vote in public.")?.value == "2025-08-20")
        #expect(only("The offer ran in today's editions of the paper.")?.value == "2025-08-19")
        #expect(tag("Today's youth face a harder job market.").isEmpty)
        #expect(tag("It is a lesson for tomorrow's leaders.").isEmpty)
    }

    @Test func theQuarterAYearAgoIsOneExpression() {
        let october = CalendarDate(year: 2025, month: 10, day: 28)
        let found = pairs("The bank posted third-quarter profit of $3 million.\nFor the quarter a year ago, it earned $2 million.", anchor: october)
        #expect(found == ["third-quarter=2025-Q3", "the quarter a year ago=2024-Q3"])
    }
}
