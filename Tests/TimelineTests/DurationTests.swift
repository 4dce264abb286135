import BriefingCore
import Testing
@testable import Timeline

/// Lengths of time written with digits, words and hyphens.
@Suite struct DurationTests {
    @Test func digitsAndWords() {
        #expect(only("The call lasted 40 minutes.")?.value == "PT40M")
        #expect(only("The siege lasted twenty-four days.")?.value == "P24D")
        #expect(only("He served for three years.")?.value == "P3Y")
        #expect(only("The strike lasted a couple of weeks.")?.value == "P2W")
        #expect(only("Repairs will take several months.")?.value == "PXM")
        #expect(only("The flight took 5 1/2 hours.")?.value == "PT5H30M")
    }

    @Test func hyphenatedAdjectives() {
        let war = only("The three-and-a-half-year war has cost thousands of lives.")
        #expect(war?.value == "P3Y6M")
        #expect(war?.text == "three-and-a-half-year")
        let talk = only("The 40-minute talk was frank.")
        #expect(talk?.value == "PT40M")
        #expect(talk?.text == "40-minute")
        #expect(only("It signed a 10-year lease.")?.value == "P10Y")
    }

    @Test func bareUnitsAreVague() {
        #expect(only("Negotiations have dragged on for years.")?.value == "PXY")
        #expect(only("Only days after the summit, fighting resumed.")?.value == "PXD")
        #expect(single("The feud is part of a decades-long battle over water.") == "decades-long=PXDE")
    }

    @Test func agesAndRatesAreNotDurations() {
        #expect(tag("A 52-year-old engineer earned $100 a day.").isEmpty)
        #expect(tag("The director, 61 years old, resigned.").isEmpty)
    }

    @Test func amountsThenAYearEarlier() {
        let found = tag("Profit rose to $155 million from $99 million a year earlier.", anchor: CalendarDate(year: 1999, month: 10, day: 26))
        #expect(found.map(\.text) == ["a year earlier"])
        #expect(found.first?.value == "1998")
    }

    @Test func fractionsOfThingsAreNotQuarters() {
        #expect(tag("The country imports three-quarters of its food and a quarter of its fuel.").isEmpty)
    }

    @Test func durationValues() {
        #expect(TimexRecognizer.durationValue(.year, 3.5) == "P3Y6M")
        #expect(TimexRecognizer.durationValue(.hour, 1.5) == "PT1H30M")
        #expect(TimexRecognizer.durationValue(.decade, 2) == "P20Y")
        #expect(TimexRecognizer.durationValue(.week, nil) == "PXW")
        #expect(TimexRecognizer.durationValue(.minute, nil) == "PTXM")
    }

    @Test("a fraction is written in the next smaller unit, alone when there is no whole unit", arguments: [
        (TimeUnit.year, 3.5, "P3Y6M"), (.year, 0.25, "P3M"), (.month, 1.5, "P1M15D"), (.month, 0.5, "P15D"),
        (.week, 2.5, "P2W4D"), (.week, 0.5, "P4D"), (.day, 2.5, "P2DT12H"), (.day, 0.5, "PT12H"),
        (.hour, 1.5, "PT1H30M"), (.hour, 0.25, "PT15M"), (.minute, 2.5, "PT2M30S"), (.minute, 0.5, "PT30S"),
        (.second, 1.5, "PT1.5S"), (.decade, 1.5, "P15Y"), (.fortnight, 1.5, "P3W"),
    ])
    func fractionalDurations(_ unit: TimeUnit, _ amount: Double, _ value: String) {
        #expect(TimexRecognizer.durationValue(unit, amount) == value)
    }

    @Test func moreBetweenCountAndUnitKeepsTheCount() {
        #expect(pairs("The boy must stay two more weeks.") == ["two more weeks=P2W"])
        #expect(pairs("The reactor can run for at least 20 additional years.") == ["at least 20 additional years=P20Y"])
    }

    @Test func halfAfterTheUnit() {
        #expect(pairs("The flight lasted an hour and a half.") == ["an hour and a half=PT1H30M"])
        #expect(pairs("He served a year and a half in prison.") == ["a year and a half=P1Y6M"])
    }

    @Test func countedLengthBeforeLaterIsADuration() {
        // TimeML: the length is the expression, "later" a signal outside it
        let found = tag("Three days later, the index had recovered.")
        #expect(found.map(\.text) == ["Three days"])
        #expect(found.first?.value == "P3D")
        #expect(found.first?.type == .duration)
        #expect(pairs("A minute and a half later, a second blast hit.") == ["A minute and a half=PT1M30S"])
    }

    @Test func theFirstMonthsOfAPeriodAreOneLength() {
        #expect(single("In the first nine months, the retailer earned $40 million.") == "the first nine months=P9M")
        #expect(only("In the first nine months, the retailer earned $40 million.")?.type == .duration)
        #expect(only("Several ships were hit in the first hours of the attack.")?.value == "PTXH")
        // a fraction of a year named as quarters is not one of these lengths
        #expect(pairs("Demand will stay weak through the first two quarters of 2026.") == ["2026=2026"])
    }

    @Test func anAdjectiveOfSuccessionKeepsTheCount() {
        #expect(single("Employers have added jobs for 29 straight months.") == "29 straight months=P29M")
        #expect(only("Prices fell for three consecutive weeks.")?.value == "P3W")
        #expect(single("The index lagged for eight trading days.") == "eight trading days=P8D")
    }
}
