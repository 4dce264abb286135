import Foundation
import Testing

/// Inputs whose cost or output used to explode (issue 16, items 11 and 12), scaled down so
/// that the suite stays fast; the full-size figures come from Benchmarks/adversarial/.
@Suite("adversarial inputs stay bounded")
struct ScaleTests {
    /// Total bytes of the files under `folder`.
    func size(_ folder: URL) -> Int {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let url = walker?.nextObject() as? URL {
            total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return total
    }

    @Test("a 1 MB word is not copied onto every page as the title")
    func hugeWordTitle() throws {
        let corpus = try TempFolder()
        defer { corpus.remove() }
        let word = String(repeating: "x", count: 1_000_000)
        try corpus.write("word.txt", word + "\n\nThe council met on Monday. \u{201C}It is done,\u{201D} the mayor said.\n")
        try corpus.write("other.txt", sampleArticle)
        let out = try TempFolder()
        defer { out.remove() }
        let result = try CLI.run(["build", "--corpus", corpus.url.path, "--output", out.url.path, "--force"], in: corpus.url)
        #expect(result.status == 0, "\(result.stderr)")
        // The word itself is on its source page once (the text is shown whole); nowhere else.
        #expect(size(out.url) < 3 * word.utf8.count)
        let sources = try String(contentsOf: out.url.appendingPathComponent("data/sources.json"), encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(sources.utf8)) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 2)
        for document in documents {
            #expect(((document["title"] as? String) ?? "").count <= 201)
        }
    }

    @Test("3,000 paragraphs opening with the same words and one speaker are near-linear", .timeLimit(.minutes(5)))
    func repetitiveDocument() throws {
        let corpus = try TempFolder()
        defer { corpus.remove() }
        // Every paragraph shares its first three words (the paragraph-repeat index's anchor)
        // and quotes the same speaker with words from a small vocabulary, which used to
        // compare every paragraph and every quote with every earlier one.
        let vocabulary = "river bridge budget council plan vote city water power road school court market trade bank".split(separator: " ")
        var state: UInt64 = 16
        func pick() -> Substring {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return vocabulary[Int(state >> 33) % vocabulary.count]
        }
        var text = "Council approves the river bridge budget\n\n"
        for _ in 0..<3_000 {
            let quoted = (0..<10).map { _ in pick() }.joined(separator: " ")
            let body = (0..<12).map { _ in pick() }.joined(separator: " ")
            text += "The council said \(body). \u{201C}\(quoted.prefix(1).uppercased() + quoted.dropFirst()),\u{201D} Ana Ruiz said on March 3, 2025.\n\n"
        }
        try corpus.write("long.txt", text)
        let out = try TempFolder()
        defer { out.remove() }
        let result = try CLI.run(["build", "--corpus", corpus.url.path, "--output", out.url.path, "--force"], in: corpus.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("quotes.html").path))
    }
}
