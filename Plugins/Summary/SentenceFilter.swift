import BriefingCore

/// Decides which sentences may stand alone in a summary.
///
/// A summary sentence is read without its article around it, so headlines, questions,
/// fragments (labels, teasers cut off with "…", split artefacts), link lines and quotations
/// with no attribution are left out; sentences that lean on what came before ("He said…",
/// "However, …") may stay but score lower.
enum SentenceFilter {
    /// Why a sentence cannot lead, or how much its standalone readability costs it.
    enum Verdict: Equatable, Sendable {
        /// Usable, with a score multiplier in 0…1 (1: reads well alone).
        case eligible(penalty: Float)
        /// Not usable as a summary sentence; still counts as content (may be cited, adds to IDF).
        case ineligible(Reason)
    }

    /// Reasons a sentence is left out of summaries.
    enum Reason: String, Sendable {
        case question, fragment, teaser, quoteOnly, midQuote, link, tooLong, shouting
    }

    /// Sentences longer than this many words are left out: they crowd the length budget.
    static let maximumWords = 70
    /// Sentences shorter than this many words are fragments.
    static let minimumWords = 6

    /// Judges the sentence at `span` with `wordCount` words.
    static func verdict(_ s: [Unicode.Scalar], _ span: Span, wordCount: Int) -> Verdict {
        guard span.length > 0 else { return .ineligible(.fragment) }
        if wordCount < minimumWords { return .ineligible(.fragment) }
        if wordCount > maximumWords { return .ineligible(.tooLong) }
        // The last mark before closing quotes and brackets.
        var e = span.end - 1
        while e > span.start, isClosing(s[e]) || s[e].properties.isWhitespace { e -= 1 }
        let last = s[e]
        if last == "?" { return .ineligible(.question) }
        if last == "\u{2026}" || (last == "." && e >= 2 && s[e - 1] == "." && s[e - 2] == ".") {
            return .ineligible(.teaser)
        }
        if last != "." && last != "!" { return .ineligible(.fragment) }
        let first = s[span.start]
        if first.properties.isLowercase { return .ineligible(.fragment) }
        if contains(s, span, "http") || contains(s, span, "www.") { return .ineligible(.link) }

        // Letters inside and outside quotation marks; a closing mark before any opening one
        // means the sentence starts inside a quotation begun in an earlier sentence.
        var inside = false, sawOpen = false, upper = 0, letters = 0
        var wordsOutside = 0, wordsTotal = 0, inWord = false
        for k in span.start..<span.end {
            let c = s[k]
            switch c {
            case "\u{201C}":
                inside = true
                sawOpen = true
            case "\u{201D}":
                if !sawOpen { return .ineligible(.midQuote) }
                inside = false
            case "\"":
                inside.toggle()
                sawOpen = true
            default:
                break
            }
            let isWord = WordScanner.isLetter(c) || WordScanner.isDigit(c)
            if isWord {
                letters += 1
                if c.properties.isUppercase { upper += 1 }
                if !inWord {
                    wordsTotal += 1
                    if !inside { wordsOutside += 1 }
                }
            }
            inWord = isWord || (inWord && WordScanner.isApostrophe(c))
        }
        if letters >= 20, upper * 2 > letters { return .ineligible(.shouting) }
        if sawOpen, wordsOutside < 5 || wordsOutside * 4 < wordsTotal { return .ineligible(.quoteOnly) }

        var penalty: Float = 1
        if leansOnContext(s, span) { penalty *= 0.8 }
        if inside { penalty *= 0.9 }  // a quotation left open: the rest is in the next sentence
        if wordCount > 45 { penalty *= 0.85 }
        return .eligible(penalty: penalty)
    }

    /// Words that, opening a sentence, point back at something the reader has not seen.
    static let contextOpeners: Set<UInt64> = Set("""
    he she it they this that these those his her its their him them we i but and or so yet however \
    meanwhile also still nonetheless nevertheless instead moreover furthermore besides then such both \
    while although though
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordScanner.hash(String($0)) })

    /// Whether the first word of the sentence is a pronoun or a connective.
    static func leansOnContext(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var first: UInt64?
        WordScanner.scan(s, Span(span.start, min(span.end, span.start + 24))) { word, _, _ in
            if first == nil { first = word.hash }
        }
        return first.map(contextOpeners.contains) ?? false
    }

    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    static func contains(_ s: [Unicode.Scalar], _ span: Span, _ needle: String) -> Bool {
        let n = Array(needle.unicodeScalars)
        guard span.length >= n.count else { return false }
        var k = span.start
        while k + n.count <= span.end {
            var match = true
            for m in 0..<n.count where s[k + m] != n[m] {
                match = false
                break
            }
            if match { return true }
            k += 1
        }
        return false
    }
}
