/// Splits text into word, number and punctuation tokens with scalar offsets.
///
/// Hand-written rather than regex-based because it runs over every sentence of large corpora
/// and must keep offsets exact. Inner apostrophes and hyphens stay inside words ("don't",
/// "state-run", "COVID-19"), dotted acronyms are one word ("U.S.", "a.m."), inner separators
/// stay inside numbers ("3.5", "1,000") and solid suffixes with them ("5th", "1980s").
public enum Tokenizer {
    /// Tokens of `text` inside `span` (the whole text when `span` is nil).
    public static func tokens(_ text: SourceText, in span: Span? = nil) -> [Token] {
        tokens(text.scalars, in: span ?? Span(0, text.count))
    }

    /// Tokens of a scalar array inside `span`.
    public static func tokens(_ scalars: [Unicode.Scalar], in span: Span) -> [Token] {
        var result: [Token] = []
        var i = max(0, span.start)
        let end = min(span.end, scalars.count)
        while i < end {
            let c = scalars[i]
            if CharacterClass.isSpace(c) {
                i += 1
                continue
            }
            let start = i
            if isLetter(c), let acronymEnd = dottedAcronymEnd(scalars, from: i, end: end) {
                i = acronymEnd
                result.append(Token(span: Span(start, i), kind: .word))
            } else if isLetter(c) {
                i += 1
                while i < end {
                    let d = scalars[i]
                    if isLetter(d) || isDigit(d) || CharacterClass.isDiacritic(d) {
                        i += 1
                    } else if isJoiner(d), i + 1 < end,
                              isLetter(scalars[i + 1]) || (isHyphen(d) && isDigit(scalars[i + 1])) {
                        i += 2
                    } else {
                        break
                    }
                }
                result.append(Token(span: Span(start, i), kind: .word))
            } else if isDigit(c) {
                i += 1
                while i < end {
                    let d = scalars[i]
                    if isDigit(d) {
                        i += 1
                    } else if d == "." || d == ",", i + 1 < end, isDigit(scalars[i + 1]) {
                        i += 2
                    } else {
                        break
                    }
                }
                // Ordinals, decades and units written solid stay one token: "5th", "1980s", "10km".
                while i < end, isLetter(scalars[i]) || isDigit(scalars[i]) { i += 1 }
                result.append(Token(span: Span(start, i), kind: .number))
            } else {
                i += 1
                result.append(Token(span: Span(start, i), kind: .punctuation))
            }
        }
        return result
    }

    /// Lower-cased word and number strings of a span: the usual input to similarity measures.
    public static func words(_ text: SourceText, in span: Span? = nil) -> [String] {
        tokens(text, in: span).compactMap { token in
            token.kind == .punctuation ? nil : normalized(text.slice(token.span))
        }
    }

    /// Folds case and typographic apostrophes so that "Don’t" and "don't" compare equal.
    public static func normalized(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// End of a dotted acronym starting at `i` ("U.S.", "a.m.", "Ph.D."): two or more groups of
    /// one or two letters, each followed by a period; nil when there is none.
    static func dottedAcronymEnd(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int? {
        var m = i
        var groups = 0
        while m < end {
            var n = m
            while n < end, n - m < 3, isLetter(s[n]) { n += 1 }
            guard n > m, n - m <= 2, n < end, s[n] == "." else { break }
            groups += 1
            m = n + 1
        }
        guard groups >= 2, m >= end || !(isLetter(s[m]) || isDigit(s[m])) else { return nil }
        return m
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { CharacterClass.isLetter(c) }
    static func isHyphen(_ c: Unicode.Scalar) -> Bool { CharacterClass.isHyphen(c) }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { CharacterClass.isDigit(c) }
    static func isJoiner(_ c: Unicode.Scalar) -> Bool { CharacterClass.isApostrophe(c) || CharacterClass.isHyphen(c) }
}
