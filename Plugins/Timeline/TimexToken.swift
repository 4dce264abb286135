import BriefingCore

/// A token as the temporal tagger sees it: a word, a number or a punctuation mark, with its
/// scalar span in the original text.
///
/// The tagger's patterns are written over these tokens rather than over characters, so a
/// hyphenated compound ("three-and-a-half-year") is a run of glued tokens and offsets stay
/// exact for the TIMEX3 extents.
struct TimexToken: Sendable {
    /// What kind of token it is.
    enum Kind: Sendable { case word, number, punct }

    /// First scalar.
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// Kind of token.
    var kind: Kind
    /// Lower-cased text; for numbers the digits as written (with `,` `.` `:` `/` inside).
    var lower: String
    /// Whether the first letter is upper case (proper-noun use of "May", "March", weekdays).
    var capitalized: Bool
    /// Whether no whitespace separates this token from the previous one ("40" "-" "minute").
    var glued: Bool
    /// For plain integers (no separators), the value.
    var int: Int?
    /// Letters glued to the end of a number ("1990s" → "s", "20th" → "th").
    var suffix: String
    /// Whether a word is written in capitals throughout ("WASHINGTON").
    var allCaps = false
}

/// Splits text into `TimexToken`s in one pass over the scalars.
enum TimexTokenizer {
    /// Tokens of `scalars[range]`.
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [TimexToken] {
        var out: [TimexToken] = []
        out.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        let end = range.upperBound
        var sawSpace = true
        while i < end {
            let c = scalars[i]
            if isSpace(c) { sawSpace = true; i += 1; continue }
            let glued = !sawSpace
            sawSpace = false
            if isLetter(c) {
                var j = i + 1
                while j < end, isLetter(scalars[j]) { j += 1 }
                // "a.m." / "p.m." / "U.S." style: letter-period-letter-period
                if j - i == 1, j + 2 < end, scalars[j] == ".", isLetter(scalars[j + 1]), scalars[j + 2] == "." {
                    j += 3
                }
                out.append(word(scalars, i, j, glued: glued))
                i = j
            } else if isDigit(c) {
                var j = i + 1
                var plain = true
                while j < end {
                    let d = scalars[j]
                    if isDigit(d) { j += 1; continue }
                    if (d == "," || d == "." || d == ":" || d == "/"), j + 1 < end, isDigit(scalars[j + 1]) {
                        plain = false
                        j += 2
                        continue
                    }
                    break
                }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[i..<j])
                let digits = String(text)
                var k = j
                while k < end, isLetter(scalars[k]), k - j < 3 { k += 1 }
                var suffix = ""
                if k > j, k == end || !isLetter(scalars[k]) {
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: scalars[j..<k])
                    suffix = String(s).lowercased()
                    if ["s", "st", "nd", "rd", "th", "am", "pm"].contains(suffix) { j = k } else { suffix = "" }
                }
                out.append(TimexToken(start: i, end: j, kind: .number, lower: digits, capitalized: false, glued: glued,
                                      int: plain && digits.count <= 9 ? Int(digits) : nil, suffix: suffix))
                i = j
            } else {
                // Apostrophes before letters ("'s", "’s") and decade ticks ("'80s") stay one token.
                if (c == "'" || c == "’"), i + 1 < end {
                    let n = scalars[i + 1]
                    if isLetter(n) {
                        var j = i + 2
                        while j < end, isLetter(scalars[j]) { j += 1 }
                        var t = word(scalars, i, j, glued: glued)
                        t.lower = "'" + t.lower.dropFirst()
                        out.append(t)
                        i = j
                        continue
                    }
                }
                var s = String.UnicodeScalarView()
                s.append(normalizedPunct(c))
                out.append(TimexToken(start: i, end: i + 1, kind: .punct, lower: String(s), capitalized: false,
                                      glued: glued, int: nil, suffix: ""))
                i += 1
            }
        }
        return out
    }

    private static func word(_ scalars: [Unicode.Scalar], _ i: Int, _ j: Int, glued: Bool) -> TimexToken {
        // ASCII words (nearly all of them) are lower-cased while copying, without Foundation
        var ascii = true
        var upper = 0
        var view = String.UnicodeScalarView()
        for k in i..<j {
            let v = scalars[k].value
            if v >= 65 && v <= 90 {
                upper += 1
                view.append(Unicode.Scalar(v + 32)!)
            } else {
                if v > 127 { ascii = false }
                view.append(scalars[k])
            }
        }
        let first = scalars[i]
        if !ascii {
            var original = String.UnicodeScalarView()
            original.append(contentsOf: scalars[i..<j])
            let text = String(original)
            let capitalized = CharacterClass.isUpper(first)
            return TimexToken(start: i, end: j, kind: .word, lower: text.lowercased(), capitalized: capitalized, glued: glued, int: nil,
                              suffix: "", allCaps: capitalized && j - i > 1 && text == text.uppercased())
        }
        let letters = (i..<j).reduce(0) { $0 + (isLetter(scalars[$1]) ? 1 : 0) }
        let capitalized = first.value >= 65 && first.value <= 90
        return TimexToken(start: i, end: j, kind: .word, lower: String(view), capitalized: capitalized, glued: glued, int: nil,
                          suffix: "", allCaps: capitalized && j - i > 1 && upper == letters)
    }

    private static func normalizedPunct(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": return "-"
        case "\u{2019}", "\u{2018}": return "'"
        default: return c
        }
    }

    /// White space between tokens; the tagger has always read a vertical tab or a form feed as
    /// punctuation, and keeps doing so.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c != "\u{0B}" && c != "\u{0C}" && CharacterClass.isSpace(c)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { CharacterClass.isDigit(c) }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool { CharacterClass.isLetter(c) }
}
