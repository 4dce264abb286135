import BriefingCore
import Testing
@testable import Timeline
import BriefingTestSupport

/// Dates a reader can trust: no prehistory or far projections as events, counts that look like
/// decades are counts, and what later articles report as done is past.
@Suite struct PlausibleDateTests {
    @Test(arguments: [
        ("Humans reached the valley 100,000 years ago, the study found.", "PAST_REF"),
        ("The rock formed 2 million years ago.", "PAST_REF"),
    ])
    func prehistoryIsNoDate(_ text: String, _ value: String) throws {
        let t = try #require(tag(text).first { $0.text.contains("years ago") })
        #expect(t.value == value)
        #expect(t.days == nil)
    }

    @Test func recentYearsAgoStayDates() throws {
        let t = try #require(only("The bridge opened 20 years ago."))
        #expect(t.value == "2005")
    }

    @Test(arguments: [
        "10s of 1000s of people marched through the capital.",
        "1000s of workers joined the strike on the docks.",
    ])
    func pluralCountsAreNotDecades(_ text: String) {
        #expect(!tag(text).contains { $0.value?.hasPrefix("100") == true })
    }

    @Test func aDecadeIsStillADecade() {
        #expect(single("The mill closed in the 1990s.") == "the 1990s=199")
    }

    @Test func farProjectionsAndPrehistoryAreNoEvents() async throws {
        let corpus = Corpus(documents: [
            document("a.txt", "The council approved the plan on Monday. Planners said the district would be carbon free by 2090. Settlers arrived in the valley 5,000 years ago.",
                     date: "2025-08-19"),
        ])
        let output = try await TimelinePass().run(PassInput(corpus: corpus))
        let result = try #require(output.result as? TimelineResult)
        #expect(result.events.map(\.date) == ["2025-08-18"])
    }

    @Test func whatLaterArticlesReportAsDoneIsPast() async throws {
        let corpus = Corpus(documents: [
            document("a.txt", "The minister will resign on Friday, aides said, after weeks of protests in the capital.", date: "2025-08-19"),
            document("b.txt", "The minister resigned on Friday after weeks of protests in the capital, aides said.", date: "2025-08-25"),
        ])
        let output = try await TimelinePass().run(PassInput(corpus: corpus))
        let result = try #require(output.result as? TimelineResult)
        let friday = try #require(result.events.first { $0.date == "2025-08-22" })
        #expect(friday.sources.count == 2)
        #expect(friday.status == .past)
    }
}
