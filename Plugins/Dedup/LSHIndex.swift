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
/// are candidates. Cost is linear in the number of documents plus the number of pairs kept.
/// Two bounds keep that near-linear on adversarial corpora (200,000 near-identical records
/// gave 181 M pairs): a bucket larger than `maxBucket` (thousands of identical stubs)
/// contributes all pairs of its first `maxBucket` members and pairs every further member with
/// the first one only; and no document takes more than `maxPartners` partners from the
/// all-pairs part. Every member of a bucket is always paired with its first member (the
/// "star" links), so neither bound splits a cluster. Bands are visited in order and members in document order, so the
/// partners kept are the same on every run.
struct LSHIndex {
    /// Banding used.
    let banding: Banding
    /// Largest bucket expanded into pairs.
    let maxBucket: Int
    /// Most partners a document takes from bucket pairs (star links of big buckets aside).
    var maxPartners: Int = .max

    /// A per-document partner limit for a corpus of `count` documents: high enough never to
    /// bite on real corpora (200 and more up to 20,000 documents), low enough to keep the total
    /// near 2 M pairs however similar the documents are.
    static func partnerLimit(documents count: Int) -> Int {
        max(20, 4_000_000 / max(1, count))
    }

    /// Candidate pairs and what was bounded to find them.
    struct Candidates {
        /// Pairs `(i, j)`, `i < j`, sorted.
        var pairs: [(Int, Int)]
        /// Buckets (over all bands) larger than `maxBucket`.
        var truncatedBuckets: Int
        /// Documents that reached `maxPartners` (some of their pairs were left out).
        var cappedDocuments: Int
    }

    /// Candidate pairs `(i, j)`, `i < j`, of the documents whose signatures are given
    /// (nil signatures take no part), sorted.
    ///
    /// Each band is one sorted array of band keys packed with document numbers (the low bits
    /// hold the document, the high bits the key), so buckets are runs of equal keys: no hash
    /// table of arrays and plain integer sorts. Cutting the key to the high bits can only merge
    /// buckets, adding candidates (verified later), never losing one.
    func candidates(_ signatures: [[UInt32]?]) async -> Candidates {
        let docBits = max(1, UInt64.bitWidth - UInt64(max(1, signatures.count)).leadingZeroBitCount)
        let docMask: UInt64 = (1 << UInt64(docBits)) - 1
        // Bands are independent: their sorted key arrays are built concurrently.
        let bands = Parallel.map(count: banding.bands, minimumCount: signatures.count >= 256 ? 2 : .max) { b in
            sortedBand(signatures, band: b, docBits: docBits)
        }
        var seen = Set<UInt64>()
        var partners = [Int](repeating: 0, count: signatures.count)
        var truncated = 0
        func add(_ x: UInt64, _ y: UInt64, capped: Bool) {
            let pair = x << 32 | y
            if capped {
                guard partners[Int(x)] < maxPartners, partners[Int(y)] < maxPartners else { return }
            }
            if seen.insert(pair).inserted {
                partners[Int(x)] += 1
                partners[Int(y)] += 1
            }
        }
        for band in bands {
            var start = 0
            while start < band.count {
                let bucket = band[start] >> UInt64(docBits)
                var end = start + 1
                while end < band.count && band[end] >> UInt64(docBits) == bucket { end += 1 }
                if end - start > 1 {
                    let limit = min(end, start + maxBucket)
                    if end - start > maxBucket { truncated += 1 }
                    // Every member pairs with the bucket's first member, past any limit, so the
                    // bucket stays one cluster without a quadratic number of pairs (in a small
                    // bucket these pairs are among the all-pairs anyway).
                    let first = band[start] & docMask
                    for x in (start + 1)..<end { add(first, band[x] & docMask, capped: false) }
                    for x in start..<limit {
                        let dx = band[x] & docMask
                        if partners[Int(dx)] >= maxPartners { continue }
                        for y in (x + 1)..<limit {
                            add(dx, band[y] & docMask, capped: true)
                            if partners[Int(dx)] >= maxPartners { break }
                        }
                    }
                }
                start = end
            }
        }
        let pairs = seen.sorted().map { (Int($0 >> 32), Int($0 & 0xffff_ffff)) }
        let capped = maxPartners == .max ? 0 : partners.reduce(0) { $0 + ($1 >= maxPartners ? 1 : 0) }
        return Candidates(pairs: pairs, truncatedBuckets: truncated, cappedDocuments: capped)
    }

    /// One band's keys packed with document numbers, sorted (so that buckets are runs).
    private func sortedBand(_ signatures: [[UInt32]?], band b: Int, docBits: Int) -> [UInt64] {
        var band: [UInt64] = []
        band.reserveCapacity(signatures.count)
        let base = b * banding.rows
        for (doc, signature) in signatures.enumerated() {
            guard let signature else { continue }
            var key = UInt64(b) &* 0x9e37_79b9_7f4a_7c15
            for row in 0..<banding.rows { key = Mix.combine(key, UInt64(signature[base + row])) }
            band.append((key << UInt64(docBits)) | UInt64(doc))
        }
        band.sort()
        return band
    }
}
