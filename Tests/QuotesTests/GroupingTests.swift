import BriefingCore
import Testing
@testable import Quotes
import BriefingTestSupport

/// Groups of one utterance, dedup findings and options.
@Suite struct GroupingTests {
    @Test func sameWordsInTwoSourcesFormOneGroup() async throws {
        let a = "Bridge\n\n“We will not reopen a structure we cannot vouch for,” Mayor Elena Brandt said."
        let b = "Bridge shut\n\nBrandt said: “We will not reopen a structure we cannot vouch for.”"
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.groups.count == 1)
        let group = try #require(result.groups.first)
        #expect(group.members.count == 2)
        #expect(group.documents.count == 2)
        #expect(group.speaker == "Elena Brandt")
    }

    @Test func aWordInsideALongerQuoteJoinsIt() async throws {
        let a = "Talks\n\nAnna Keller said the talks were “a tough one” to resolve."
        let b = "Talks hard\n\nAnna Keller admitted the talks were “tough.”"
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.quote("a tough one")?.group != nil)
        #expect(result.quote("a tough one")?.group == result.quote("tough.")?.group)
    }

    @Test func differentSpeakersAreNotGrouped() async throws {
        let a = "Talks\n\nAnna Keller said the talks were “useful.”"
        let b = "Talks\n\nJonas Berg said the talks were “useful.”"
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.groups.isEmpty)
    }

    @Test func boilerplateIsSkippedAndRepeatsAreMarked() async throws {
        let text = "Bridge\n\n“Subscribe for the latest news,” the newsletter says.\n\n“We are ready,” Anna Keller said.\n\n“We are ready,” Anna Keller said."
        let scalars = Array(text.unicodeScalars)
        func span(of needle: String, from: Int) -> Span {
            let n = Array(needle.unicodeScalars)
            for i in from..<(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n { return Span(i, i + n.count) }
            return Span(0, 0)
        }
        let first = span(of: "“Subscribe", from: 0)
        let boilerplate = Span(first.start, first.start + 60)
        let second = span(of: "“We are ready", from: span(of: "“We are ready", from: 0).end)
        let duplicates = StubFindings(boilerplate: ["a.txt": [boilerplate]], repeats: ["a.txt": [Span(second.start, scalars.count)]], match: .containing)
        let result = try await QuotesFixture.result(["a.txt": text], duplicates: duplicates)
        #expect(result.quote("Subscribe") == nil)
        #expect(result.quotes.filter { $0.text.contains("We are ready") }.map(\.repeat) == [false, true])
    }

    @Test func optionsFilterKinds() async throws {
        let text = "Talks\n\nAnna Keller said the talks were “useful.” A so-called “coalition of the willing” met.\n\n“We are ready,” Anna Keller said."
        let result = try await QuotesFixture.result(["a.txt": text], options: ["partials": "false", "terms": "false"])
        #expect(result.quotes.map(\.text) == ["We are ready,"])
    }

    @Test func unknownOptionIsAnError() async throws {
        await #expect(throws: PassError.self) {
            _ = try await QuotesFixture.result(["a.txt": "Talks\n\nNothing."], options: ["speakers": "3"])
        }
    }

    @Test func outputHasFiguresChartAnnotationsAndView() async throws {
        let a = "Bridge\n\n“We will not reopen a structure we cannot vouch for,” Mayor Elena Brandt said."
        let b = "Bridge shut\n\nBrandt said: “We will not reopen a structure we cannot vouch for.”"
        let output = try await QuotesFixture.output(["a.txt": a, "b.txt": b])
        #expect(output.figures.first?.label == "quotes from 1 person")
        #expect(output.figures.first?.value == 2)
        #expect(output.annotations.count == 2)
        #expect(output.annotations.allSatisfy { $0.kind == "quote" && $0.label.hasPrefix("Elena Brandt") })
        guard case .bars(_, let bars)? = output.charts["speakers"] else {
            Issue.record("no speakers chart")
            return
        }
        #expect(bars.first?.value == 2)
        let view = try #require(output.view as? QuotesView)
        #expect(view.keyQuotes.first?.carried == 2)
        #expect(view.keyQuotes.first?.sources.map(\.link).allSatisfy { $0.hasPrefix("sources/") } == true)
    }
}

/// A short fragment never chains two different statements into one group.
@Suite struct FragmentGroupingTests {
    @Test func fragmentJoinsOnlyOneStatement() async throws {
        let a = "Talks\n\nAnna Keller said the plan was “good.”"
        let b = "Talks 2\n\n“It was a good meeting with our partners,” Anna Keller said."
        let c = "Talks 3\n\n“The harvest was good for farmers this year,” Anna Keller said."
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b, "c.txt": c])
        let meeting = try #require(result.quote("good meeting"))
        let harvest = try #require(result.quote("harvest"))
        #expect(meeting.group == nil || meeting.group != harvest.group)
    }
}

/// Grouping a speaker quoted thousands of times walks a bounded number of candidates.
@Suite struct GroupingBoundTests {
    @Test func comparisonsPerQuoteAreBoundedAndIdenticalQuotesStillJoin() {
        let words = ["we", "will", "build", "the", "bridge", "now"]
        var items: [QuoteGrouper.Item] = []
        for k in 0..<60 {
            // All share most words; each has one word of its own, so none is identical.
            items.append(QuoteGrouper.Item(speaker: "Ana Ruiz", words: words.shuffledDeterministically(k) + ["w\(k)"]))
        }
        items.append(QuoteGrouper.Item(speaker: "Ana Ruiz", words: items[0].words))
        var limited = 0
        let groups = QuoteGrouper.groups(items, maxComparisons: 5, limited: &limited)
        #expect(limited > 0)
        #expect(groups.contains { $0.contains(0) && $0.contains(60) })
        var unbounded = 0
        _ = QuoteGrouper.groups(items, maxComparisons: .max, limited: &unbounded)
        #expect(unbounded == 0)
    }
}

private extension Array {
    /// A fixed rotation, so the words differ in order but not by chance.
    func shuffledDeterministically(_ k: Int) -> [Element] {
        guard !isEmpty else { return self }
        let r = k % count
        return Array(self[r...] + self[..<r])
    }
}
