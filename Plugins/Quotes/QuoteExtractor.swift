import BriefingCore

/// A quotation found in the text before anyone asks who said it.
struct QuotedSpan: Sendable, Hashable {
    /// The words between the marks, without the marks.
    var interior: Span
    /// The opening mark (one or two scalars).
    var open: Span
    /// The closing mark, nil when the quotation is never closed in its paragraph.
    var close: Span?
    /// Index of the paragraph in the document.
    var paragraph: Int
    /// True when this paragraph continues a quotation left open in the previous paragraph.
    var continuesPrevious: Bool = false
    /// True when the quotation stays open at the end of its paragraph and the next paragraph
    /// opens with a quote mark (news style for quotes running over several paragraphs).
    var continuesInNext: Bool = false
}

/// Finds quotations in paragraphs: curly, straight and doubled-apostrophe marks, single marks
/// at the top level, nested quotes kept inside their parent, unclosed quotes ended at the
/// paragraph, multi-paragraph quotes linked.
///
/// It works on one paragraph at a time so that a stray or unclosed mark can never swallow the
/// rest of an article.
enum QuoteExtractor {
    private enum Style { case curly, straight, doubled, single }

    /// Quotations of a document's paragraphs (headlines too), in text order.
    static func quotes(in document: Document) -> [QuotedSpan] {
        var nicknames: [Span] = []
        return quotes(in: document, nicknames: &nicknames)
    }

    /// Quotations of a document's paragraphs, and the nicknames in quote marks inside names
    /// (`Earvin "Magic" Johnson`, marks included), which are part of a name, not quotations.
    static func quotes(in document: Document, nicknames: inout [Span]) -> [QuotedSpan] {
        let s = document.text.scalars
        var result: [QuotedSpan] = []
        var openAtEnd = false
        for paragraph in document.paragraphs {
            // Headlines capitalise every word, so a title-case quote between two words is no nickname there.
            var found = quotes(in: s, span: paragraph.span, paragraph: paragraph.index,
                               nicknames: &nicknames, findNicknames: paragraph.kind != .heading)
            if openAtEnd, let first = found.first, first.open.start == paragraph.span.start {
                found[0].continuesPrevious = true
                if let last = result.indices.last { result[last].continuesInNext = true }
            }
            openAtEnd = found.last.map { $0.close == nil } ?? false
            result += found
        }
        return result
    }

    /// Quotations inside one paragraph span.
    static func quotes(in s: [Unicode.Scalar], span: Span, paragraph: Int) -> [QuotedSpan] {
        var nicknames: [Span] = []
        return quotes(in: s, span: span, paragraph: paragraph, nicknames: &nicknames)
    }

    /// Quotations inside one paragraph span; nicknames inside names (in double marks: single
    /// marks between title-case words are headline quotes) are added to `nicknames`.
    static func quotes(
        in s: [Unicode.Scalar], span: Span, paragraph: Int, nicknames: inout [Span], findNicknames: Bool = true
    ) -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        let end = min(span.end, s.count)
        var i = max(0, span.start)
        while i < end {
            // A value in markup (`<tweet author="…">`) is not speech: skip it whole.
            if s[i] == QuoteMarks.straight, i > span.start, s[i - 1] == "=" {
                var j = i + 1
                while j < end, s[j] != QuoteMarks.straight { j += 1 }
                i = j + 1
                continue
            }
            guard let (style, markLength) = opening(s, at: i, start: span.start, end: end) else {
                i += 1
                continue
            }
            let interiorStart = i + markLength
            let closing = close(s, style: style, from: interiorStart, end: end)
            let interiorEnd: Int
            let closeSpan: Span?
            if let closing {
                interiorEnd = closing.start
                closeSpan = closing
            } else {
                var e = end
                while e > interiorStart, CharacterClass.isSpace(s[e - 1]) { e -= 1 }
                interiorEnd = e
                closeSpan = nil
            }
            let interior = Span(interiorStart, interiorEnd)
            if findNicknames, let closeSpan, style != .single, isNickname(s, open: Span(i, interiorStart), interior: interior, close: closeSpan, within: span) {
                nicknames.append(Span(i, closeSpan.end))
            } else if hasLetters(s, interior) {
                result.append(QuotedSpan(interior: interior, open: Span(i, interiorStart), close: closeSpan, paragraph: paragraph))
            }
            i = closeSpan?.end ?? end
        }
        return result
    }

    private static func opening(_ s: [Unicode.Scalar], at i: Int, start: Int, end: Int) -> (Style, Int)? {
        let c = s[i]
        let previous: Unicode.Scalar? = i > start ? s[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < end ? s[i + 1] : nil
        switch c {
        case QuoteMarks.leftDouble:
            return (.curly, 1)
        case QuoteMarks.rightDouble:
            // Some texts open with a right mark: only where nothing but a clause start precedes it.
            if i == start { return (.curly, 1) }  // a paragraph opening with a right mark continues a quote
            return QuoteMarks.opensAfter(previous) && QuoteMarks.isWordish(next) ? (.curly, 1) : nil
        case QuoteMarks.straight:
            guard QuoteMarks.opensAfter(previous), let next, !CharacterClass.isSpace(next) else { return nil }
            return (.straight, 1)
        case QuoteMarks.apostrophe:
            guard next == QuoteMarks.apostrophe, QuoteMarks.opensAfter(previous), i + 2 < end,
                  !CharacterClass.isSpace(s[i + 2]) else { return nil }
            return (.doubled, 2)
        case QuoteMarks.leftSingle:
            return QuoteMarks.opensAfter(previous) && QuoteMarks.isWordish(next) ? (.single, 1) : nil
        default:
            return nil
        }
    }

    private static func close(_ s: [Unicode.Scalar], style: Style, from: Int, end: Int) -> Span? {
        var j = from
        switch style {
        case .curly:
            var depth = 0
            var straightOpen = false
            while j < end {
                let c = s[j]
                let previous: Unicode.Scalar? = j > from ? s[j - 1] : nil
                if c == QuoteMarks.leftDouble {
                    depth += 1
                } else if c == QuoteMarks.rightDouble {
                    if depth > 0 { depth -= 1 } else { return Span(j, j + 1) }
                } else if c == QuoteMarks.straight {
                    if straightOpen {
                        straightOpen = false
                    } else if QuoteMarks.opensAfter(previous), j + 1 < end, QuoteMarks.isWordish(s[j + 1]) {
                        straightOpen = true
                    } else if depth == 0 {
                        return Span(j, j + 1)  // mixed marks: “… "
                    }
                }
                j += 1
            }
        case .straight:
            while j < end {
                if s[j] == QuoteMarks.straight { return Span(j, j + 1) }
                if s[j] == QuoteMarks.rightDouble, j > from, !CharacterClass.isSpace(s[j - 1]),
                   j + 1 >= end || !QuoteMarks.isWordish(s[j + 1]) {
                    return Span(j, j + 1)  // mixed marks: "… ”
                }
                j += 1
            }
        case .doubled:
            while j + 1 < end {
                if s[j] == QuoteMarks.apostrophe, s[j + 1] == QuoteMarks.apostrophe { return Span(j, j + 2) }
                j += 1
            }
        case .single:
            while j < end {
                if s[j] == QuoteMarks.rightSingle, j > from, !CharacterClass.isSpace(s[j - 1]),
                   j + 1 >= end || !QuoteMarks.isWordish(s[j + 1]) {
                    return Span(j, j + 1)
                }
                j += 1
            }
        }
        return nil
    }

    /// A nickname between a given name and a surname: one to three capitalised words in marks,
    /// with a capitalised word right before and right after (`Marcia "Cia" Price`,
    /// `Joaquín “El Chapo” Guzmán`). Reported speech is never wedged between two names like this.
    static func isNickname(_ s: [Unicode.Scalar], open: Span, interior: Span, close: Span, within span: Span) -> Bool {
        guard interior.length >= 2, interior.length <= 30,
              open.start - 2 >= span.start, close.end + 1 < span.end,
              s[open.start - 1] == " ", s[close.end] == " " else { return false }
        // The words inside: capitalised, letters, hyphens and apostrophes only.
        var words = 0
        var atWordStart = true
        for k in interior.start..<interior.end {
            let c = s[k]
            if c == " " {
                atWordStart = true
                continue
            }
            if atWordStart {
                guard CharacterClass.isUpper(c) else { return false }
                words += 1
                atWordStart = false
            } else if !(CharacterClass.isLetter(c) || c == "-" || c == QuoteMarks.apostrophe || c == QuoteMarks.rightSingle) {
                return false
            }
        }
        guard (1...3).contains(words) else { return false }
        // A capitalised name word or an initial before (not a sentence end) and after:
        // `Marcia "Cia" Price`, `Robert C. "Bobby" Scott`.
        let before = s[open.start - 2]
        if before == ".", open.start - 4 >= span.start, CharacterClass.isUpper(s[open.start - 3]),
           open.start - 4 < span.start || s[open.start - 4] == " " {
            // an initial
        } else {
            guard CharacterClass.isLetter(before) else { return false }
            var b = open.start - 2
            while b > span.start, CharacterClass.isLetter(s[b - 1]) { b -= 1 }
            guard CharacterClass.isUpper(s[b]), open.start - 1 - b >= 2 else { return false }
        }
        let after = s[close.end + 1]
        var e = close.end + 1
        while e < span.end, CharacterClass.isLetter(s[e]) { e += 1 }
        return CharacterClass.isUpper(after) && e - (close.end + 1) >= 2
    }

    private static func hasLetters(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var i = span.start
        while i < span.end {
            if QuoteMarks.isWordish(s[i]) { return true }
            i += 1
        }
        return false
    }
}
