import BriefingCore

import Foundation

/// Banding parameters of locality-sensitive hashing over MinHash signatures.
///
/// A signature of `bands × rows` values is cut into `bands` bands; two documents become a
/// candidate pair when any band agrees entirely, which happens with probability
/// `1 − (1 − s^rows)^bands` for Jaccard similarity `s`. The default picks the largest `rows`
/// whose curve midpoint `(1/bands)^(1/rows)` lies at or below 0.45 × threshold: recall is worth
/// more than extra candidates, because a candidate costs one signature comparison to verify
/// (only those with an estimated similarity of at least half the threshold go on to sentence
/// comparison). For the default threshold 0.5 and 128 bins this is 64 bands of 2 rows, which
/// finds a pair at similarity 0.3 with probability 0.998 and at 0.5 with 1.0; datasketch's
/// own choice for the same threshold, 25 × 5, gives 0.06 and 0.55.
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
            if midpoint <= 0.45 * threshold { best = Banding(bands: bands, rows: rows) } else { break }
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
/// all pairs of its first `maxBucket` members and pairs every further member with the first
/// one only, to bound the worst case while keeping them in one cluster.
struct LSHIndex {
    /// Banding used.
    let banding: Banding
    /// Largest bucket expanded into pairs.
    let maxBucket: Int

    /// Candidate pairs `(i, j)`, `i < j`, of the documents whose signatures are given
    /// (nil signatures take no part), sorted.
    ///
    /// Each band is one sorted array of band keys packed with document numbers (the low bits
    /// hold the document, the high bits the key), so buckets are runs of equal keys: no hash
    /// table of arrays and plain integer sorts. Cutting the key to the high bits can only merge
    /// buckets, adding candidates (verified later), never losing one.
    func candidates(_ signatures: [[UInt32]?]) async -> (pairs: [(Int, Int)], truncatedBuckets: Int) {
        // Bands are independent: a few groups of bands run concurrently.
        let groups = min(banding.bands, signatures.count >= 256 ? 4 : 1)
        let parts = Parallel.map(count: groups, minimumCount: 2) { g in
            bandPairs(signatures, bands: stride(from: g, to: banding.bands, by: groups))
        }
        var packed = parts.flatMap(\.0)
        let truncated = parts.reduce(0) { $0 + $1.1 }
        packed.sort()
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(packed.count / 2)
        var previous: UInt64?
        for p in packed where p != previous {
            pairs.append((Int(p >> 32), Int(p & 0xffff_ffff)))
            previous = p
        }
        return (pairs, truncated)
    }

    /// Packed pairs `(i << 32 | j)` sharing a bucket in any of `bands`, and the buckets truncated.
    private func bandPairs(_ signatures: [[UInt32]?], bands: StrideTo<Int>) -> ([UInt64], Int) {
        let docBits = max(1, UInt64.bitWidth - UInt64(max(1, signatures.count)).leadingZeroBitCount)
        let docMask: UInt64 = (1 << UInt64(docBits)) - 1
        var packed: [UInt64] = []
        var truncated = 0
        var band: [UInt64] = []
        band.reserveCapacity(signatures.count)
        for b in bands {
            band.removeAll(keepingCapacity: true)
            let base = b * banding.rows
            for (doc, signature) in signatures.enumerated() {
                guard let signature else { continue }
                var key = UInt64(b) &* 0x9e37_79b9_7f4a_7c15
                for row in 0..<banding.rows { key = Mix.combine(key, UInt64(signature[base + row])) }
                band.append((key << UInt64(docBits)) | UInt64(doc))
            }
            band.sort()
            var start = 0
            while start < band.count {
                let bucket = band[start] >> UInt64(docBits)
                var end = start + 1
                while end < band.count && band[end] >> UInt64(docBits) == bucket { end += 1 }
                if end - start > 1 {
                    let limit = min(end, start + maxBucket)
                    if end - start > maxBucket {
                        // Past the limit, members pair with the bucket's first member only, so
                        // they still join its cluster without a quadratic number of pairs.
                        truncated += 1
                        let first = band[start] & docMask
                        for x in limit..<end { packed.append(first << 32 | (band[x] & docMask)) }
                    }
                    for x in start..<limit {
                        let dx = band[x] & docMask
                        for y in (x + 1)..<limit {
                            packed.append(dx << 32 | (band[y] & docMask))
                        }
                    }
                }
                start = end
            }
        }
        return (packed, truncated)
    }
}
