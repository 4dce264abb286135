/// Recognises a headline line: short, several words, no final sentence punctuation.
///
/// Scraped files often carry a standfirst above the headline or a one-word section label, so
/// the first few non-empty lines are candidates, and a one- or two-word line is a label, not a
/// headline. Lines that are links, bylines ("By Jane Doe"), dates ("August 19, 2025") or
/// datelines ending in a dash are not headlines either.
enum TitleDetector {
    /// The first title-like line among the first `candidates` non-empty lines after `from`.
    static func titleLine(in text: SourceText, from: Int, candidates: Int) -> Span? {
        var seen = 0
        for line in text.lineSpans() where line.end > from {
            let span = text.trimmed(Span(max(line.start, from), line.end))
            if span.isEmpty { continue }
            if isTitle(text, span) { return span }
            seen += 1
            if seen >= candidates { return nil }
        }
        return nil
    }

    static func isTitle(_ text: SourceText, _ span: Span) -> Bool {
        guard span.length <= 160 else { return false }
        let line = text.slice(span)
        // Links, bylines and datelines are not headlines.
        if line.contains("://") || line.hasPrefix("www.") { return false }
        let tokens = Tokenizer.tokens(text, in: span).filter { $0.kind != .punctuation }
        guard (3...25).contains(tokens.count) else { return false }
        guard tokens.filter({ $0.kind == .word }).count >= 2 else { return false }
        if line.hasPrefix("By "), tokens.count <= 6 { return false }
        // A dateline ("NEW YORK, Aug 19 (Reuters) -") opens the story; it is not its headline.
        if let final = line.unicodeScalars.last, final == "-" || final == "\u{2013}" || final == "\u{2014}" { return false }
        var last = span.end - 1
        while last > span.start, SentenceSplitter.isClosing(text.scalars[last]) { last -= 1 }
        let final = text.scalars[last]
        return !(SentenceSplitter.isTerminal(final) || final == "," || final == ";" || final == ":")
    }
}
