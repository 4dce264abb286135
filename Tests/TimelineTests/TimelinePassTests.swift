import BriefingCore
import Foundation
import Testing
@testable import Timeline
import BriefingTestSupport

/// The pass: data contract, events merged across sources, ordering, status, site output.
@Suite struct TimelinePassTests {
    func corpus() -> Corpus {
        Corpus(documents: [
            document("a.txt", "Ministers met in Vienna on Monday to discuss the grain corridor. The two sides last met in 2019. The summit will take place on Friday, officials said.",
                     date: "2025-08-19"),
            document("b.txt", "The grain corridor was discussed by ministers in Vienna on Monday. A follow-up summit is due to take place on Friday.",
                     date: "2025-08-19"),
        ])
    }

    @Test func eventsAreSortedMergedAndSourced() async throws {
        let output = try await TimelinePass().run(PassInput(corpus: corpus()))
        let result = try #require(output.result as? TimelineResult)
        #expect(result.events.map(\.date) == result.events.map(\.date).sorted())
        #expect(result.events.map(\.date) == ["2019", "2025-08-18", "2025-08-22"])
        let monday = try #require(result.events.first { $0.date == "2025-08-18" })
        #expect(Set(monday.sources.map(\.doc)) == ["a.txt", "b.txt"])
        #expect(monday.status == .past)
        let friday = try #require(result.events.first { $0.date == "2025-08-22" })
        #expect(friday.status == .expected)
        #expect(friday.sources.count == 2)
    }

    @Test func sourcesPointAtSentences() async throws {
        let c = corpus()
        let output = try await TimelinePass().run(PassInput(corpus: c))
        let result = try #require(output.result as? TimelineResult)
        for event in result.events {
            for s in event.sources {
                let doc = try #require(c.document(s.doc))
                #expect(doc.sentences.contains { $0.span == Span(s.start, s.end) })
            }
        }
    }

    @Test func weeksSortAsIntervals() {
        #expect(EventBuilder.sortableDate("2025-W33", ResolvedDate.week(year: 2025, week: 33).days) == "2025-08-11/2025-08-17")
        #expect(EventBuilder.sortableDate("2025-08-18", ResolvedDate.day(CalendarDate(year: 2025, month: 8, day: 18)).days) == "2025-08-18")
        #expect(["2025-08-11/2025-08-17", "2025-08-15", "2025-08-18"].sorted() == ["2025-08-11/2025-08-17", "2025-08-15", "2025-08-18"])
    }

    @Test func dataContractFieldNames() async throws {
        let output = try await TimelinePass().run(PassInput(corpus: corpus()))
        let encoder = BriefingJSON.encoder()
        let data = try encoder.encode(try #require(output.result as? TimelineResult))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let timex = try #require((json["timexes"] as? [[String: Any]])?.first)
        for key in ["doc", "start", "end", "text", "type", "value"] { #expect(timex[key] != nil, "timexes lack \(key)") }
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        for key in ["id", "date", "text", "sources", "status"] { #expect(event[key] != nil, "events lack \(key)") }
        let source = try #require((event["sources"] as? [[String: Any]])?.first)
        for key in ["doc", "start", "end"] { #expect(source[key] != nil) }
    }

    @Test func siteOutput() async throws {
        let output = try await TimelinePass().run(PassInput(corpus: corpus()))
        #expect(output.figures.first?.label == "dated events")
        #expect(output.annotations.allSatisfy { $0.kind == "timex" })
        #expect(output.annotations.contains { $0.label.contains("2025-08-18") })
        guard case .timeline(_, let points)? = output.charts["timeline"] else {
            Issue.record("no timeline chart")
            return
        }
        #expect(points.contains { $0.expected })
        #expect(points.contains { !$0.expected })
    }

    @Test func rejectsUnknownOptions() async {
        let input = PassInput(corpus: corpus(), options: PassOptions(pass: "timeline", values: ["colour": .string("red")]))
        await #expect(throws: PassError.self) { try await TimelinePass().run(input) }
    }
}

/// A stretch ahead of the anchor ("within the next two weeks") makes an expected window.
@Suite struct ExpectedWindowTests {
    @Test func nextTwoWeeksIsAWindow() async throws {
        let doc = document("c.txt", "The chancellor said a summit would take place within the next two weeks.", date: "2025-08-19")
        let output = try await TimelinePass().run(PassInput(corpus: Corpus(documents: [doc])))
        let result = try #require(output.result as? TimelineResult)
        let event = try #require(result.events.first)
        #expect(event.date == "2025-08-19/2025-09-02")
        #expect(event.status == .expected)
        #expect(event.value == "P2W")
    }

    @Test func durationsInThePastAreNotWindows() async throws {
        let doc = document("d.txt", "The siege lasted two weeks.", date: "2025-08-19")
        let output = try await TimelinePass().run(PassInput(corpus: Corpus(documents: [doc])))
        let result = try #require(output.result as? TimelineResult)
        #expect(result.events.isEmpty)
    }
}

/// Big corpora: the page and the chart keep the most widely reported events.
@Suite struct SelectionTests {
    @Test func keepsMostReportedInTimeOrder() {
        func event(_ id: String, _ date: String, sources: Int) -> TimelineEvent {
            let s = (0..<sources).map { EventSource(doc: "d\($0)", start: 0, end: 1) }
            return TimelineEvent(id: id, date: date, value: date, label: date, text: id, status: .past, sources: s,
                                 timex: s[0], relative: false)
        }
        let events = [event("e1", "2025-08-01", sources: 1), event("e2", "2025-08-02", sources: 3),
                      event("e3", "2025-08-03", sources: 1), event("e4", "2025-08-04", sources: 2)]
        #expect(TimelinePresentation.selection(events, limit: 2).map(\.id) == ["e2", "e4"])
        #expect(TimelinePresentation.selection(events, limit: 10).count == 4)
    }
}
