import Foundation

/// Banding parameters of locality-sensitive hashing over MinHash signatures.
///
/// A signature of `bands × rows` values is cut into `bands` bands; two documents become a
/// candidate pair when any band agrees entirely, which happens with probability
/// `1 − (1 − s^rows)^bands` for Jaccard similarity `s`. The default picks the largest `rows`
/// whose curve midpoint `(1/bands)^(1/rows)` lies at or below 0.6 × threshold: recall is worth
/// more than a few extra candidates, because every candidate is then verified on its
/// signature (and, for the pairs that matter, on its sentences). For the default threshold
/// 0.5 and 128 bins this is 42 bands of 3 rows, which finds a pair at similarity 0.4 with
/// probability 0.94 and at 0.5 with 0.996 (datasketch's own choice, 25 × 5, gives 0.23 and 0.55).
struct Banding: Sendable, Hashable, Codable {
    /// Number of bands.
    var bands: Int
    /// Signature values per band.
    var rows: Int

    /// The default banding for a threshold and a signature length.
    static func recallOriented(threshold: Double, size: Int) -> Banding {
        var best = Banding(bands: size, rows: 1)
        for rows in 1...max(1, size) {
            let bands = size / rows
            guard bands >= 1 else { break }
            let midpoint = pow(1 / Double(bands), 1 / Double(rows))
            if midpoint <= 0.6 * threshold { best = Banding(bands: bands, rows: rows) } else { break }
        }
        return best
    }

    /// Probability that a pair of Jaccard similarity `s` becomes a candidate.
    func probability(_ s: Double) -> Double {
        1 - pow(1 - pow(s, Double(rows)), Double(bands))
    }

    enum CodingKeys: String, CodingKey {
        case bands, rows
    }
}

/// Finds candidate pairs of near-duplicate documents without comparing all pairs.
///
/// Each band of each signature is hashed into one bucket table; documents sharing a bucket
/// are candidates. Cost is linear in the number of documents plus the number of pairs in
/// shared buckets. A bucket larger than `maxBucket` (thousands of identical stubs) contributes
/// only pairs with its first `maxBucket` members, to bound the worst case; this is reported.
struct LSHIndex {
    /// Banding used.
    let banding: Banding
    /// Largest bucket expanded into pairs.
    let maxBucket: Int

    /// Candidate pairs `(i, j)`, `i < j`, of the documents whose signatures are given
    /// (nil signatures take no part), sorted.
    func candidates(_ signatures: [[UInt32]?]) -> (pairs: [(Int, Int)], truncatedBuckets: Int) {
        var buckets: [UInt64: [Int32]] = [:]
        buckets.reserveCapacity(signatures.count * banding.bands)
        for (doc, signature) in signatures.enumerated() {
            guard let signature else { continue }
            for band in 0..<banding.bands {
                var key = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
                let base = band * banding.rows
                for row in 0..<banding.rows { key = Mix.combine(key, UInt64(signature[base + row])) }
                buckets[key, default: []].append(Int32(doc))
            }
        }
        var seen = Set<UInt64>()
        var truncated = 0
        for (_, members) in buckets where members.count > 1 {
            let limit = min(members.count, maxBucket)
            if members.count > maxBucket { truncated += 1 }
            for x in 0..<limit {
                for y in (x + 1)..<limit {
                    let a = UInt64(UInt32(min(members[x], members[y]))), b = UInt64(UInt32(max(members[x], members[y])))
                    if a != b { seen.insert(a << 32 | b) }
                }
            }
        }
        let pairs = seen.sorted().map { (Int($0 >> 32), Int($0 & 0xffff_ffff)) }
        return (pairs, truncated)
    }
}
