import BriefingCore
import Testing
@testable import Timeline

/// Named days, months, years and digits.
@Suite struct CalendarExpressionTests {
    @Test func weekdayNamingTheDocumentDayIsThatDay() {
        #expect(only("The minister spoke on Tuesday.")?.value == "2025-08-19")
        #expect(only("She will speak again on Tuesday.")?.value == "2025-08-19")
    }

    @Test func pastTenseWeekdayIsTheOneBefore() {
        #expect(only("The leaders met on Monday in the capital.")?.value == "2025-08-18")
        #expect(only("Officials said Friday that talks had stalled.")?.value == "2025-08-15")
    }

    @Test func thisWeekdayWithoutATenseIsTheComingOne() {
        // Tuesday 19 August
        #expect(only("Holy Week begins this Sunday.")?.value == "2025-08-24")
        #expect(only("The fair closed this Sunday.")?.value == "2025-08-17")
        #expect(only("This Tuesday the markets are shut.")?.value == "2025-08-19")
    }

    @Test func futureTenseWeekdayIsTheOneAfter() {
        #expect(only("The envoy will travel to the region on Wednesday.")?.value == "2025-08-20")
        #expect(only("The council is due to vote on Friday.")?.value == "2025-08-22")
    }

    @Test func nearestCueDecidesInMixedSentences() {
        #expect(pairs("The spokesman said Tuesday the president will meet the envoy on Friday.") == [
            "Tuesday=2025-08-19", "Friday=2025-08-22",
        ])
    }

    @Test func lastAndNextWeekday() {
        #expect(only("The vote took place last Friday.")?.value == "2025-08-15")
        #expect(only("Talks resume next Monday.")?.value == "2025-08-25")
    }

    @Test func yesterdayTodayTomorrowTonight() {
        #expect(pairs("He left yesterday, returns today and flies out tomorrow.") == [
            "yesterday=2025-08-18", "today=2025-08-19", "tomorrow=2025-08-20",
        ])
        let tonight = only("The results are expected tonight.")
        #expect(tonight?.value == "2025-08-19TNI")
        #expect(tonight?.type == .time)
    }

    @Test func monthsWithAndWithoutDayAndYear() {
        #expect(only("The deal was signed on Aug. 18.")?.value == "2025-08-18")
        #expect(only("It was announced on 18 August 2025 in Geneva.")?.value == "2025-08-18")
        #expect(only("The plant opened on August 18, 2024, after delays.")?.value == "2024-08-18")
        #expect(only("Prices rose in March 2019.")?.value == "2019-03")
        #expect(only("Sales fell sharply in August.")?.value == "2025-08")
    }

    @Test func pastTenseMonthFarAheadIsLastYear() {
        #expect(only("The company was founded in December, he recalled.")?.value == "2024-12")
    }

    @Test func mayTheModalIsNotAMonth() {
        #expect(tag("Officials May decide later, but May they?").isEmpty)
        #expect(only("The law takes effect in May.")?.value == "2026-05" || only("The law takes effect in May.")?.value == "2025-05")
    }

    @Test func isoAndNumericDates() {
        #expect(only("The filing is dated 2025-08-14.")?.value == "2025-08-14")
        #expect(only("The letter was sent on 8/14/2025 by courier.")?.value == "2025-08-14")
    }

    @Test func yearsDecadesCenturies() {
        #expect(only("The two leaders last met in 2019.")?.value == "2019")
        #expect(only("Relations soured in the 1990s.")?.value == "199")
        #expect(only("It was the worst crisis of the 20th century.")?.value == "19")
        #expect(only("The policy dates from the nineties.")?.value == "199")
        #expect(only("It happened in nineteen ninety-six.")?.value == "1996")
    }

    @Test func numbersThatAreNotYears() {
        #expect(tag("The plant employs 2000 people and produced 1500 tons.").isEmpty)
        #expect(tag("The fund paid $2025 per share.").isEmpty)
    }

    @Test func seasonsAndQuarters() {
        #expect(only("Growth slowed last spring.")?.value == "2025-SP")
        #expect(only("Growth slowed last summer.")?.value == "2024-SU")
        #expect(only("The merger closes in the fall of 2026.")?.value == "2026-FA")
        #expect(only("Profit rose in the third quarter.")?.value == "2025-Q3")
        #expect(only("The company reported third-quarter profit of $5 million.")?.value == "2025-Q3")
        #expect(only("Revenue in the first half of 2024 was flat.")?.value == "2024-H1")
    }

    @Test func clockTimes() {
        let t = only("The meeting starts at 10 a.m. in Brussels.")
        #expect(t?.value == "2025-08-19T10:00")
        #expect(t?.type == .time)
        #expect(only("Voting closed at noon.")?.value == "2025-08-19T12:00")
        #expect(only("The session ended at 9:45 p.m. on a sour note.")?.value == "2025-08-19T21:45")
        #expect(only("The offer expires at 5 p.m. EST, Aug. 22.")?.value == "2025-08-22T17:00")
    }

    @Test func partsOfDay() {
        #expect(only("The strike began Friday morning.")?.value == "2025-08-15TMO")
        #expect(only("Protesters gathered last night.")?.value == "2025-08-18TNI")
    }

    @Test func lastHalfOfAYearIsTheSecondHalf() {
        #expect(pairs("Profit rose in the last half of 2024.") == ["the last half of 2024=2024-H2"])
        #expect(pairs("Output fell in the last half of the '80s.").first != "the last half=2025-H2")
    }

    @Test func seasonOfASpokenYear() {
        #expect(pairs("It was the winter of nineteen ninety-four when the plant closed.") == ["the winter of nineteen ninety-four=1994-WI"])
    }

    @Test func electionDayIsTheTuesdayAfterTheFirstMonday() {
        #expect(only("Voters go to the polls on Election Day.")?.value == "2025-11-04")
        // November 2022 starts on a Tuesday: not that one but the next
        #expect(only("Voters go to the polls on Election Day.", anchor: CalendarDate(year: 2022, month: 8, day: 19))?.value == "2022-11-08")
    }

    @Test func easterByTheComputus() {
        #expect(TimexNormalizer.easterSunday(2000) == CalendarDate(year: 2000, month: 4, day: 23))
        #expect(TimexNormalizer.easterSunday(2024) == CalendarDate(year: 2024, month: 3, day: 31))
        #expect(only("Pilgrims gathered as Easter week began.", anchor: CalendarDate(year: 2000, month: 4, day: 20))?.value == "2000-W16")
        #expect(only("The shop reopened on Easter Monday.")?.value == "2025-04-21")
    }

    @Test func aBareSecondDayTakesTheMonthBeforeIt() {
        #expect(pairs("The summit will be held in Washington on Sept. 24 and 25.") == ["Sept. 24=2025-09-24", "25=2025-09-25"])
        #expect(pairs("Voting runs from Oct. 3 to 5, 2026.") == ["Oct. 3=2026-10-03", "5, 2026=2026-10-05"])
        // a count after the day is not a second day
        #expect(pairs("On Sept. 24 and 25 others were hurt.") == ["Sept. 24=2024-09-24"])
    }
}
