import Testing
@testable import BriefingCore

/// Titles of untitled, run-together pages: their own headline, never another story's teaser.
@Suite struct HeadlineResolverTests {
    static func page(_ id: String, _ text: String) -> Document {
        let source = SourceText(text)
        return Document(id: id, path: id, format: .jsonl, title: nil, titleSpan: nil, source: nil, url: nil, author: nil,
                        date: nil, metadata: [:], text: source, body: Span(0, source.count))
    }

    static let teaser = "Singer cancels tour dates after injury during rehearsal in the capital."

    @Test func aLeadingTitleCaseHeadlineIsTheTitle() {
        let d = Self.page("a", "Port Workers End Strike After Pay Deal Dock workers returned to work on Friday after a pay deal. The strike had delayed deliveries, and the workers said the deal was fair.")
        let titled = Corpus(documents: [d]).documents[0]
        #expect(titled.derivedTitle == "Port Workers End Strike After Pay Deal")
        #expect(titled.derivedTitleIsHeadline)
        #expect(titled.title == nil)
    }

    @Test func namesOpeningASentenceAreNoHeadline() {
        let d = Self.page("a", "Mayor Elena Brandt said the bridge would reopen in three weeks. Engineers found cracks in two girders.")
        let titled = Corpus(documents: [d]).documents[0]
        #expect(titled.derivedTitleIsHeadline == false)
        #expect(titled.displayTitle == "Mayor Elena Brandt said the bridge would reopen in three weeks.")
    }

    @Test func aTeaserManyPagesOpenWithIsNoTitle() {
        let stories = ["Ferry crews at the harbour voted to accept a new rota.", "The city orchestra announced a winter season.",
                       "Voters in the northern ward chose a new councillor.", "Nurses at the hospital opened a garden for patients.",
                       "Engineers finished relaying the coastal railway track.", "The central library extended its opening hours.",
                       "Stallholders at the market welcomed a cut in rents.", "Supporters raised money to repair the stadium roof.",
                       "The regional airport added three routes for the summer.", "The town museum put old maps on show.",
                       "Pupils at the village school planted an orchard.", "A family bakery celebrated fifty years in business."]
        let pages = stories.enumerated().map { Self.page("p\($0.offset)", "\(Self.teaser) (Update 6:20 a.m.) \($0.element) More follows.") }
        let corpus = Corpus(documents: pages)
        for d in corpus.documents {
            #expect(d.displayTitle == stories[Int(d.id.dropFirst())!])
        }
    }

    @Test(arguments: [
        ("By Jane Fielding, NEWS Dock workers returned to work on Friday after the deal.", "Dock workers returned to work on Friday after the deal."),
        ("LONDON (Wire) - Shares rose on Tuesday as oil prices fell back.", "Shares rose on Tuesday as oil prices fell back."),
    ])
    func bylinesAndDatelinesAreSkipped(_ text: String, _ title: String) {
        let sentences = text.components(separatedBy: "NEWS ")
        let d = Self.page("a", sentences.count > 1 ? "By Jane Fielding, NEWS. " + sentences[1] : text)
        #expect(Corpus(documents: [d]).documents[0].displayTitle == title)
    }

    @Test func aNoticeInCapitalsIsNoHeadline() {
        let d = Self.page("a", "EDITOR'S NOTE PICTURE TAKEN ON GUIDED TOUR Rebels held the town on Monday. The editor said the picture was taken on a guided tour.")
        #expect(Corpus(documents: [d]).documents[0].derivedTitleIsHeadline == false)
    }

    @Test func frontMatterTitlesAreKept() {
        var d = Self.page("a", "Port Workers End Strike After Pay Deal Dock workers returned.")
        d.title = "Given title"
        #expect(Corpus(documents: [d]).documents[0].displayTitle == "Given title")
    }
}
