import BriefingCore

/// A stretch of a document that is not article text, and why: the sub-paragraph findings
/// (template text, bylines, time stamps) that `boilerplate[]` reports next to whole lines.
struct CruftRun: Sendable, Hashable {
    /// The stretch.
    var span: Span
    /// Why it is not article text.
    var reason: String
}

/// Finds page furniture by its shape inside run-together text, where no line break sets it
/// apart: a byline ("February 4, 2011 | By Jane Doe, NEWS"), a publication stamp ("Last
/// updated 10:23 GMT, Tuesday"), a ticker time stamp ("7:01 pm ET February 11, 2013").
///
/// The rules read shapes (capitalised name words after "By", months, clock times, am/pm and
/// zone abbreviations), never the names of sites or people.
enum PageFurniture {
    /// How far into the body a byline or publication stamp is looked for, in scalars.
    static let headReach = 400

    /// Month names and their abbreviations, lower case.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Day names, lower case.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]
    /// Words that open a publication stamp.
    static let stampOpeners: Set<String> = ["updated", "posted", "published"]

    /// The furniture of one document, leaving out what `avoiding` already covers.
    static func find(in document: Document, avoiding: [Span]) -> [CruftRun] {
        let text = document.text
        let tokens = Tokenizer.tokens(text, in: document.body)
        let words = tokens.map { text.slice($0.span) }
        var result: [CruftRun] = []
        var k = 0
        while k < tokens.count {
            let inHead = tokens[k].span.start - document.body.start < headReach
            var found: (end: Int, reason: String)?
            if inHead, let end = byline(words, tokens, from: k) {
                found = (end, "byline")
            } else if inHead, let end = stamp(words, from: k) {
                found = (end, "publication stamp")
            } else if let end = clockStamp(words, from: k) ?? commentStamp(words, from: k) {
                found = (end, "time stamp")
            }
            if let (end, reason) = found {
                let span = Span(tokens[k].span.start, tokens[end - 1].span.end)
                if !avoiding.contains(where: { $0.overlaps(span) }) { result.append(CruftRun(span: span, reason: reason)) }
                k = end
            } else {
                k += 1
            }
        }
        // Shouted sentences ("THIS IS A RUSH TRANSCRIPT.", a reader's comment in capitals).
        for sentence in document.sentences where !result.contains(where: { $0.span.overlaps(sentence.span) })
            && !avoiding.contains(where: { $0.overlaps(sentence.span) }) && isShouted(document, sentence.span) {
            result.append(CruftRun(span: sentence.span, reason: "line in capitals"))
        }
        return result.sorted { $0.span.start < $1.span.start }
    }

    /// Five words or more, every letter a capital, not a transcript's speaker label.
    static func isShouted(_ document: Document, _ span: Span) -> Bool {
        let text = document.text
        var words = 0
        for token in Tokenizer.tokens(text, in: span) where token.kind == .word {
            guard text.scalars[token.span.start..<token.span.end].allSatisfy({ !$0.properties.isLowercase }) else { return false }
            words += 1
        }
        return words >= 5 && text.scalars[span.end - 1] != ":"
    }

    /// "February 3, 2011 at 11:27 pm |" with the widget words after it ("Report abuse |"): a
    /// reader comment's stamp.
    static func commentStamp(_ w: [String], from k: Int) -> Int? {
        guard var i = date(w, from: k), i + 4 < w.count, w[i] == "at", isClock(w, i + 1) else { return nil }
        i += 4
        if i < w.count, ["am", "pm", "a.m", "p.m", "a.m.", "p.m."].contains(w[i].lowercased()) { i += 1 }
        guard i < w.count, w[i] == "|" else { return nil }
        i += 1
        // up to three words of widget, closed by another bar
        if let bar = (i..<min(w.count, i + 4)).first(where: { w[$0] == "|" }) { i = bar + 1 }
        return i
    }

    static func isCapitalised(_ w: String) -> Bool { w.first.map { $0.isUppercase } ?? false }
    static func isAllCaps(_ w: String) -> Bool { w.count >= 2 && w.allSatisfy { $0.isUppercase || $0 == "." } }

    /// An optional leading date and `|`, then "By" and two to four name words, then an optional
    /// comma and an all-capitals outlet: the end token index, or nil.
    static func byline(_ w: [String], _ tokens: [Token], from k: Int) -> Int? {
        var i = k
        if let afterDate = date(w, from: i) {
            i = afterDate
            if i < w.count, w[i] == "|" || w[i] == "-" || w[i] == "," { i += 1 }
            guard i < w.count, w[i] == "By" else { return nil }
        }
        guard i < w.count, w[i] == "By" else { return nil }
        i += 1
        var names = 0
        while i < w.count, names < 4, isCapitalised(w[i]) || (names > 0 && (w[i] == "." || w[i] == "-")) {
            if w[i] != "." && w[i] != "-" { names += 1 }
            i += 1
        }
        guard names >= 2 else { return nil }
        // "By Jane Doe and John Roe"
        if i + 2 < w.count, w[i] == "and", isCapitalised(w[i + 1]), isCapitalised(w[i + 2]) { i += 3 }
        if i + 1 < w.count, w[i] == ",", isAllCaps(w[i + 1]) {
            i += 2
            while i < w.count, isAllCaps(w[i]) { i += 1 }
        }
        return i
    }

    /// "Month D, YYYY" or "D Month YYYY": the token index after it.
    static func date(_ w: [String], from k: Int) -> Int? {
        guard k + 2 < w.count else { return nil }
        let isDay = { (s: String) in s.count <= 2 && Int(s).map { (1...31).contains($0) } == true }
        let isYear = { (s: String) in s.count == 4 && Int(s) != nil }
        if months.contains(w[k].lowercased()), isDay(w[k + 1]) {
            var i = k + 2
            if i < w.count, w[i] == "," { i += 1 }
            return i < w.count && isYear(w[i]) ? i + 1 : nil
        }
        if isDay(w[k]), months.contains(w[k + 1].lowercased()), isYear(w[k + 2]) { return k + 3 }
        return nil
    }

    /// "Last updated" / "Updated" / "Posted" followed by date and time words: the end index.
    static func stamp(_ w: [String], from k: Int) -> Int? {
        var i = k
        if i < w.count, w[i].lowercased() == "last" { i += 1 }
        guard i < w.count, stampOpeners.contains(w[i].lowercased()) else { return nil }
        if i == k, !isCapitalised(w[i]) { return nil }
        i += 1
        if i < w.count, w[i] == ":" || w[i].lowercased() == "on" || w[i].lowercased() == "at" { i += 1 }
        let start = i
        while i < w.count, i - start < 14, isStampWord(w[i]) { i += 1 }
        // At least a clock time or a date, not just "Updated" opening a sentence.
        let body = w[start..<i]
        guard body.contains(where: { months.contains($0.lowercased()) || $0.contains(":") || Int($0) != nil }) else { return nil }
        return i
    }

    /// "7:01 pm ET February 11, 2013": a clock time with am/pm and a zone, then a date.
    static func clockStamp(_ w: [String], from k: Int) -> Int? {
        guard k + 5 < w.count, isClock(w, k) else { return nil }
        var i = k + 3
        guard ["am", "pm", "a.m", "p.m"].contains(w[i].lowercased().trimmingSuffix(".")) else { return nil }
        i += 1
        if i < w.count, w[i] == "." { i += 1 }
        guard i < w.count, isAllCaps(w[i]), w[i].count <= 4 else { return nil }
        i += 1
        if i < w.count, w[i] == "," { i += 1 }
        return date(w, from: i)
    }

    /// "7", ":", "01" at `k`: a clock time as the tokenizer splits it.
    static func isClock(_ w: [String], _ k: Int) -> Bool {
        k + 2 < w.count && w[k + 1] == ":" && (1...2).contains(w[k].count) && w[k].allSatisfy(\.isNumber)
            && w[k + 2].count == 2 && w[k + 2].allSatisfy(\.isNumber)
    }

    /// A word of a stamp: digits, clock times, months, weekdays, am/pm, a zone, separators.
    static func isStampWord(_ s: String) -> Bool {
        let l = s.lowercased()
        if months.contains(l) || weekdays.contains(l) { return true }
        if ["am", "pm", "a.m", "p.m", "a.m.", "p.m.", ",", ":", "|", "-", "(", ")", "."].contains(l) { return true }
        if s.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) { return true }
        return isAllCaps(s) && s.count <= 4
    }
}

extension String {
    /// The string without one trailing `suffix`.
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
