/// Splits paragraphs into sentences, with rules made for news text.
///
/// A boundary is a `.`, `?`, `!` or ellipsis, optionally followed by closing quotes or
/// brackets, then whitespace and something that can start a sentence (an upper-case letter,
/// a digit or an opening quote). On top of that:
/// - titles ("Mr.", "Gen."), "vs." and initials inside names never end a sentence;
/// - "No.", "Jan." and the like end one only when no number follows ("No. 10", "Jan. 5");
/// - dotted acronyms ("U.S.", "a.m."), company suffixes ("Inc.") and state abbreviations
///   ("Calif.") end one only when a typical sentence opener follows ("… the U.S. The …");
/// - a list marker ("1.") at the start of a sentence is not a sentence;
/// - decimals, URLs and "U.S.-based" never split, having no whitespace after the period;
/// - a question or exclamation in quotes followed by "Name said" is one sentence;
/// - a straight quote standing alone after the period closes the quotation (`step. " He`).
/// A paragraph is never merged with the next, so a headline without final punctuation is a
/// sentence of its own. Multi-sentence quotations are split like any other text.
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

    /// Sentence spans of a string treated as one paragraph; offsets index its scalars.
    public static func split(_ string: String) -> [Span] {
        let scalars = Array(string.unicodeScalars)
        return split(scalars, in: Span(0, scalars.count))
    }

    /// Sentence spans inside `span`, trimmed, in order; never empty for a non-blank span.
    public static func split(_ s: [Unicode.Scalar], in span: Span) -> [Span] {
        var result: [Span] = []
        let end = min(span.end, s.count)
        var start = max(0, span.start)
        var i = start
        while i < end {
            let c = s[i]
            guard isTerminal(c) else {
                i += 1
                continue
            }
            // Run of terminal marks ("?!", "...") and closing quotes/brackets.
            var j = i + 1
            while j < end, isTerminal(s[j]) { j += 1 }
            let marks = j - i
            var closedQuote = false
            while j < end, isClosing(s[j]) {
                if isQuote(s[j]) { closedQuote = true }
                j += 1
            }
            guard j < end, isSpace(s[j]) else {
                i = j
                continue
            }
            var k = skipSpaces(s, from: j, end: end)
            // A straight quote standing alone after the period closes the quotation.
            if k < end, s[k] == "\"", k + 1 == end || isSpace(s[k + 1]) {
                j = k + 1
                k = skipSpaces(s, from: j, end: end)
                closedQuote = true
            }
            guard k < end else { break }
            guard canStartSentence(s, k, end) else {
                i = j
                continue
            }
            // Abbreviation rules apply to a lone period, also inside brackets ("(F.E.) Ltd").
            if c == ".", marks == 1, !closedQuote,
               !periodEndsSentence(s, at: i, lowerBound: start, nextStart: k, end: end) {
                i = j
                continue
            }
            if c != ".", closedQuote, isAttribution(s, from: k, end: end) {
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
        while a < b, isSpace(s[a]) { a += 1 }
        while b > a, isSpace(s[b - 1]) { b -= 1 }
        if a < b { result.append(Span(a, b)) }
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], from index: Int, end: Int) -> Int {
        var k = index
        while k < end, isSpace(s[k]) { k += 1 }
        return k
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { CharacterClass.isSpace(c) }

    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "?" || c == "!" || c == "\u{2026}" || c == "\u{203C}" || c == "\u{2047}"
            || c == "\u{2048}" || c == "\u{2049}"
    }

    /// Closing quotes and brackets, and Markdown emphasis marks (`*Really?* Yes.`).
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
            || c == "\u{203A}" || c == "*" || c == "_"
    }

    /// Opening quotes and brackets, the wire services' ``double backticks'' and Markdown
    /// emphasis asterisks (not underscores, which some wires use as a dash).
    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" || c == "(" || c == "[" || c == "\u{00AB}"
            || c == "\u{2039}" || c == "\u{201E}" || c == "`" || c == "*"
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}" || c == "\u{203A}"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { CharacterClass.isDigit(c) }

    static func canStartSentence(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        let c = s[k]
        if CharacterClass.isUpper(c) || isDigit(c) { return true }
        if isOpening(c) || c == "\u{2014}" || c == "\u{2013}" || c == "-" || c == "\u{2022}" {
            var m = k + 1
            while m < end, isOpening(s[m]) || isSpace(s[m]) { m += 1 }
            return m < end && (CharacterClass.isUpper(s[m]) || isDigit(s[m]))
        }
        return false
    }

    /// The word that starts at `k`, without opening quotes and brackets, and whether an opening
    /// quote (not a bracket) was skipped.
    static func word(at k: Int, in s: [Unicode.Scalar], end: Int) -> (text: String, quoted: Bool) {
        var a = k
        var quoted = false
        while a < end, isOpening(s[a]) {
            if s[a] != "(" && s[a] != "[" { quoted = true }
            a += 1
        }
        var b = a
        while b < end, CharacterClass.isLetter(s[b]) || isDigit(s[b]) || s[b] == "'" || s[b] == "\u{2019}" { b += 1 }
        return (String(String.UnicodeScalarView(s[a..<b])), quoted)
    }

    /// Whether the text at `k` reads like the start of a new sentence rather than the rest of a
    /// name ("U.S. The" vs "U.S. President").
    static func opensSentence(_ s: [Unicode.Scalar], at k: Int, end: Int) -> Bool {
        let next = word(at: k, in: s, end: end)
        if next.quoted { return true }
        return English.sentenceOpeners.contains(next.text.lowercased())
    }

    /// After "Inc." or "Co.": another suffix ("Co. Ltd"), a ticker in brackets or a short
    /// all-capitals title ("CEO") continues the name; anything else starts a new sentence.
    static func continuesCompanyName(_ s: [Unicode.Scalar], at k: Int, end: Int) -> Bool {
        if s[k] == "(" || s[k] == "<" { return true }
        let next = word(at: k, in: s, end: end)
        if next.quoted { return false }
        if English.Abbreviations.companySuffixes.contains(next.text.lowercased()) { return true }
        let letters = next.text.unicodeScalars
        return (2...5).contains(letters.count) && letters.allSatisfy { CharacterClass.isUpper($0) }
    }

    /// Decides whether the period at `i` closes a sentence, looking at the word it ends.
    static func periodEndsSentence(_ s: [Unicode.Scalar], at i: Int, lowerBound: Int, nextStart: Int, end: Int) -> Bool {
        var w = i
        while w > lowerBound, !isSpace(s[w - 1]), !isOpening(s[w - 1]) || s[w - 1] == "'" { w -= 1 }
        // Leading dashes, slashes and the like belong to no abbreviation ("—Mr.").
        while w < i, !(CharacterClass.isLetter(s[w]) || isDigit(s[w])) { w += 1 }
        // Only the last part of a compound is abbreviated ("D-Okla.", "New York-J.F.").
        if let joint = (w..<i).last(where: { s[$0] == "-" || s[$0] == "/" || s[$0] == "\u{2013}" }) { w = joint + 1 }
        let startsSentence = w == lowerBound || s[lowerBound..<w].allSatisfy { isOpening($0) || isSpace($0) }
        let word = String(String.UnicodeScalarView(s[w..<i]))
        if word.isEmpty { return true }
        let digitNext = isDigit(s[nextStart])
        let letters = word.unicodeScalars.filter { $0 != "." }
        // Dotted acronyms and initials: "U.S.", "a.m.", "Ph.D.", "F."
        let dotted = word.contains(".") && letters.count <= 5 && letters.allSatisfy { CharacterClass.isLetter($0) }
        let initial = letters.count == 1 && CharacterClass.isUpper(letters.first!) && !word.contains(".")
        if dotted || initial { return opensSentence(s, at: nextStart, end: end) }
        let lower = word.lowercased()
        if English.Abbreviations.titles.contains(lower) { return false }
        if English.Abbreviations.beforeNumbers.contains(lower) || English.monthAbbreviations.contains(lower) { return !digitNext }
        if English.Abbreviations.companySuffixes.contains(lower) { return !continuesCompanyName(s, at: nextStart, end: end) }
        if English.Abbreviations.ambiguous.contains(lower) || English.Abbreviations.states.contains(word) {
            return opensSentence(s, at: nextStart, end: end)
        }
        // A list marker ("1. The first…") opening a sentence.
        if startsSentence, letters.count <= 2, letters.allSatisfy(isDigit) { return false }
        return true
    }

    /// After `?”` or `!”`: does an attribution ("Walsh asked", "Prime Minister Kim said") follow?
    static func isAttribution(_ s: [Unicode.Scalar], from k: Int, end: Int) -> Bool {
        var position = k
        for index in 0..<6 {
            while position < end, s[position] == " " { position += 1 }
            let next = word(at: position, in: s, end: end)
            if next.text.isEmpty || next.quoted { return false }
            let lower = next.text.lowercased()
            if index > 0, English.speechVerbsAfterQuestions.contains(lower) { return true }
            // Only a name or a pronoun may stand between the quote and the verb.
            if !(next.text.unicodeScalars.first.map(CharacterClass.isUpper) ?? false) { return false }
            position += next.text.unicodeScalars.count
            // Allow the period of a title or initial inside the name ("Gen. Smith", "J. Doe").
            if position < end, s[position] == ".", next.text.unicodeScalars.count <= 4 { position += 1 }
            guard position < end, s[position] == " " else { return false }
        }
        return false
    }
}
