import BriefingCore

/// Turns a sentence into the content terms its similarity vector is made of, and its words.
///
/// Content terms are the sentence's words minus stop words and one-letter tokens, lightly
/// stemmed (possessive "'s" and plural "s"/"ies" removed) so that "talks" meets "talk" and
/// "Moreau's" meets "Moreau" across outlets. The full word set is kept separately because
/// a citation must hold the sentence's words, not just its topic.
enum TermAnalyzer {
    /// What one pass over a sentence yields.
    struct Analysis {
        /// Hashes of the stemmed content terms, with repetitions.
        var terms: [UInt64]
        /// Number of words, as the length budget counts them.
        var wordCount: Int
    }

    /// Analyses `span` of `scalars`.
    static func analyse(_ scalars: [Unicode.Scalar], _ span: Span) -> Analysis {
        var terms: [UInt64] = []
        terms.reserveCapacity(32)
        var words = 0
        let stop = WordHasher.stopWordHashes
        WordHasher.scan(scalars, span) { word, buffer, count in
            words += 1
            guard count > 1, !stop.contains(word.hash) else { return }
            terms.append(word.hasLetter ? stem(buffer, count) : word.hash)
        }
        return Analysis(terms: terms, wordCount: words)
    }

    /// The hash of the light stem of a lower-cased word held in `buffer`.
    static func stem(_ buffer: UnsafeMutableBufferPointer<UInt32>, _ count: Int) -> UInt64 {
        var n = count
        let apostrophe: UInt32 = 0x27, s: UInt32 = 0x73, i: UInt32 = 0x69, e: UInt32 = 0x65, u: UInt32 = 0x75
        if n > 2, buffer[n - 1] == s, buffer[n - 2] == apostrophe {
            n -= 2
        } else if n > 4, buffer[n - 1] == s, buffer[n - 2] == e, buffer[n - 3] == i {
            buffer[n - 3] = 0x79  // "ies" → "y"
            n -= 2
        } else if n > 3, buffer[n - 1] == s, buffer[n - 2] != s, buffer[n - 2] != u, buffer[n - 2] != i {
            n -= 1
        }
        return WordHasher.hash(buffer, n)
    }
}
