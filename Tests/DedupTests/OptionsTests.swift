import BriefingCore
import Testing
@testable import Dedup
import BriefingTestSupport

/// Bad options stop the build with the key, the value and what is accepted.
@Suite struct OptionsTests {
    func options(_ values: [String: String]) -> PassOptions {
        PassOptions(pass: "dedup", values: values.mapValues { .string($0) })
    }

    @Test func unknownKeyIsRejectedWithTheValidKeys() {
        #expect(throws: PassError.unknownOption(pass: "dedup", key: "treshold", valid: DedupPass.Options.keys)) {
            try options(["treshold": "0.5"]).decode(DedupPass.Options.self)
        }
    }

    @Test func thresholdMustBeAFraction() throws {
        for bad in ["0", "1.5", "-0.2"] {
            #expect(throws: PassError.self) { try options(["threshold": bad]).decode(DedupPass.Options.self) }
        }
        do {
            _ = try options(["threshold": "high"]).decode(DedupPass.Options.self)
            Issue.record("expected an error")
        } catch let error as PassError {
            #expect(error.description.contains("passes.dedup.threshold"))
            #expect(error.description.contains("a number"))
        }
    }

    @Test func bandsNeedRowsAndMustFitTheSignature() {
        #expect(throws: PassError.self) { try options(["bands": "20"]).decode(DedupPass.Options.self) }
        #expect(throws: PassError.self) { try options(["bands": "20", "rows": "10"]).decode(DedupPass.Options.self) }
        #expect(throws: PassError.self) { try options(["shingle_size": "0"]).decode(DedupPass.Options.self) }
        #expect(throws: PassError.self) { try options(["candidate_pairs": "maybe"]).decode(DedupPass.Options.self) }
    }

    @Test func validOptionsAreApplied() throws {
        let o = try options(["threshold": "0.8", "bands": "16", "rows": "8", "candidate_pairs": "true"]).decode(DedupPass.Options.self)
        #expect(o.threshold == 0.8)
        #expect(o.banding == Banding(bands: 16, rows: 8))
        #expect(o.candidatePairs)
        let derived = try options(["threshold": "0.8"]).decode(DedupPass.Options.self)
        #expect(derived.banding.rows == 3)
    }

    @Test func thePassReportsBadOptions() async throws {
        let corpus = try loadCorpus(["a.txt": Articles.original])
        await #expect(throws: PassError.self) { _ = try await runDedup(corpus, options: ["pairwise_limit": "lots"]) }
    }
}
