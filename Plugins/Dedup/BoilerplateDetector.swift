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
    static let actionOpeners: Set<String> = [
        "follow", "share", "subscribe", "sign", "click", "tap", "download", "watch", "listen", "join",
        "register", "tweet", "advertisement", "advertising", "sponsored", "related", "recommended", "loading",
    ]
    /// Interface or notice words that, in a short line, mark it as furniture.
    static let noticeWords: Set<String> = [
        "newsletter", "newsletters", "subscribe", "subscription", "cookies", "cookie", "javascript",
        "unavailable", "transcript", "copyright", "©", "advertisement", "sponsored", "caption",
        "getty", "shutterstock", "reprints", "permalink",
    ]
    /// Word pairs with the same role ("not available", "rights reserved", "read more").
    static let noticePairs: Set<[String]> = [
        ["not", "available"], ["rights", "reserved"], ["read", "more"], ["more", "stories"],
        ["image", "source"], ["media", "caption"], ["image", "caption"], ["sign", "up"],
        ["follow", "us"], ["share", "this"], ["you", "may"], ["also", "like"], ["most", "read"],
    ]

    /// Findings for one document.
    /// - Parameters:
    ///   - repeats: the document's repeated paragraphs (a repeated headline is furniture too).
    ///   - sharedLines: for corpora of ten or more documents, how many documents carry each
    ///     short line (by `ParagraphShape.key`); nil otherwise.
    static func find(in document: Document, shapes: [ParagraphShape], repeats: [ParagraphRepeat],
                     sharedLines: [UInt64: Int]?, corpusSize: Int) -> [BoilerplateFinding] {
        let paragraphs = document.paragraphs
        guard !paragraphs.isEmpty else { return [] }
        let isContent = paragraphs.indices.map { i in
            shapes[i].words >= 8 && shapes[i].endsSentence && paragraphs[i].kind == .body
        }
        let firstContent = isContent.firstIndex(of: true) ?? paragraphs.count
        let lastContent = isContent.lastIndex(of: true) ?? -1
        let repeated = Dictionary(repeats.map { ($0.paragraph, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [BoilerplateFinding] = []
        for (i, paragraph) in paragraphs.enumerated() {
            let shape = shapes[i]
            guard shape.words > 0 || paragraph.span.length > 0 else { continue }
            let atEdge = i < firstContent || i > lastContent
            let isTitle = document.titleSpan.map { $0 == paragraph.span } ?? false
            var reason: String?
            if let r = repeated[i], r.similarity == 1, paragraph.kind == .heading || (!shape.endsSentence && shape.words <= 25) {
                reason = "repeated headline"
            } else if shape.truncated && shape.words <= 40 && (atEdge || neighbourTruncated(i, shapes)) {
                reason = "truncated teaser"
            } else if shape.words <= 15, isPrompt(shape) {
                reason = "interface prompt or notice"
            } else if atEdge, !isTitle, !shape.endsSentence, shape.words <= 3 || (shape.allCaps && shape.words <= 5) {
                reason = "section label"
            } else if atEdge, shape.bracketed, shape.words <= 12 {
                reason = "bracketed notice"
            } else if let shared = sharedLines, !isTitle, paragraph.kind == .body, shape.words > 0, shape.words <= 25,
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

    /// A short line that opens with a call to action or carries notice vocabulary.
    static func isPrompt(_ shape: ParagraphShape) -> Bool {
        let w = shape.lowerWords
        guard let first = w.first else { return false }
        if shape.bracketed && w.contains(where: noticeWords.contains) { return true }
        if w.count >= 2 && noticePairs.contains(Array(w[0..<2])) { return true }
        for k in 0..<max(0, w.count - 1) where noticePairs.contains([w[k], w[k + 1]]) && !shape.endsSentence {
            return true
        }
        if !shape.endsSentence && w.count <= 8 && actionOpeners.contains(first) && w.count >= 2 { return true }
        if w.count <= 6 && w.contains(where: noticeWords.contains) { return true }
        return false
    }
}
