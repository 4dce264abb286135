import BriefingCore

/// A word of a document with where it is: the unit of sub-sentence cruft detection.
struct PlacedWord: Sendable, Hashable {
    /// Lower-cased word hash (as `WordHashes`).
    var hash: UInt64
    /// First scalar.
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// Inside quotation marks: quoted words are what people said, not page furniture.
    var quoted: Bool
}

/// A stretch of a document that many otherwise unrelated documents carry word for word.
struct RepeatedRun: Sendable, Hashable {
    /// The stretch, from its first word to its last (closing punctuation included).
    var span: Span
    /// How many documents carry its most widely carried word sequence.
    var carriers: Int
    /// Whether it shares few words with the rest of its document (a teaser of another story).
    var offTopic: Bool

    /// The reason shown to readers.
    var reason: String { offTopic ? "off-topic text carried by \(carriers) documents" : "text carried by \(carriers) documents" }
}

/// Finds text a site's template stamps on many pages: teasers of other stories, navigation,
/// share and comment widgets, ticker lines, transcript notices.
///
/// Scraped pages often have no line breaks, so lines cannot be compared. Instead every run of
/// `gram` consecutive words is counted across the corpus (documents, not occurrences). A word
/// sequence is template text in a document when it is carried by at least `minimumCarriers`
/// documents *and* by far more documents than the document's own text usually is: a wire
/// story printed by forty outlets has every sequence carried forty times, so its sentences are
/// shared reporting, while a teaser carried by fifty-eight pages whose articles are each
/// carried once is furniture. Quoted words never count (many reports carry the same quote).
enum RepeatedText {
    /// Words per counted sequence: long enough that ordinary phrases ("said in a statement
    /// on") are not shared by chance, short enough to catch a one-line teaser.
    static let gram = 8
    /// Shortest run reported, in words.
    static let minimumWords = 10
    /// Runs separated by at most this many words (a changing time stamp) are one run.
    static let bridge = 3

    /// The carriers a sequence needs in a corpus of `n` documents when it is off the
    /// document's topic: 3, or 2 % of the corpus.
    static func minimumCarriers(_ n: Int) -> Int { max(3, n / 50) }
    /// The carriers that make a sequence template text whatever it is about: 3, or 4 %.
    static func certainCarriers(_ n: Int) -> Int { max(3, n / 25) }
    /// Below this share of its longer words found elsewhere in the document, a run is off topic.
    static let onTopicShare = 0.5

    /// The words of a document's body, with positions and quotation state.
    static func words(of document: Document) -> [PlacedWord] {
        let s = document.text.scalars
        var result: [PlacedWord] = []
        result.reserveCapacity(document.body.length / 6)
        var quoted = false
        var i = document.body.start
        let end = min(document.body.end, s.count)
        while i < end {
            let c = s[i]
            if c == "\u{201C}" { quoted = true } else if c == "\u{201D}" { quoted = false } else if c == "\"" { quoted.toggle() }
            if c == "\n" && i + 1 < end && s[i + 1] == "\n" { quoted = false }
            guard WordHashes.isWordScalar(c) else {
                i += 1
                continue
            }
            let start = i
            var hash = WordHashes.offsetBasis
            while i < end {
                let d = s[i]
                if WordHashes.isWordScalar(d) {
                    hash = (hash ^ UInt64(WordHashes.folded(d))) &* WordHashes.prime
                    i += 1
                } else if WordHashes.isJoiner(d), i + 1 < end, WordHashes.isWordScalar(s[i + 1]) {
                    hash = (hash ^ UInt64(d == "\u{2019}" ? 0x27 : d.value)) &* WordHashes.prime
                    i += 1
                } else {
                    break
                }
            }
            result.append(PlacedWord(hash: hash, start: start, end: i, quoted: quoted))
        }
        return result
    }

    /// Hashes of every `gram`-word sequence, by starting word.
    static func sequences(_ words: [PlacedWord]) -> [UInt64] {
        guard words.count >= gram else { return [] }
        return (0...(words.count - gram)).map { i in
            var h = UInt64(gram)
            for k in i..<(i + gram) { h = Mix.combine(h, words[k].hash) }
            return h
        }
    }

    /// Template runs of every document (indexes as in `documents`).
    static func find(_ documents: [Document]) -> [[RepeatedRun]] {
        let n = documents.count
        guard n >= 10 else { return Array(repeating: [], count: n) }
        let staged = Parallel.map(count: n, minimumCount: 128) { i -> ([PlacedWord], [UInt64]) in
            let w = words(of: documents[i])
            return (w, sequences(w))
        }
        var carriers: [UInt64: Int32] = [:]
        for (_, grams) in staged {
            for g in Set(grams) { carriers[g, default: 0] += 1 }
        }
        let counts = carriers
        let minimum = minimumCarriers(n), certain = certainCarriers(n)
        return Parallel.map(count: n, minimumCount: 128) { i in
            runs(words: staged[i].0, grams: staged[i].1, carriers: counts, minimum: minimum, certain: certain,
                 text: documents[i].text)
        }
    }

    /// The runs of one document, given how many documents carry each sequence.
    static func runs(words: [PlacedWord], grams: [UInt64], carriers: [UInt64: Int32], minimum: Int, certain: Int,
                     text: SourceText) -> [RepeatedRun] {
        guard !grams.isEmpty else { return [] }
        let counts = grams.map { Int(carriers[$0] ?? 1) }
        // How widely the document's own text is carried: the lower third of its sequences.
        let sorted = counts.sorted()
        let usual = sorted[sorted.count / 3]
        let needed = max(minimum, 2 * usual + 2)
        var covered = [Int](repeating: 0, count: words.count)
        for (k, c) in counts.enumerated() where c >= needed {
            for w in k..<(k + gram) { covered[w] = max(covered[w], c) }
        }
        var result: [RepeatedRun] = []
        var k = 0
        while k < words.count {
            guard covered[k] > 0 else {
                k += 1
                continue
            }
            var last = k, most = covered[k], j = k + 1
            // One run is one carried block: where the carrier count jumps (a teaser carried by
            // fifty pages, then a lead carried by six), a new run starts.
            let level = covered[k]
            while j < words.count {
                if covered[j] > 0, covered[j] * 2 < level || covered[j] > level * 2 {
                    break
                } else if covered[j] > 0 {
                    last = j
                    most = max(most, covered[j])
                    j += 1
                } else if j + bridge < words.count, (j...(j + bridge)).contains(where: { covered[$0] > 0 }) {
                    j += 1
                } else {
                    break
                }
            }
            let next = last + 1
            // Furniture starts and ends where text does (a capital, a stop): a run that starts
            // or ends inside a clause is a shared phrasing around varying words, a template
            // report rather than a page's template.
            var first = k
            while first <= last, !startsUnit(words, first, text) { first += 1 }
            while last >= first, !endsUnit(words, last, text) { last -= 1 }
            let length = last - first + 1
            if length >= minimumWords, (first...last).filter({ words[$0].quoted }).count * 2 < length {
                let offTopic = topicalShare(words, run: first...last) < onTopicShare
                if most >= max(certain, needed) || offTopic {
                    result.append(RepeatedRun(span: Span(words[first].start, closingEnd(text, words[last].end)), carriers: most,
                                              offTopic: offTopic))
                }
            }
            k = next
        }
        return result
    }

    /// Whether word `k` can open a stretch of furniture: a capital or a digit.
    static func startsUnit(_ words: [PlacedWord], _ k: Int, _ text: SourceText) -> Bool {
        let c = text.scalars[words[k].start]
        return c.properties.isUppercase || (c.value >= 0x30 && c.value <= 0x39)
    }

    /// Whether word `k` can close one: the text ends, a stop follows, or the next word has a
    /// capital (a number next is more likely a slot of a template report).
    static func endsUnit(_ words: [PlacedWord], _ k: Int, _ text: SourceText) -> Bool {
        guard k + 1 < words.count else { return true }
        let s = text.scalars
        var i = words[k].end
        while i < words[k + 1].start {
            if ".!?…:;|\u{201D}\"".unicodeScalars.contains(s[i]) { return true }
            i += 1
        }
        return s[words[k + 1].start].properties.isUppercase
    }

    /// The share of the run's longer words (five letters or more) that the document also uses
    /// outside it: low for a teaser of another story, high for a passage about the story.
    static func topicalShare(_ words: [PlacedWord], run: ClosedRange<Int>) -> Double {
        var inside = Set<UInt64>(), outside = Set<UInt64>()
        for (k, w) in words.enumerated() where w.end - w.start >= 5 {
            if run.contains(k) { inside.insert(w.hash) } else { outside.insert(w.hash) }
        }
        guard !inside.isEmpty else { return 1 }
        return Double(inside.filter(outside.contains).count) / Double(inside.count)
    }

    /// The end of a run, taken past the punctuation that closes its last word ("teen…", "it.").
    static func closingEnd(_ text: SourceText, _ end: Int) -> Int {
        let s = text.scalars
        var e = end
        while e < s.count, e - end < 3, ".!?…:)]\"\u{201D}'".unicodeScalars.contains(s[e]) { e += 1 }
        return e
    }
}
