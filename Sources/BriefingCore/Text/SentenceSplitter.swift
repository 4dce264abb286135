/// Splits paragraphs into sentences, with rules made for news text.
///
/// A boundary is a `.`, `?`, `!` or ellipsis, optionally followed by closing quotes or
/// brackets, then whitespace and something that can start a sentence (an upper-case letter,
/// a digit or an opening quote). Periods that end abbreviations ("Mr.", "Gen.", "Jan."),
/// initials ("F."), dotted acronyms ("U.S.") and decimals do not split. A paragraph is never
/// merged with the next, so a headline without final punctuation is a sentence of its own.
public enum SentenceSplitter {
    /// Sentences of every paragraph, numbered across the document.
    public static func sentences(of text: SourceText, paragraphs: [Paragraph]) -> [Sentence] {
        var result: [Sentence] = []
        for paragraph in paragraphs {
            for span in split(text.scalars, in: paragraph.span) {
                result.append(Sentence(index: result.count, span: span, paragraph: paragraph.index))
            }
        }
        return result
    }

    /// Sentence spans inside `span`, trimmed, in order; never empty for a non-blank span.
    public static func split(_ s: [Unicode.Scalar], in span: Span) -> [Span] {
        var result: [Span] = []
        var start = span.start
        var i = span.start
        let end = min(span.end, s.count)
        while i < end {
            let c = s[i]
            guard isTerminal(c) else {
                i += 1
                continue
            }
            // Run of terminal marks ("?!", "...") and closing quotes/brackets.
            var j = i + 1
            while j < end, isTerminal(s[j]) { j += 1 }
            while j < end, isClosing(s[j]) { j += 1 }
            guard j < end, s[j].properties.isWhitespace else {
                i = j
                continue
            }
            var k = j
            while k < end, s[k].properties.isWhitespace { k += 1 }
            guard k < end, canStartSentence(s, k, end) else {
                i = j
                continue
            }
            if c == ".", j == i + 1, !periodEndsSentence(s, at: i, lowerBound: start, nextStart: k, end: end) {
                i = j
                continue
            }
            append(Span(start, j), to: &result, s)
            start = k
            i = k
        }
        append(Span(start, end), to: &result, s)
        return result
    }

    private static func append(_ span: Span, to result: inout [Span], _ s: [Unicode.Scalar]) {
        var a = span.start
        var b = span.end
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        if a < b { result.append(Span(a, b)) }
    }

    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "?" || c == "!" || c == "\u{2026}"
    }

    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" || c == "(" || c == "[" || c == "\u{00AB}"
    }

    static func canStartSentence(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        let c = s[k]
        if c.properties.isUppercase || ("0"..."9").contains(c) { return true }
        if isOpening(c) || c == "\u{2014}" || c == "-" {
            var m = k + 1
            while m < end, isOpening(s[m]) || s[m].properties.isWhitespace { m += 1 }
            return m < end && (s[m].properties.isUppercase || ("0"..."9").contains(s[m]))
        }
        return false
    }

    /// Decides whether the period at `i` closes a sentence, looking at the word it ends.
    static func periodEndsSentence(_ s: [Unicode.Scalar], at i: Int, lowerBound: Int, nextStart: Int, end: Int) -> Bool {
        var w = i
        while w > lowerBound, !s[w - 1].properties.isWhitespace, !isOpening(s[w - 1]) || s[w - 1] == "'" {
            w -= 1
        }
        let word = String(String.UnicodeScalarView(s[w..<i]))
        if word.isEmpty { return true }
        // Initials and dotted acronyms: "F.", "U.S.", "a.m."
        let letters = word.unicodeScalars.filter { $0 != "." }
        if word.contains(".") && letters.count <= 4 && letters.allSatisfy({ $0.properties.isAlphabetic }) {
            return false
        }
        if letters.count == 1, letters.first!.properties.isUppercase { return false }
        let lower = word.lowercased()
        if Abbreviations.titles.contains(lower) { return false }
        if Abbreviations.beforeNumbers.contains(lower) {
            return !("0"..."9").contains(s[nextStart])
        }
        if Abbreviations.months.contains(lower) {
            return !("0"..."9").contains(s[nextStart])
        }
        if Abbreviations.other.contains(lower) {
            // "Inc." or "etc." can end a sentence; only a following capital after a company
            // suffix is ambiguous, and news style favours ending the sentence there.
            return true
        }
        return true
    }
}
