import BriefingCore
import Testing
@testable import Dedup

/// Bad options stop the build with the key, the value and what is accepted.
@Suite struct OptionsTests {
    func options(_ values: [String: String]) -> PassOptions {
        PassOptions(pass: "dedup", values: values.mapValues { .string($0) })
    }

    @Test func unknownKeyIsRejectedWithTheValidKeys() {
        #expect(throws: PassError.unknownOption(pass: "dedup", key: "treshold", valid: DedupOptions.keys)) {
            try DedupOptions(options(["treshold": "0.5"]))
        }
    }

    @Test func thresholdMustBeAFraction() throws {
        for bad in ["0", "1.5", "-0.2"] {
            #expect(throws: PassError.self) { try DedupOptions(options(["threshold": bad])) }
        }
        do {
            _ = try DedupOptions(options(["threshold": "high"]))
            Issue.record("expected an error")
        } catch let error as PassError {
            #expect(error.description.contains("passes.dedup.threshold"))
            #expect(error.description.contains("a number"))
        }
    }

    @Test func bandsNeedRowsAndMustFitTheSignature() {
        #expect(throws: PassError.self) { try DedupOptions(options(["bands": "20"])) }
        #expect(throws: PassError.self) { try DedupOptions(options(["bands": "20", "rows": "10"])) }
        #expect(throws: PassError.self) { try DedupOptions(options(["shingle_size": "0"])) }
        #expect(throws: PassError.self) { try DedupOptions(options(["candidate_pairs": "maybe"])) }
    }

    @Test func validOptionsAreApplied() throws {
        let o = try DedupOptions(options(["threshold": "0.8", "bands": "16", "rows": "8", "candidate_pairs": "true"]))
        #expect(o.threshold == 0.8)
        #expect(o.banding == Banding(bands: 16, rows: 8))
        #expect(o.candidatePairs)
        let derived = try DedupOptions(options(["threshold": "0.8"]))
        #expect(derived.banding.rows == 3)
    }

    @Test func thePassReportsBadOptions() async throws {
        let corpus = try TestCorpus.load(["a.txt": Articles.original])
        await #expect(throws: PassError.self) { _ = try await runDedup(corpus, options: ["pairwise_limit": "lots"]) }
    }
}
