import BriefingCore
import Foundation
import Testing
@testable import Quotes

/// One construction of the catalogue: a paragraph, words of the quote, the speaker a reader
/// names (nil: nobody), and the cue the pass reports.
struct AttributionCase: CustomTestStringConvertible, Sendable {
    var construction: String
    var text: String
    var quote: String
    var speaker: String?
    var cue: String?

    var testDescription: String { construction }
}

/// The learned attribution, construction by construction: speech verbs and ordinary verbs in
/// the same slots, and quotes no mention around them can claim.
@Suite struct LearnedAttributionTests {
    static let slots: [AttributionCase] = [
        .init(construction: "“…,” X VERB (speech verb)", text: "“We are ready to talk,” Anna Keller said.", quote: "ready to talk", speaker: "Anna Keller", cue: "said"),
        .init(construction: "“…,” X VERB (any verb)", text: "“We are ready to talk,” Anna Keller shrugged.", quote: "ready to talk", speaker: "Anna Keller", cue: "shrugged"),
        .init(construction: "“…,” VERB X (speech verb)", text: "“We are ready to talk,” said Anna Keller.", quote: "ready to talk", speaker: "Anna Keller", cue: "said"),
        .init(construction: "“…,” VERB X (any verb)", text: "“We are ready to talk,” grinned Anna Keller.", quote: "ready to talk", speaker: "Anna Keller", cue: "grinned"),
        .init(construction: "“…,” X, appositive, VERB", text: "“We are ready to talk,” Anna Keller, the transport minister, beamed.", quote: "ready to talk", speaker: "Anna Keller", cue: nil),
        .init(construction: "X VERB: “…”", text: "Tomas Reyes sighed: “It will take weeks, not days.”", quote: "take weeks", speaker: "Tomas Reyes", cue: nil),
        .init(construction: "X VERB that “…”", text: "Tomas Reyes told the council that “the bridge is closed to trucks.”", quote: "bridge is closed", speaker: "Tomas Reyes", cue: "told"),
        .init(construction: "according to X", text: "The bridge is “unsafe for trucks of any size,” according to Tomas Reyes.", quote: "unsafe for trucks", speaker: "Tomas Reyes", cue: "according to"),
        .init(construction: "X: “…”", text: "Engineer Priya Natarajan: “It will take weeks, not days.”", quote: "take weeks", speaker: "Priya Natarajan", cue: nil),
        .init(construction: "“…” — X", text: "“Nobody asked us.” — Priya Natarajan", quote: "Nobody asked", speaker: "Priya Natarajan", cue: nil),
    ]

    static let nobody: [AttributionCase] = [
        .init(construction: "a sentence in marks, nobody near", text: "The port was quiet on Sunday. “Closed for repairs until further notice.” The ferries still ran.", quote: "Closed for repairs", speaker: nil, cue: nil),
    ]

    @Test(arguments: slots + nobody)
    func construction(_ c: AttributionCase) async throws {
        let result = try await QuotesFixture.harbour([c.text])
        let q = try #require(result.quote(c.quote))
        #expect(q.speaker == c.speaker)
        if let cue = c.cue { #expect(q.cue == cue) }
    }

    @Test func anotherModelIsLoadedFromJSON() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A model that never names anyone: "no speaker" always wins.
        try Data(#"{"weights": {"kindName": 1}, "bias": 0, "threshold": 100}"#.utf8).write(to: URL(fileURLWithPath: path))
        let result = try await QuotesFixture.result(["a.txt": "Harbour talks\n\n“We are ready to talk,” Anna Keller said.\n"],
                                                    options: ["attribution_model": path])
        #expect(result.quote("ready to talk")?.speaker == nil)
    }

    @Test func aModelNamingAnUnknownFeatureIsRejected() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"weights": {"loudness": 1}, "bias": 0, "threshold": 0}"#.utf8).write(to: URL(fileURLWithPath: path))
        await #expect {
            _ = try await QuotesFixture.result(["a.txt": "Harbour talks\n\n“Ready,” Anna Keller said.\n"], options: ["attribution_model": path])
        } throws: { error in
            "\(error)" == "\(path) names the unknown feature 'loudness': it was trained for another version of briefing; retrain it with Benchmarks/quotes/train.py"
        }
    }

    @Test func aFileThatIsNoModelIsRejected() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: path))
        await #expect {
            _ = try await QuotesFixture.result(["a.txt": "Harbour talks\n\n“Ready,” Anna Keller said.\n"], options: ["attribution_model": path])
        } throws: { error in
            "\(error)".hasPrefix("\(path) is not an attribution model")
        }
    }
}
