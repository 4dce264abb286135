import BriefingCore

/// Splits a span of text into lower-cased words, hashed, in one pass over the scalars.
///
/// Summaries compare tens of thousands of sentences, so words are never materialised as
/// `String`s: each word becomes a 64-bit FNV-1a hash of its lower-cased scalars. Words are runs
/// of letters and digits, with an inner apostrophe followed by letters kept ("don't"), the
/// way ROUGE-style evaluations and readers count words; hyphens and periods split ("U.S."
/// gives "u" and "s").
enum WordHasher {
    /// One word: the hash of its lower-cased form and, for content analysis, the scalars.
    struct Word {
        /// FNV-1a hash of the lower-cased word.
        var hash: UInt64
        /// Whether the word has a letter (numbers are words too, but never stop words).
        var hasLetter: Bool
    }

    /// Calls `body` for every word in `span`, with its lower-cased scalar values in `buffer`.
    static func scan(_ scalars: [Unicode.Scalar], _ span: Span,
                     _ body: (_ word: Word, _ buffer: UnsafeMutableBufferPointer<UInt32>, _ count: Int) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { buffer in
            var i = max(0, span.start)
            let end = min(span.end, scalars.count)
            while i < end {
                let c = scalars[i]
                guard CharacterClass.isLetterOrDigit(c) else {
                    i += 1
                    continue
                }
                var count = 0
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var hasLetter = false
                var apostropheUsed = false
                while i < end {
                    let d = scalars[i]
                    var value: UInt32
                    if CharacterClass.isLetterOrDigit(d) {
                        value = CharacterClass.lowerValue(d)
                        if !CharacterClass.isDigit(d) { hasLetter = true }
                    } else if !apostropheUsed, CharacterClass.isApostrophe(d), i + 1 < end, CharacterClass.isLetter(scalars[i + 1]), count > 0 {
                        apostropheUsed = true
                        value = 0x27
                    } else {
                        break
                    }
                    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                    if count < buffer.count { buffer[count] = value }
                    count += 1
                    i += 1
                }
                body(Word(hash: hash, hasLetter: hasLetter), buffer, min(count, buffer.count))
            }
        }
    }

    /// Hashes of the summary's stop words (`English.stopWords`): filtering costs one set lookup per word.
    static let stopWordHashes: Set<UInt64> = Set(English.stopWords.map(hash))

    /// Hashes of every word in `span`: the word set used to check that a citation holds a sentence.
    static func wordSet(_ scalars: [Unicode.Scalar], _ span: Span) -> Set<UInt64> {
        var result: Set<UInt64> = []
        scan(scalars, span) { word, _, _ in result.insert(word.hash) }
        return result
    }

    /// Number of words in `span`, counted as the length budget counts them.
    static func wordCount(_ scalars: [Unicode.Scalar], _ span: Span) -> Int {
        var n = 0
        scan(scalars, span) { _, _, _ in n += 1 }
        return n
    }

    /// The FNV-1a hash of a lower-case ASCII word, as `scan` would compute it.
    static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in word.unicodeScalars {
            hash = (hash ^ UInt64(CharacterClass.lowerValue(s))) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash of the first `count` values of a buffer.
    static func hash(_ buffer: UnsafeMutableBufferPointer<UInt32>, _ count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count {
            hash = (hash ^ UInt64(buffer[k])) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
