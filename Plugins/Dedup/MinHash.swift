/// MinHash signatures by one-permutation hashing with optimal densification.
///
/// Classic MinHash applies `k` hash functions to every shingle; one-permutation hashing
/// (Li, Owen & Zhang 2012) hashes each shingle once, uses the top bits to pick one of `k`
/// bins and keeps the minimum of the rest per bin, which is `k` times cheaper and estimates
/// Jaccard similarity as well for documents of more than a few dozen shingles. Bins that no
/// shingle fell into borrow the value of a bin chosen by a fixed hash sequence ("optimal
/// densification", Shrivastava 2017), so that the signature stays locality-sensitive for
/// short texts. The probability that two signatures agree in a bin is their Jaccard
/// similarity.
struct MinHasher: Sendable {
    /// Number of bins (the signature length), 128 by default like datasketch's `num_perm`.
    let size: Int
    /// Seed of the shingle scramble, fixed so that signatures are reproducible across builds.
    let seed: UInt64

    /// Creates a hasher with `size` bins.
    init(size: Int, seed: UInt64 = 0x5eed_d0c5_1234_abcd) {
        self.size = max(1, size)
        self.seed = seed
    }

    /// The signature of a set of shingle hashes; nil when there are none.
    func signature(_ shingles: [UInt64]) -> [UInt32]? {
        guard !shingles.isEmpty else { return nil }
        var mins = [UInt32](repeating: .max, count: size)
        var filled = [Bool](repeating: false, count: size)
        let k = UInt64(size)
        mins.withUnsafeMutableBufferPointer { m in
            filled.withUnsafeMutableBufferPointer { f in
                for shingle in shingles {
                    let y = Mix.scramble(shingle ^ seed)
                    let bin = Int(((y >> 32) &* k) >> 32)
                    let value = UInt32(truncatingIfNeeded: y)
                    if value <= m[bin] {
                        m[bin] = value
                        f[bin] = true
                    }
                }
            }
        }
        // Optimal densification: an empty bin copies the first filled bin in its own fixed
        // pseudo-random probe sequence, identical for every document.
        if filled.contains(false) {
            let donors = mins
            for bin in 0..<size where !filled[bin] {
                var attempt: UInt64 = 1
                while true {
                    let probe = Int(Mix.scramble(UInt64(bin) &* 0x1_0000_0001 &+ attempt) % k)
                    if filled[probe] {
                        mins[bin] = donors[probe] ^ UInt32(truncatingIfNeeded: attempt &* 0x9e37_79b9)
                        break
                    }
                    attempt += 1
                }
            }
        }
        return mins
    }

    /// Share of bins on which two signatures agree: the Jaccard estimate.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var same = 0
        for i in 0..<a.count where a[i] == b[i] { same += 1 }
        return Double(same) / Double(a.count)
    }
}
