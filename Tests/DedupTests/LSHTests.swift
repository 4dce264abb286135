import BriefingCore
import Testing
@testable import Dedup

/// MinHash and LSH on synthetic near-copies: candidates must include the copies.
@Suite struct LSHTests {
    /// A deterministic generator, so the test is reproducible.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = Mix.scramble(state)
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Word hashes of `count` random words from a vocabulary of 5,000.
    static func randomText(_ g: inout Generator, count: Int) -> [UInt64] {
        (0..<count).map { _ in UInt64(g.below(5000)) &* 0x9e37_79b9_7f4a_7c15 }
    }

    /// A copy of `words` with `rate` of the words replaced.
    static func edited(_ words: [UInt64], rate: Double, _ g: inout Generator) -> [UInt64] {
        words.map { w in Double(g.below(10_000)) < rate * 10_000 ? UInt64(g.below(5000) + 10_000) : w }
    }

    @Test func nearCopiesAreCandidatesAndDistinctTextsRarelyAre() async {
        var g = Generator(state: 42)
        let hasher = MinHasher(size: 128)
        var signatures: [[UInt32]?] = []
        var copies: Set<[Int]> = []
        for _ in 0..<300 {
            let base = Self.randomText(&g, count: 150 + g.below(300))
            signatures.append(hasher.signature(Shingles.hashes(base, size: 3)))
            let copy = Self.edited(base, rate: 0.04, &g)
            copies.insert([signatures.count - 1, signatures.count])
            signatures.append(hasher.signature(Shingles.hashes(copy, size: 3)))
        }
        let index = LSHIndex(banding: Banding.recallOriented(threshold: 0.5, size: 128), maxBucket: 500)
        let candidates = Set(await index.candidates(signatures).pairs.map { [$0.0, $0.1] })
        let found = copies.intersection(candidates).count
        #expect(Double(found) / Double(copies.count) >= 0.99)
        #expect(candidates.count < copies.count * 2)
    }

    @Test func signatureEstimatesJaccard() {
        var g = Generator(state: 7)
        let hasher = MinHasher(size: 256)
        let a = Self.randomText(&g, count: 800)
        let b = Self.edited(a, rate: 0.1, &g)
        let exact = Shingles.jaccard(Shingles.set(a, size: 3), Shingles.set(b, size: 3))
        let estimate = MinHasher.similarity(hasher.signature(Shingles.hashes(a, size: 3))!,
                                            hasher.signature(Shingles.hashes(b, size: 3))!)
        #expect(abs(exact - estimate) < 0.08)
    }

    @Test func shortTextsStillGetSignatures() {
        let hasher = MinHasher(size: 128)
        let words: [UInt64] = [1, 2]
        let signature = hasher.signature(Shingles.hashes(words, size: 3))
        #expect(signature?.count == 128)
        #expect(hasher.signature([]) == nil)
    }

    @Test func defaultBandingFavoursRecall() {
        let banding = Banding.recallOriented(threshold: 0.5, size: 128)
        #expect(banding.bands == 64 && banding.rows == 2)
        #expect(banding.probability(0.3) > 0.99)
        #expect(banding.probability(0.05) < 0.2)
    }

    @Test func wordHashesFoldCaseAndTypographicApostrophes() {
        let a = SourceText("Don’t STOP")
        let b = SourceText("don't stop")
        #expect(WordHashes.of(a.scalars, in: Span(0, a.count)) == WordHashes.of(b.scalars, in: Span(0, b.count)))
        let c = SourceText("U.S. state-run 1,000 — yes")
        #expect(WordHashes.of(c.scalars, in: Span(0, c.count)).count == 4)
    }
}
