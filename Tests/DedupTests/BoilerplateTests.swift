import BriefingCore
import Testing
@testable import Dedup
import BriefingTestSupport

/// Cruft around an article: labels, teasers of other stories, prompts and notices.
@Suite struct BoilerplateTests {
    static let scraped = """
    Business
    Port strike ends after pay deal
    [Media not available]
    Dock workers at the southern port returned to work on Friday after unions accepted a pay offer of 6 per cent over two years.
    The week-long strike had left more than 300 containers stranded and delayed deliveries to supermarkets.
    “This is a fair outcome for everyone who works on the quays…” the union’s regional secretary said.
    Follow us on social media for the latest updates
    A teenage swimmer broke the national record in the 200 metres at the championships after a…
    Residents of the hill district say a new road plan would split the village and destroy the…
    Share this article
    """

    @Test func cruftLinesAreFlaggedArticleTextIsNot() async throws {
        let corpus = try loadCorpus(["port.txt": Self.scraped])
        let (result, _) = try await runDedup(corpus)
        let flagged = Set(result.boilerplate.map(\.line))
        #expect(flagged == [1, 3, 7, 8, 9, 10])
        // The title, the body and a quote that ends in an ellipsis stay.
        for line in [2, 4, 5, 6] { #expect(!flagged.contains(line)) }
        let reasons = Dictionary(uniqueKeysWithValues: result.boilerplate.map { ($0.line, $0.reason) })
        #expect(reasons[1] == "section label")
        #expect(reasons[8] == "truncated teaser")
    }

    @Test func cleanArticlesHaveNoBoilerplate() async throws {
        let corpus = try loadCorpus([
            "a.txt": Articles.original, "b.txt": Articles.rewrite, "c.txt": Articles.independent, "d.txt": Articles.unrelated,
        ])
        let (result, _) = try await runDedup(corpus)
        #expect(result.boilerplate.isEmpty)
    }

    @Test func aLineManyDocumentsCarryIsBoilerplateInALargerCorpus() async throws {
        var files: [String: String] = [:]
        let topics = ["harbour", "orchestra", "election", "hospital", "railway", "library", "market", "stadium", "airport",
                      "museum", "school", "bakery"]
        for (i, topic) in topics.enumerated() {
            files["\(i).txt"] = """
            The \(topic) board met on Monday to discuss plans for the coming year and approved a budget of \(i + 2) million.
            Members of the \(topic) board said the decision followed months of public consultation in the district.
            Get our daily briefing in your inbox
            """
        }
        let corpus = try loadCorpus(files)
        let (result, _) = try await runDedup(corpus)
        #expect(Set(result.boilerplate.map(\.line)) == [3])
        #expect(result.boilerplate.count == topics.count)
    }

    @Test func headlinesListedAfterTheArticleAndNoticesAreCruft() async throws {
        let text = """
        Bus network to reach three new suburbs

        This transcript was generated automatically and may contain errors.

        The council voted on Tuesday to extend the night bus network to three new suburbs from next spring.
        Councillors said the expansion would cost about 2 million a year and be paid for by a parking levy.
        Reporting by Ana Ruiz; Editing by Tom Hale
        More stories
        Flooded farmers demand faster compensation payments
        New stadium plans face fresh legal challenge
        """
        let corpus = try loadCorpus(["bus.txt": text])
        let (result, _) = try await runDedup(corpus)
        let flagged = Set(result.boilerplate.map(\.line))
        #expect(flagged == [3, 7, 8, 9, 10])
    }
}
