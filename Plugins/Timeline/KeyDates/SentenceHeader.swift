import BriefingCore

/// Where a scraped sentence's own words start.
///
/// Pages scraped without paragraph breaks glue the page furniture to the first sentence: a
/// headline, a timestamp ("Tue Apr 28, 2009 12:49 am BST"), a dateline ("MEXICO CITY (Reuters)
/// -"). A summary sentence starts after them: after a dated expression with its year that is
/// followed by a clock time (a timestamp, never prose), then after a dateline, a short run of
/// capitals or a parenthesised agency closed by a dash.
enum SentenceHeader {
    /// The first scalar of the sentence's content (`sentence.start` when it has no header).
    static func contentStart(_ scalars: [Unicode.Scalar], sentence: Span, timexes: [Timex]) -> Int {
        var cut = sentence.start
        for t in timexes where t.span.start >= sentence.start && t.span.end <= sentence.end {
            guard t.type == .date || t.type == .time, hasYear(t.text) else { continue }
            if let after = clockEnd(scalars, from: t.span.end, limit: sentence.end) { cut = max(cut, after) }
        }
        if let after = datelineEnd(scalars, from: cut, limit: sentence.end) { cut = after }
        return cut < sentence.end ? cut : sentence.start
    }

    /// Whether the expression spells out a year (four digits).
    static func hasYear(_ text: String) -> Bool {
        var run = 0
        for c in text.unicodeScalars {
            run = c.value >= 48 && c.value <= 57 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// After `from`: spaces, a clock time ("12:49", "16.35") with an optional am/pm and an
    /// optional zone in capitals ("BST", "EDT"), and spaces; the position after them, or nil
    /// when no clock time follows.
    static func clockEnd(_ s: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
        var i = skipSpaces(s, from, limit)
        let digitsStart = i
        while i < limit, isDigit(s[i]) { i += 1 }
        guard i - digitsStart >= 1, i - digitsStart <= 2, i < limit, s[i] == ":" || s[i] == "." else { return nil }
        i += 1
        let minutes = i
        while i < limit, isDigit(s[i]) { i += 1 }
        guard i - minutes == 2 else { return nil }
        i = skipSpaces(s, i, limit)
        for mark in ["am", "pm", "a.m.", "p.m."] {
            let m = Array(mark.unicodeScalars)
            if i + m.count <= limit, zip(s[i..<(i + m.count)], m).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
                i = skipSpaces(s, i + m.count, limit)
                break
            }
        }
        var j = i
        while j < limit, s[j].properties.isUppercase { j += 1 }
        if j - i >= 2, j - i <= 5, j == limit || s[j] == " " { i = skipSpaces(s, j, limit) }
        return i
    }

    /// A dateline from `from`: within the first eight words, a dash standing alone (" - ",
    /// " -- ", " – ", " — ") after words in capitals or a parenthesised name; the position after
    /// the dash and its spaces.
    static func datelineEnd(_ s: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
        var i = from
        var words = 0
        var capitals = false
        var parenthesis = false
        var wordStart = i
        while i < limit, words <= 8 {
            let c = s[i]
            if c == " " {
                let w = s[wordStart..<i]
                let letters = w.filter { $0.properties.isAlphabetic }
                if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { capitals = true }
                if w.first == "(", w.last == ")" { parenthesis = true }
                words += 1
                // the dash stands alone between spaces
                var k = i + 1
                var dashes = 0
                while k < limit, s[k] == "-" || s[k] == "–" || s[k] == "—" { k += 1; dashes += 1 }
                if dashes >= 1, dashes <= 2, k < limit, s[k] == " ", capitals || parenthesis, words >= 1 {
                    return skipSpaces(s, k, limit)
                }
                wordStart = i + 1
            }
            i += 1
        }
        return nil
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ from: Int, _ limit: Int) -> Int {
        var i = from
        while i < limit, s[i] == " " || s[i] == "\u{A0}" { i += 1 }
        return i
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
}
