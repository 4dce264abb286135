import BriefingCore

/// Fast, allocation-free word hashing over a document's scalars, the input to shingling.
///
/// Near-duplicate search runs over every document of corpora with tens of thousands of
/// articles, so words are never turned into `String`s here: each word is folded to lower case
/// and hashed while it is scanned. A word is a run of letters and digits, with inner
/// apostrophes, hyphens, periods and commas kept when a letter or digit follows ("don't",
/// "state-run", "U.S", "1,000"), which is the regular expression
/// `[^\W_]+(?:['’\-‐‑.,][^\W_]+)*` over lower-cased text (the benchmark mirrors it in Python).
enum WordHashes {
    /// FNV-1a 64-bit offset basis and prime.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Hashes of the words inside `span`, in order.
    static func of(_ scalars: [Unicode.Scalar], in span: Span) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(span.length / 5)
        scan(scalars, in: span) { result.append($0) }
        return result
    }

    /// The hash `scan` gives a word written in lower case (for word lists).
    static func hash(_ word: String) -> UInt64 {
        var h = offsetBasis
        for c in word.unicodeScalars {
            h = (h ^ UInt64(c == "\u{2019}" ? 0x27 : folded(c))) &* prime
        }
        return h
    }

    /// Calls `body` with the hash of every word inside `span`.
    @inline(__always)
    static func scan(_ scalars: [Unicode.Scalar], in span: Span, _ body: (UInt64) -> Void) {
        scalars.withUnsafeBufferPointer { buffer in
            var i = max(0, span.start)
            let end = min(span.end, buffer.count)
            while i < end {
                guard isWordScalar(buffer[i]) else {
                    i += 1
                    continue
                }
                var hash = offsetBasis
                while i < end {
                    let c = buffer[i]
                    if isWordScalar(c) {
                        hash = (hash ^ UInt64(folded(c))) &* prime
                        i += 1
                    } else if isJoiner(c), i + 1 < end, isWordScalar(buffer[i + 1]) {
                        hash = (hash ^ UInt64(c == "\u{2019}" ? 0x27 : c.value)) &* prime
                        i += 1
                    } else {
                        break
                    }
                }
                body(hash)
            }
        }
    }

    /// Letters and digits (Python's `str.isalnum`, closely).
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isAlphanumeric(c)
    }

    /// Characters kept inside a word when a letter or digit follows.
    @inline(__always)
    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x27, 0x2D, 0x2E, 0x2C, 0x2019, 0x2010, 0x2011: return true
        default: return false
        }
    }

    /// Lower-case form of a scalar, as a scalar value.
    @inline(__always)
    static func folded(_ c: Unicode.Scalar) -> UInt32 {
        CharacterClass.lowerValue(c)
    }
}

/// Mixing functions shared by shingling, MinHash and LSH.
enum Mix {
    /// The splitmix64 finaliser: a fast bijective scramble of 64 bits.
    @inline(__always)
    static func scramble(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines a running hash with the next value, order-sensitively.
    @inline(__always)
    static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        scramble(seed &* 0x0000_0100_0000_01b3 ^ value)
    }
}
