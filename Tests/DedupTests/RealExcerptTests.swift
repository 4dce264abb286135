import BriefingCore
import Foundation
import Testing
@testable import Dedup
import BriefingTestSupport

/// Where the shared benchmark corpus is, when this machine has it.
enum BenchCorpus {
    /// Path of `t17.jsonl`, or nil.
    static var t17: String? {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["BRIEFING_BENCH"].map { $0 + "/t17.jsonl" },
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/bench/t17.jsonl").path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

}

/// Real article excerpts from the shared benchmark corpus (read at test time, never copied
/// into the repository) with injected repeats, cruft and a near-copy.
///
/// Skipped when the corpus is absent; `BRIEFING_BENCH` may point at the folder holding `t17.jsonl`.
@Suite(.enabled(if: BenchCorpus.t17 != nil)) struct RealExcerptTests {
    /// The first article of each of six stories, cut to twelve sentences, one per paragraph.
    static func excerpts() throws -> [[String]] {
        let text = try String(contentsOfFile: BenchCorpus.t17!, encoding: .utf8)
        var seen = Set<String>()
        var result: [[String]] = []
        for line in text.split(separator: "\n") where result.count < 6 {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let story = record["story"] as? String, let body = record["text"] as? String,
                  body.count > 2000, !seen.contains(story) else { continue }
            let sentences = body.replacingOccurrences(of: ". ", with: ".\n").split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.split(separator: " ").count >= 8 }
            guard sentences.count >= 12 else { continue }
            seen.insert(story)
            result.append(Array(sentences.prefix(12)))
        }
        return result
    }

    @Test func injectedRepeatsCruftAndCopiesAreFoundAndNothingElse() async throws {
        let articles = try Self.excerpts()
        try #require(articles.count == 6)
        var files: [String: String] = [:]
        // 0: a scraper pasted paragraphs 3–4 again at the end.
        files["a0.txt"] = (articles[0] + [articles[0][2], articles[0][3]]).joined(separator: "\n\n")
        // 1: a section label above and three teasers below.
        let teasers = ["Heavy snow closes mountain passes as ski resorts brace for a record…",
                       "Local council approves plans for a new riverside park despite…",
                       "Veteran goalkeeper announces retirement after twenty seasons at…"]
        files["a1.txt"] = (["World"] + articles[1] + teasers).joined(separator: "\n\n")
        for i in 2...4 { files["a\(i).txt"] = articles[i].joined(separator: "\n\n") }
        // 5: a light rewrite of 4 (every ninth word changed).
        files["a5.txt"] = articles[4].map { sentence in
            sentence.split(separator: " ").enumerated().map { $0.offset % 9 == 4 ? "reportedly" : String($0.element) }
                .joined(separator: " ")
        }.joined(separator: "\n\n")
        let corpus = try loadCorpus(files)
        let (result, _) = try await runDedup(corpus)

        let repeats = result.duplicateParagraphs.map { "\($0.doc):\($0.line)" }.sorted()
        #expect(repeats == ["a0.txt:25", "a0.txt:27"])
        let cruft = Dictionary(grouping: result.boilerplate, by: \.doc).mapValues { Set($0.map(\.line)) }
        #expect(cruft["a1.txt"] == [1, 27, 29, 31])
        for doc in ["a0.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt"] { #expect(cruft[doc, default: []].count <= 1) }
        let nearDuplicates = result.pairs.filter { $0.relation == .nearDuplicate }.map { "\($0.a)-\($0.b)" }
        #expect(nearDuplicates == ["a4.txt-a5.txt"])
    }
}
