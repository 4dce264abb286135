import BriefingCore
import Testing
@testable import Timeline

/// Which verb decides the direction of a bare month or day: the tense cues around an expression.
@Suite struct TenseCueTests {
    /// Anchor in late October, so a bare "September" or "December" could go either way.
    let october = CalendarDate(year: 2025, month: 10, day: 30)

    @Test func openingExpressionTakesTheMainVerbEvenWhenItIsOfSaying() {
        #expect(only("In September, the company announced plans to sell its port unit.", anchor: october)?.value == "2025-09")
    }

    @Test func plansAfterAPastVerbIsANoun() {
        #expect(only("The ministry unveiled plans to reopen the crossing in September.", anchor: october)?.value == "2025-09")
        #expect(only("The ministry plans to reopen the crossing in December.", anchor: october)?.value == "2025-12")
    }

    @Test func deadlineIgnoresAPastVerbOfAnotherClause() {
        let march = CalendarDate(year: 2025, month: 3, day: 22)
        #expect(only("The talks, which are supposed to conclude by May, invited the party back.", anchor: march)?.value == "2025-05")
    }

    @Test func presentPassiveIsNoPastCue() {
        let march = CalendarDate(year: 2025, month: 3, day: 29)
        #expect(only("The family may lose custody when the appeal is heard in May.", anchor: march)?.value == "2025-05")
    }

    @Test func setOnWithoutBeIsThePastVerb() {
        let february = CalendarDate(year: 2025, month: 2, day: 6)
        #expect(only("The index closed near its record high set on Aug. 6.", anchor: february)?.value == "2024-08-06")
        #expect(only("NATO leaders meet at a summit set for Washington in April.", anchor: february)?.value == "2025-04")
    }

    @Test func arrangingSomethingPointsAhead() {
        // Tuesday 19 August: "Thursday" is the coming one when it is what was scheduled
        #expect(only("The prosecutor has scheduled a news conference Thursday to announce a development.")?.value == "2025-08-21")
        #expect(only("The prosecutor had planned a news conference Thursday but cancelled it.")?.value == "2025-08-14")
    }

    @Test func pastVerbSomeWordsAwayStillTurnsANearMonthBack() {
        #expect(only("The operator changed from a fiscal year to a calendar year in December.", anchor: october)?.value == "2024-12")
    }

    @Test func anIntentionLooksAhead() {
        #expect(only("The company said it expects to release its results in December.", anchor: october)?.value == "2025-12")
    }

    @Test func distantFutureCueDoesNotPushARecentDayAYearOn() {
        let may = CalendarDate(year: 2025, month: 5, day: 5)
        let text = "But on April 8, investigators, wondering how the gunman could have left the woods without fearing he would be seen, searched the area."
        #expect(only(text, anchor: may)?.value == "2025-04-08")
        #expect(only("The envoy will return on April 8.", anchor: may)?.value == "2026-04-08")
    }

    @Test func openingDeadlineFollowsTheSentencesPastVerb() {
        // Tuesday 19 August
        #expect(only("Until Thursday, they had not called him a suspect.")?.value == "2025-08-14")
        #expect(only("The offer stays open until Thursday.")?.value == "2025-08-21")
    }

    @Test func aVerbAfterAModalIsNoPastCue() {
        // Tuesday 19 August: "cut", "set" and "hit" after "would", "to" or "won't" are base forms
        #expect(only("The central bank said it would cut off emergency loans on Monday.")?.value == "2025-08-25")
        // a date before the verb of saying is placed by that verb, not by the plan it reports
        #expect(only("During his interview Monday, the minister said he would refuse to resign.")?.value == "2025-08-18")
        // results are reported after their quarter: the plan does not move the quarter ahead
        let march = CalendarDate(year: 2025, month: 3, day: 4)
        #expect(only("The shipper said it would take a fourth-quarter charge on the sale.", anchor: march)?.value == "2024-Q4")
        #expect(only("The union said it won't set a strike date before Friday.")?.value == "2025-08-22")
        #expect(only("The storm is expected to hit the coast on Thursday.")?.value == "2025-08-21")
    }

    @Test func splitNegationsKeepTheirTense() {
        #expect(only("The minister didn't attend the summit on Friday.")?.value == "2025-08-15")
        #expect(only("The minister won't attend the summit on Friday.")?.value == "2025-08-22")
    }

    @Test func aPossessiveDateIsNotPlacedByAReportedWould() {
        // "Monday's ruling" names a ruling already made, whatever the plaintiffs would do next
        #expect(only("The plaintiffs said they would look for ways around Monday's ruling.")?.value == "2025-08-18")
    }

    @Test func anOpeningDateTakesTheMainVerbHoweverLongThePhrase() {
        let text = "In January, shortly after the anniversary of the landmark ruling on the dam by the supreme court, a bomb at the site killed a guard."
        #expect(only(text, anchor: october)?.value == "2025-01")
        #expect(only("In January, the council will vote on the dam.", anchor: october)?.value == "2026-01")
    }

    @Test func aPostponementLooksAhead() {
        // Tuesday 19 August
        #expect(only("Officials postponed until Thursday any decision on the permit.")?.value == "2025-08-21")
        #expect(only("The hearing was adjourned to Monday.")?.value == "2025-08-25")
        #expect(only("The hearing was held on Monday.")?.value == "2025-08-18")
    }
}
