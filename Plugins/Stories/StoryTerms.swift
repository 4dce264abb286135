import BriefingCore

/// The content words of a document, counted: what a story vector is made of.
///
/// Words are read straight from the scalars of the text (no `String` per word), lower-cased
/// and hashed, so that the whole of a large corpus is scanned in a fraction of a second.
/// Function words (`English.stopWords`) and words shorter than three letters carry no topic
/// and are skipped.
struct StoryTerms: Sendable {
    /// Weighted counts by word hash; headline words count twice.
    var counts: [UInt64: Float]

    /// Weight of a headline word against a body word: a headline names the story.
    static let titleWeight: Float = 2

    /// Counts the words of a document's title and body.
    init(_ document: Document) {
        var counts: [UInt64: Float] = [:]
        if let title = document.title {
            let scalars = Array(title.unicodeScalars)
            Self.scan(scalars, 0..<scalars.count) { counts[$0, default: 0] += Self.titleWeight }
        }
        let body = max(0, document.body.start)..<min(document.text.scalars.count, document.body.end)
        Self.scan(document.text.scalars, body) { counts[$0, default: 0] += 1 }
        self.counts = counts
    }

    /// Calls `emit` with the hash of every content word of `scalars[range]`.
    static func scan(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ emit: (UInt64) -> Void) {
        words(scalars, range) { hash, _ in emit(hash) }
    }

    /// Calls `emit` with the hash and place of every content word of `scalars[range]`.
    static func words(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ emit: (UInt64, Range<Int>) -> Void) {
        var hash = fnvOffset
        var length = 0
        var start = range.lowerBound
        func flush(_ end: Int) {
            if length >= 3 && !stopWords.contains(hash) { emit(hash, start..<end) }
            hash = fnvOffset
            length = 0
        }
        for i in range {
            let value = scalars[i].value
            if let lower = lowerLetter(value) {
                if length == 0 { start = i }
                hash = (hash ^ UInt64(lower)) &* fnvPrime
                length += 1
            } else if (value == 0x27 || value == 0x2019) && length > 0 && i + 1 < range.upperBound
                        && lowerLetter(scalars[i + 1].value) != nil {
                hash = (hash ^ 0x27) &* fnvPrime  // inner apostrophe: "don't", "Egypt’s" as one word
            } else if length > 0 {
                flush(i)
            }
        }
        if length > 0 { flush(range.upperBound) }
    }

    /// The lower-case form of a letter, or nil for anything else. ASCII is decided inline;
    /// other letters go through Unicode properties.
    @inline(__always)
    static func lowerLetter(_ value: UInt32) -> UInt32? {
        if value >= 0x61 && value <= 0x7A { return value }
        if value >= 0x41 && value <= 0x5A { return value + 0x20 }
        guard value >= 0xC0, let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    /// The hash `scan` gives a lower-case word, for the stop list and for tests.
    static func hash(_ word: String) -> UInt64 {
        var hash = fnvOffset
        for scalar in word.unicodeScalars { hash = (hash ^ UInt64(lowerLetter(scalar.value) ?? scalar.value)) &* fnvPrime }
        return hash
    }

    /// English function words (the shared lexicon), hashed as `scan` hashes words.
    static let stopWords: Set<UInt64> = Set(English.stopWords.map(hash))

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0100_0000_01b3
}
