import BriefingCore

/// Surface features of one paragraph that tell article text from page furniture.
///
/// Computed once per paragraph from its scalars; every boilerplate rule reads these instead of
/// the text, which keeps the rules general (length, truncation, punctuation, capitalisation)
/// rather than tied to particular phrases.
struct ParagraphShape: Sendable, Hashable {
    /// Word and number tokens.
    var words: Int
    /// Ends with `.`, `!` or `?` (before closing quotes or brackets), not an ellipsis.
    var endsSentence: Bool
    /// Ends with an ellipsis (`…` or `...`) that is not inside a closing quote: a cut-off teaser.
    var truncated: Bool
    /// Every letter is upper case (and there are at least two).
    var allCaps: Bool
    /// Contains a digit (dates, times, scores: metadata rather than labels).
    var hasDigits: Bool
    /// Words that start with a digit.
    var numbers: Int
    /// Laid out in columns: a tab, or two runs of several spaces inside one line.
    var tabular: Bool
    /// A row of a table or a line of figures rather than prose or furniture: tabular, or at
    /// least half of its words numbers. No boilerplate rule applies to it.
    var isData: Bool { tabular || (words > 0 && numbers * 2 >= words) }
    /// Wrapped in brackets or parentheses as a whole: `[Media not available]`.
    var bracketed: Bool
    /// Word hashes of a paragraph of at most 15 words, for the few general-vocabulary checks.
    var shortWords: [UInt64]
    /// Hash of the lower-cased words: equal for lines that differ only in punctuation/case.
    var key: UInt64

    /// Reads the shape of `span` in `text`, given the hashes of its words.
    init(_ text: SourceText, _ span: Span, words hashes: [UInt64]) {
        let s = text.scalars
        words = hashes.count
        key = hashes.reduce(UInt64(hashes.count)) { Mix.combine($0, $1) }
        shortWords = words <= 15 ? hashes : []
        var last = span.end - 1
        var closedByQuote = false
        while last > span.start, Self.isClosing(s[last]) {
            if s[last] != ")" && s[last] != "]" { closedByQuote = true }
            last -= 1
        }
        let final = last >= span.start ? s[last] : " "
        let ellipsis = final == "…" || (final == "." && last - 2 >= span.start && s[last - 1] == "." && s[last - 2] == ".")
        truncated = ellipsis && !closedByQuote
        endsSentence = !ellipsis && (final == "." || final == "!" || final == "?")
        var letters = 0, upper = 0, digits = 0, numberWords = 0, spaceRuns = 0, run = 0, tab = false
        var indentation = false
        for i in span.start..<span.end {
            let c = s[i]
            if c == "\t" { tab = true }
            if c == " " {
                if run == 0 { indentation = i == span.start || s[i - 1] == "\n" }
                run += 1
            } else {
                if run >= 2 && c != "\n" && !indentation { spaceRuns += 1 }
                run = 0
            }
            if c.value >= 0x30 && c.value <= 0x39 && (i == span.start || !WordHashes.isWordScalar(s[i - 1])) { numberWords += 1 }
            let v = c.value
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 { digits += 1 }
                if v >= 0x41 && v <= 0x5A { letters += 1; upper += 1 } else if v >= 0x61 && v <= 0x7A { letters += 1 }
            } else if CharacterClass.isLetter(s[i]) {
                letters += 1
                if CharacterClass.isUpper(s[i]) { upper += 1 }
            }
        }
        allCaps = letters >= 2 && upper == letters
        hasDigits = digits > 0
        numbers = numberWords
        tabular = tab || spaceRuns >= 2
        let first = span.length > 0 ? s[span.start] : " "
        let lastScalar = span.length > 0 ? s[span.end - 1] : " "
        bracketed = (first == "[" && lastScalar == "]") || (first == "(" && lastScalar == ")")
    }

    /// Closing quotes and brackets that may follow a sentence's final mark.
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }
}
