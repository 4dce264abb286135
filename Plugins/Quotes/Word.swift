import BriefingCore

/// A token of a paragraph as attribution sees it: words keep dotted abbreviations ("U.S.",
/// "Mr.") whole, and each token knows whether it lies inside a quotation.
struct Word: Sendable, Hashable {
    /// What kind of token.
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    /// Where it is.
    var span: Span
    /// The text as written.
    var text: String
    /// Lower-cased, typographic apostrophes folded, trailing period of an abbreviation dropped.
    var lower: String
    /// Word, number or punctuation.
    var kind: Kind
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// Inside a quotation (marks included).
    var quoted: Bool = false
    /// Index of the sentence (document-wide) holding it.
    var sentence: Int = 0
    /// Capitalised only because it opens a sentence: the document uses it in lower case too.
    var common: Bool = false
    /// Ends in a possessive ('s, s').
    var possessive: Bool = false

    /// True for a punctuation token equal to `c`.
    func isPunct(_ c: String) -> Bool { kind == .punctuation && text == c }

    /// The word without a possessive ending, and whether it had one.
    var withoutPossessive: (String, Bool) {
        for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) {
            return (String(text.dropLast(2)), true)
        }
        if text.hasSuffix("s'") || text.hasSuffix("s\u{2019}") { return (String(text.dropLast()), true) }
        return (text, false)
    }
}

/// Splits a span into `Word`s.
enum WordScanner {
    /// Words of `span`, in order.
    static func words(_ s: [Unicode.Scalar], in span: Span) -> [Word] {
        var result: [Word] = []
        var i = max(0, span.start)
        let end = min(span.end, s.count)
        while i < end {
            let c = s[i]
            if CharacterClass.isSpace(c) {
                i += 1
                continue
            }
            let start = i
            if CharacterClass.isLetter(c) {
                i += 1
                var segmentStart = start
                var dotted = false
                while i < end {
                    let d = s[i]
                    let nextIsLetter = i + 1 < end && CharacterClass.isLetter(s[i + 1])
                    if CharacterClass.isLetter(d) || CharacterClass.isDigit(d) || CharacterClass.isMark(d) {
                        i += 1
                    } else if d.value >= 0x80, d.value <= 0xBF, ["\u{C3}", "\u{C2}", "\u{303}", "\u{302}"].contains(s[i - 1]) {
                        // Mis-decoded UTF-8 ("FranÃ§ois" read as Latin-1, also decomposed: A + U+0303) stays one word.
                        i += 1
                    } else if d == ".", nextIsLetter, i - segmentStart == 1 {
                        dotted = true
                        segmentStart = i + 1
                        i += 2
                    } else if d == "'" || d == "\u{2019}" || d == "-" || d == "\u{2010}" || d == "\u{2011}", nextIsLetter {
                        i += 2
                    } else {
                        break
                    }
                }
                let lower = folded(s[start..<i])
                // Keep the period of abbreviations, initials and dotted acronyms: "Mr.", "J.", "U.S.".
                if i < end, s[i] == ".", dotted || isAbbreviation(lower) { i += 1 }
                let text = CharacterClass.string(s[start..<i])
                let first = s[start]
                var word = Word(span: Span(start, i), text: text, lower: lower, kind: .word, isCapitalized: CharacterClass.isUpper(first))
                let n = i - start
                if n >= 3 {
                    let last = s[i - 1], before = s[i - 2]
                    word.possessive = (last == "s" && (before == "'" || before == "\u{2019}"))
                        || ((last == "'" || last == "\u{2019}") && before == "s")
                }
                result.append(word)
            } else if CharacterClass.isDigit(c) {
                i += 1
                while i < end, CharacterClass.isDigit(s[i]) || ((s[i] == "." || s[i] == ",") && i + 1 < end && CharacterClass.isDigit(s[i + 1])) {
                    i += 1
                }
                let text = CharacterClass.string(s[start..<i])
                result.append(Word(span: Span(start, i), text: text, lower: text, kind: .number, isCapitalized: false))
            } else {
                i += 1
                // Keep the doubled apostrophe and runs of dashes as one mark.
                if c == "'", i < end, s[i] == "'" { i += 1 }
                let text = CharacterClass.string(s[start..<i])
                result.append(Word(span: Span(start, i), text: text, lower: text, kind: .punctuation, isCapitalized: false))
            }
        }
        return result
    }

    /// Lower-cased with typographic apostrophes folded and periods dropped; ASCII fast path.
    static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.value < 128 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count)
            for c in scalars where c != "." {
                bytes.append(c.value >= 65 && c.value <= 90 ? UInt8(c.value + 32) : UInt8(c.value))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        for c in scalars {
            if c == "." { continue }
            if c == "\u{2019}" {
                view.append("'")
            } else if c.value >= 65 && c.value <= 90 {
                view.append(Unicode.Scalar(c.value + 32)!)
            } else if c.value < 128 {
                view.append(c)
            } else {
                view.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(view)
    }

    private static func isAbbreviation(_ lower: String) -> Bool {
        if lower.count == 1 { return true }  // initials
        return English.Abbreviations.keptByWords.contains(lower)
    }

}
