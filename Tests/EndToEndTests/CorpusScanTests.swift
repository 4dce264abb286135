import BriefingTestSupport
import Foundation
import Testing

/// Issue 16 items 5 and 7: what the corpus scan reads.
@Suite("the corpus scan reads articles, not sites and not files outside the corpus")
struct CorpusScanTests {
    /// The document ids of a built site.
    func documentIDs(_ site: URL) throws -> [String] {
        let data = try Data(contentsOf: site.appendingPathComponent("data/sources.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]] ?? []
        return documents.compactMap { $0["doc"] as? String }.sorted()
    }

    @Test("item 5: an output inside the corpus and other briefing sites there are not read back")
    func siteInsideCorpus() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        let home = project.url.appendingPathComponent("home")
        for _ in 0..<2 {
            let result = try CLI.run(["build", "--output", "seeds/site"], in: project.url, home: home)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("dedup.json"), "\(result.stderr)")
        }
        #expect(try documentIDs(project.url.appendingPathComponent("seeds/site")) == ["a.txt"])

        try FileManager.default.moveItem(at: project.url.appendingPathComponent("seeds/site"),
                                         to: project.url.appendingPathComponent("seeds/old"))
        let again = try CLI.run(["build", "--output", "site"], in: project.url, home: home)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("warning: old: skipped: a site built by briefing (it has a .briefing-site marker), not articles"))
        #expect(try documentIDs(project.url.appendingPathComponent("site")) == ["a.txt"])
    }
}
