/// Gives each untitled document its own headline, never a teaser or a stamp of the page.
///
/// Scraped pages often run the headline into the article, preceded by teasers of other
/// stories that many pages carry. For a document without a `title` (front matter, JSON field
/// or headline line), in this order:
/// 1. its leading headline, when the opening words are in title case (common words written
///    with a capital, checked against the same words in lower case elsewhere in the document)
///    and no other unrelated documents open with the same words;
/// 2. else its first real sentence (four words or more, with lower-case words, not carried by
///    `minimumCarriers` documents of the corpus), cut to twelve words;
/// 3. else nothing: `displayTitle` falls back to the opening words.
enum HeadlineResolver {
    /// Words after which a title-case headline may go on in lower case.
    static let smallWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "with", "and", "or", "by", "from", "as", "vs", "over",
        "into", "after", "amid", "about", "is", "are", "be", "but", "up", "out", "off", "near", "than", "via",
    ]
    /// Words that introduce a date after a headline ("… Aired February 6, 2011").
    static let stampWords: Set<String> = ["aired", "posted", "updated", "published", "last"]
    /// Words a title made from a sentence keeps.
    static let titleWords = 12
    /// Sentences of a document looked at for its title.
    static let reach = 8

    /// Documents carrying a sentence that makes it another page's furniture, in a corpus of `n`.
    static func minimumCarriers(_ n: Int) -> Int? { n >= 10 ? 3 : nil }

    /// The documents, untitled ones given a title when one can be found.
    static func titled(_ documents: [Document]) -> [Document] {
        guard documents.contains(where: { $0.title == nil }) else { return documents }
        let minimum = minimumCarriers(documents.count)
        var carriers: [String: Int] = [:]
        if minimum != nil {
            for document in documents {
                var keys = Set<String>()
                for sentence in document.sentences.prefix(reach * 4) {
                    if let t = sentenceTitle(document, sentence.span) { keys.insert(key(t)) }
                }
                if let h = headline(document) { keys.insert(key(h)) }
                for k in keys { carriers[k, default: 0] += 1 }
            }
        }
        func shared(_ text: String) -> Bool {
            guard let minimum else { return false }
            return (carriers[key(text)] ?? 0) >= minimum
        }
        return documents.map { document in
            guard document.title == nil else { return document }
            var d = document
            if let h = headline(document), !shared(h) {
                d.derivedTitle = h
                d.derivedTitleIsHeadline = true
            } else if let (s, isHeadline) = firstRealSentence(document, shared: shared) {
                d.derivedTitle = s
                d.derivedTitleIsHeadline = isHeadline
            }
            return d
        }
    }

    /// Lower-cased words joined by spaces: equal for sentences that differ in punctuation only.
    static func key(_ text: String) -> String {
        Tokenizer.words(SourceText(text)).joined(separator: " ")
    }

    /// The title-case run opening the document's first sentence, when it is a headline.
    static func headline(_ document: Document, in sentence: Span? = nil) -> String? {
        guard let first = sentence ?? document.sentences.first?.span else { return nil }
        let text = document.text
        let tokens = Tokenizer.tokens(text, in: first)
        var lowerWords = Set<String>()
        for token in Tokenizer.tokens(text, in: document.body) where token.kind == .word {
            let w = text.slice(token.span)
            if let c = w.unicodeScalars.first, c.properties.isLowercase { lowerWords.insert(w) }
        }
        var end = 0, common = 0, lastCapital = -1
        var endedByLower = false
        for (k, token) in tokens.enumerated() {
            if token.kind == .number { break }
            if token.kind == .punctuation {
                end = k + 1
                continue
            }
            let w = text.slice(token.span)
            let lower = w.lowercased()
            if let c = w.unicodeScalars.first, c.properties.isUppercase {
                if k > 0, lowerWords.contains(lower), !smallWords.contains(lower) { common += 1 }
                if PageFurnitureWords.months.contains(lower) { break }
                lastCapital = k
            } else if smallWords.contains(lower) {
                // fine inside a headline
            } else {
                endedByLower = true
                break
            }
            end = k + 1
        }
        // The capitalised word before lower-case text opens the article's first sentence.
        if endedByLower, lastCapital >= 0 { end = lastCapital }
        var kept = Array(tokens.prefix(end))
        while let last = kept.last, last.kind == .punctuation || smallWords.contains(text.slice(last.span).lowercased())
                || stampWords.contains(text.slice(last.span).lowercased()) {
            kept.removeLast()
        }
        let wordCount = kept.filter { $0.kind == .word }.count
        guard wordCount >= 4, common >= 2, let a = kept.first, let b = kept.last, text.slice(a.span) != "By" else { return nil }
        let headline = text.slice(Span(a.span.start, b.span.end))
        // A line in capitals is a notice or a shout ("EDITOR'S NOTE: PICTURE TAKEN …"), not title case.
        guard headline.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return nil }
        return headline
    }

    /// The first sentence that reads as article text and no other page carries: its leading
    /// headline when it opens with one (after teasers, "Port Workers End Strike March 1, 2024 |
    /// By …"), else the sentence shortened to a title.
    static func firstRealSentence(_ document: Document, shared: (String) -> Bool) -> (String, Bool)? {
        for sentence in document.sentences {
            guard let title = sentenceTitle(document, sentence.span), !shared(title) else { continue }
            if let h = headline(document, in: sentence.span), !shared(h) { return (h, true) }
            return (title, false)
        }
        return nil
    }

    /// A sentence as a title: without a leading parenthesis ("(Update 6:20 a.m.)"), cut to
    /// twelve words; nil for what does not read as article text (a byline, a line of figures,
    /// fewer than four words, no lower-case word).
    static func sentenceTitle(_ document: Document, _ span: Span) -> String? {
        var tokens = Tokenizer.tokens(document.text, in: span)
        if let first = tokens.first, document.slice(first.span) == "(",
           let close = tokens.firstIndex(where: { document.slice($0.span) == ")" }) {
            tokens.removeFirst(close + 1)
        }
        // A dateline ("Cairo, Egypt (CNN) --", "LONDON (Reuters) -") opens the text, not the story.
        let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]
        if let close = tokens.prefix(10).firstIndex(where: { document.slice($0.span) == ")" }), close + 1 < tokens.count,
           dashes.contains(document.slice(tokens[close + 1].span)) {
            var k = close + 1
            while k < tokens.count, dashes.contains(document.slice(tokens[k].span)) { k += 1 }
            tokens.removeFirst(k)
        }
        let words = tokens.filter { $0.kind == .word }
        guard words.count >= 4, tokens.filter({ $0.kind == .number }).count * 3 < tokens.count,
              let first = tokens.first, let last = tokens.last, !["By", "From"].contains(document.slice(first.span)),
              !document.slice(span).contains("://") else { return nil }
        guard words.contains(where: { document.slice($0.span).unicodeScalars.first?.properties.isLowercase == true }) else { return nil }
        let parts = document.slice(Span(first.span.start, last.span.end)).split(whereSeparator: { $0 == " " || $0 == "\n" })
        let head = parts.prefix(titleWords).joined(separator: " ")
        return parts.count > titleWords ? head + "…" : head
    }
}

/// Month names for the headline rules (a headline stops where a date begins).
enum PageFurnitureWords {
    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
    ]
}
