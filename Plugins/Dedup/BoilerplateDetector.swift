import BriefingCore

/// A paragraph that is page furniture rather than article text, and why.
struct BoilerplateFinding: Sendable, Hashable {
    /// Index of the paragraph.
    var paragraph: Int
    /// Short reason shown to the reader: "section label", "truncated teaser"…
    var reason: String
}

/// Tells the cruft scrapers drag in (section labels, teasers of other stories, share and
/// subscribe prompts, "media not available" notices, lines every page of a site carries)
/// from article text.
///
/// The rules read general features only: length, position relative to the article's running
/// text, final punctuation, truncation, capitalisation, a small vocabulary of interface words
/// that any English news site uses, and, in corpora of ten or more documents, how many
/// documents carry the same line. Nothing depends on the wording of a particular corpus.
enum BoilerplateDetector {
    /// Words that open a call to action on a web page ("Follow us", "Share this", "Sign up").
    static let actionOpeners: Set<UInt64> = hashes([
        "follow", "share", "subscribe", "sign", "click", "tap", "download", "watch", "listen", "join",
        "register", "tweet", "advertisement", "advertising", "sponsored", "related", "recommended", "loading",
        "updated",
    ])
    /// Interface or notice words that, in a short line, mark it as furniture.
    static let noticeWords: Set<UInt64> = hashes([
        "newsletter", "newsletters", "subscribe", "subscription", "cookies", "cookie", "javascript",
        "unavailable", "transcript", "copyright", "advertisement", "sponsored", "caption",
        "getty", "shutterstock", "reprints", "permalink", "photo", "photos", "video", "videos",
    ])
    /// Word pairs with the same role ("not available", "rights reserved", "read more").
    static let noticePairs: Set<UInt64> = Set([
        ["not", "available"], ["rights", "reserved"], ["read", "more"], ["more", "stories"],
        ["image", "source"], ["media", "caption"], ["image", "caption"], ["sign", "up"],
        ["follow", "us"], ["share", "this"], ["you", "may"], ["also", "like"], ["most", "read"],
        ["last", "updated"], ["reporting", "by"], ["editing", "by"], ["writing", "by"], ["additional", "reporting"],
    ].map { pair(WordHashes.hash($0[0]), WordHashes.hash($0[1])) })

    static func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map(WordHashes.hash)) }
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { Mix.combine(a, b) }

    /// Findings for one document.
    /// - Parameters:
    ///   - repeats: the document's repeated paragraphs (a repeated headline is furniture too).
    ///   - sharedLines: for corpora of ten or more documents, how many documents carry each
    ///     short line (by `ParagraphShape.key`); nil otherwise.
    static func find(in document: Document, shapes: [ParagraphShape], repeats: [ParagraphRepeat],
                     sharedLines: [UInt64: Int]?, corpusSize: Int) -> [BoilerplateFinding] {
        let paragraphs = document.paragraphs
        guard !paragraphs.isEmpty else { return [] }
        // Running text: body sentences of some length that are not themselves a notice.
        let isContent = paragraphs.indices.map { i in
            shapes[i].words >= 8 && shapes[i].endsSentence && paragraphs[i].kind == .body
                && !shapes[i].shortWords.contains(where: noticeWords.contains)
        }
        let firstContent = isContent.firstIndex(of: true) ?? paragraphs.count
        let lastContent = isContent.lastIndex(of: true) ?? -1
        let repeated = Dictionary(repeats.map { ($0.paragraph, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [BoilerplateFinding] = []
        for (i, paragraph) in paragraphs.enumerated() {
            let shape = shapes[i]
            guard shape.words > 0 || paragraph.span.length > 0, !shape.isData else { continue }
            // Without any running text (tables, lists, stubs) there is no edge to speak of.
            let atEdge = lastContent >= 0 && (i < firstContent || i > lastContent)
            let isTitle = document.titleSpan.map { $0 == paragraph.span } ?? false
            let leading = lastContent >= 0 && i < firstContent
            var reason: String?
            if let r = repeated[i], r.similarity == 1, !shape.endsSentence,
               paragraph.kind == .heading || (r.original <= 1 && lastContent >= 0 && shape.words <= 25) {
                reason = "repeated headline"
            } else if shape.truncated && shape.words <= 40 && (atEdge || neighbourTruncated(i, shapes)) {
                reason = "truncated teaser"
            } else if shape.words <= 15, !isTitle, isPrompt(shape, leading: leading) {
                reason = "interface prompt or notice"
            } else if leading || (atEdge && i == paragraphs.count - 1), !isTitle, !shape.endsSentence, !shape.hasDigits,
                      shape.words <= 3 || (shape.allCaps && shape.words <= 5) {
                reason = "section label"
            } else if i > lastContent, lastContent >= 0, isListedHeadline(shape), !isTitle,
                      (i > 0 && isListedHeadline(shapes[i - 1]) && i - 1 > lastContent)
                        || (i + 1 < shapes.count && isListedHeadline(shapes[i + 1])) {
                reason = "list of other stories"
            } else if atEdge, shape.bracketed, shape.words <= 12 {
                reason = "bracketed notice"
            } else if let shared = sharedLines, !isTitle, paragraph.kind == .body, atEdge || shape.words >= 4, shape.words > 0, shape.words <= 25,
                      let carriers = shared[shape.key], carriers >= max(3, corpusSize / 50) {
                reason = "line carried by \(carriers) documents"
            }
            if let reason { result.append(BoilerplateFinding(paragraph: i, reason: reason)) }
        }
        return result
    }

    /// Whether a neighbouring paragraph is cut off too: teasers come in lists.
    static func neighbourTruncated(_ i: Int, _ shapes: [ParagraphShape]) -> Bool {
        (i > 0 && shapes[i - 1].truncated) || (i + 1 < shapes.count && shapes[i + 1].truncated)
    }

    /// A line of a list of headlines after the article: a few words, no final punctuation.
    static func isListedHeadline(_ shape: ParagraphShape) -> Bool {
        !shape.endsSentence && !shape.isData && shape.numbers <= 1 && (3...25).contains(shape.words)
    }

    /// A short line that opens with a call to action or carries notice vocabulary.
    /// Notice words count anywhere in a bracketed or very short line, and in any short line
    /// above the article (where "This transcript was generated automatically…" sits).
    static func isPrompt(_ shape: ParagraphShape, leading: Bool) -> Bool {
        let w = shape.shortWords
        guard let first = w.first else { return false }
        let notice = w.contains(where: noticeWords.contains)
        if notice && (shape.bracketed || leading || w.count <= 6) { return true }
        if w.count >= 2 && noticePairs.contains(pair(w[0], w[1])) { return true }
        if !shape.hasDigits && (!shape.endsSentence || w.count <= 10) {
            for k in 0..<max(0, w.count - 1) where noticePairs.contains(pair(w[k], w[k + 1])) { return true }
        }
        return !shape.endsSentence && w.count <= 8 && actionOpeners.contains(first) && w.count >= 2
    }
}
