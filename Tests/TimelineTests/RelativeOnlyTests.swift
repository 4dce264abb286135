import BriefingCore
import Testing
@testable import Timeline
import BriefingTestSupport

/// No document date and no reference date: values that still order.
@Suite struct RelativeOnlyTests {
    @Test func underspecifiedValuesWithRelativeLabels() {
        let found = tag("The leaders met on Monday and will meet again next week; the deal was agreed yesterday.", anchor: nil)
        #expect(found.map(\.value) == ["XXXX-WXX-1", "XXXX-WXX", "XXXX-XX-XX"])
        #expect(found[0].relativeLabel == "Monday before publication")
        #expect(found[1].relativeLabel == "the week after publication")
        #expect(found[2].relativeLabel == "1 day before publication")
        #expect(found[0].days == nil)
    }

    @Test func relativeOffsetsOrder() {
        let found = tag("It began two weeks ago, paused yesterday and resumes tomorrow.", anchor: nil)
        let offsets = found.compactMap(\.relativeDays)
        #expect(offsets == offsets.sorted())
        #expect(offsets.count == 3)
    }

    @Test func explicitDatesStayAbsolute() {
        #expect(only("The treaty was signed on 18 August 2025.", anchor: nil)?.value == "2025-08-18")
        #expect(only("The treaty was signed in 2019.", anchor: nil)?.value == "2019")
    }

    @Test func passUsesReferenceDateThenRelative() async throws {
        let dated = document("a.txt", "Talks began on Monday in Geneva.", date: nil)
        let reference = try await TimelinePass().run(PassInput(corpus: Corpus(documents: [dated]),
                                                               settings: BuildSettings(referenceDate: tuesday)))
        let withReference = try #require(reference.result as? TimelineResult)
        #expect(withReference.timexes.first?.value == "2025-08-18")
        #expect(withReference.documents.first?.source == .reference)

        let relative = try await TimelinePass().run(PassInput(corpus: Corpus(documents: [dated])))
        let withoutAnchor = try #require(relative.result as? TimelineResult)
        #expect(withoutAnchor.timexes.first?.value == "XXXX-WXX-1")
        #expect(withoutAnchor.timexes.first?.relative == "Monday before publication")
        #expect(withoutAnchor.events.first?.relative == true)
        #expect(withoutAnchor.documents.first?.source == AnchorSource.none)
    }
}
