import BriefingCore
import Testing
@testable import Stories

/// An invented article.
func article(_ id: String, source: String?, date: String?, _ text: String, title: String? = nil) -> Document {
    let body = SourceText(text)
    return Document(id: id, path: id, format: .text, title: title, titleSpan: nil, source: source, url: nil,
                    author: nil, date: date, metadata: [:], text: body, body: Span(0, body.count))
}

/// Two invented events, each told by several outlets in other words, and a stray piece.
let inventedCorpus: [Document] = [
    article("flood-1", source: "Daily Ledger", date: "2031-04-02",
            "Floodwater from the swollen Marrow river broke a levee near Quillton on Tuesday, forcing thousands of residents from their homes. Rescue crews in boats pulled families from rooftops as the river rose."),
    article("flood-2", source: "Evening Courier", date: "2031-04-03",
            "Residents of Quillton returned to flooded streets after the Marrow river levee failed. Rescue crews said the river was still rising and more homes were evacuated overnight."),
    article("flood-3", source: "Daily Ledger", date: "2031-04-05",
            "Engineers began repairing the broken levee on the Marrow river as floodwater receded from Quillton. Residents counted the damage to their homes."),
    article("vote-1", source: "Evening Courier", date: "2031-04-02",
            "The Vessland parliament passed the budget bill by a narrow vote after a night of debate, handing Prime Minister Orla Tenney a victory over the opposition."),
    article("vote-2", source: "Harbour Post", date: "2031-04-03",
            "Prime Minister Orla Tenney celebrated the budget vote in the Vessland parliament, while the opposition promised to fight the bill's tax measures."),
    article("vote-3", source: "Daily Ledger", date: "2031-04-04",
            "Opposition leaders in the Vessland parliament called the budget bill a tax on families, days after Tenney won the vote."),
    article("chess", source: "Harbour Post", date: "2031-04-04",
            "A twelve-year-old chess prodigy won the regional championship with a daring queen sacrifice in the final game."),
]

@Suite struct StoryClustererTests {
    @Test func separatesTwoEventsAndLeavesTheStrayUnassigned() {
        let result = StoriesPass.group(inventedCorpus, options: StoriesPass.Options())
        let groups = Set(result.stories.map { Set($0.documents) })
        #expect(groups == [["flood-1", "flood-2", "flood-3"], ["vote-1", "vote-2", "vote-3"]])
        #expect(result.unassigned == ["chess"])
    }

    @Test func describesEachStory() throws {
        let result = StoriesPass.group(inventedCorpus, options: StoriesPass.Options())
        let flood = try #require(result.stories.first { $0.documents.contains("flood-1") })
        #expect(flood.sourcesCount == 3)
        #expect(flood.outlets == ["Daily Ledger", "Evening Courier"])
        #expect(flood.firstDate == "2031-04-02")
        #expect(flood.lastDate == "2031-04-05")
        #expect(flood.keyTerms.contains("Marrow"))
        #expect(result.stories.map(\.id) == ["story-1", "story-2"])
        #expect(Set(result.stories.map(\.slug)).count == 2)
    }

    @Test func rankingFavoursSpreadAcrossOutlets() {
        // Both stories have three articles; the vote is carried by three outlets, the flood by two.
        let result = StoriesPass.group(inventedCorpus, options: StoriesPass.Options())
        #expect(result.stories.first?.documents.first == "vote-1")
    }

    @Test func disabledTreatsTheCorpusAsOneStory() {
        var options = StoriesPass.Options()
        options.enabled = false
        let result = StoriesPass.group(inventedCorpus, options: options)
        #expect(result.stories.count == 1)
        #expect(result.stories[0].documents.count == inventedCorpus.count)
        #expect(result.unassigned.isEmpty)
    }

    @Test func minimumSizeUnassignsSmallStories() {
        var options = StoriesPass.Options()
        options.minSize = 4
        let result = StoriesPass.group(inventedCorpus, options: options)
        #expect(result.stories.isEmpty)
        #expect(result.unassigned.count == inventedCorpus.count)
    }

    @Test func aQuietStoryIsHarderToJoin() {
        let clusterer = StoryClusterer()
        let v = StoryVector(weighted: [(0, 1), (1, 1)], limit: 10)
        let w = StoryVector(weighted: [(0, 1), (1, 0.8), (2, 0.6)], limit: 10)
        #expect(clusterer.cluster([v, w], days: [0, 1]).count == 1)
        // Half a year later the same words start a new story.
        #expect(clusterer.cluster([v, w], days: [0, 400]).count == 2)
    }

    @Test(arguments: [("0", "a number above 0 and at most 1"), ("1.5", "a number above 0 and at most 1")])
    func rejectsSimilarityOutOfRange(value: String, expected: String) {
        var options = StoriesPass.Options()
        options.similarity = Double(value)!
        #expect { try options.validate() } throws: { ($0 as? InvalidOption)?.expected == expected }
        #expect(throws: Never.self) { try StoriesPass.Options().validate() }
    }

    @Test func slugsAreAsciiAndUnique() {
        var used: Set<String> = []
        #expect(StoryDescriber.slug("Flood: Marrow River's levee breaks!") == "flood-marrow-river-s-levee-breaks")
        #expect(StoryDescriber.uniqueSlug("a", used: &used) == "a")
        #expect(StoryDescriber.uniqueSlug("a", used: &used) == "a-2")
        #expect(StoryDescriber.slug("¿¡") == "story")
    }
}
