import BriefingCore
import Foundation
import Testing
@testable import Quotes

/// Writes `data/quotes.json` for a corpus named by `QUOTES_EVAL_CORPUS` into `QUOTES_EVAL_OUT`,
/// so the pass can be scored without the whole site build. Does nothing when unset.
@Test func evaluationHarness() async throws {
    let environment = ProcessInfo.processInfo.environment
    guard let corpusPath = environment["QUOTES_EVAL_CORPUS"], let outPath = environment["QUOTES_EVAL_OUT"] else { return }
    let corpus = try CorpusLoader().load(folder: corpusPath)
    let clock = ContinuousClock()
    var output: PassOutput?
    let elapsed = try await clock.measure {
        output = try await QuotesPass().run(PassInput(corpus: corpus))
    }
    print("quotes: \(corpus.documents.count) documents in \(elapsed)")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    let data = try encoder.encode(output!.result as! QuotesResult)
    try FileManager.default.createDirectory(atPath: outPath + "/data", withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: outPath + "/data/quotes.json"))
}
