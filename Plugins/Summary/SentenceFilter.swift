import BriefingCore

/// Decides which sentences may stand alone in a summary.
///
/// A summary sentence is read without its article around it, so headlines, questions,
/// fragments (labels, teasers cut off with "…", split artefacts), link lines and quotations
/// with no attribution are left out; sentences that lean on what came before ("He said…",
/// "However, …") may stay but score lower.
enum SentenceFilter {
    /// Why a sentence cannot lead, or how much its standalone readability costs it.
    enum Verdict: Equatable, Sendable {
        /// Usable, with a score multiplier in 0…1 (1: reads well alone).
        case eligible(penalty: Float)
        /// Not usable as a summary sentence; still counts as content (may be cited, adds to IDF).
        case ineligible(Reason)
    }

    /// Reasons a sentence is left out of summaries.
    enum Reason: String, Sendable {
        case question, fragment, teaser, quoteOnly, midQuote, link, tooLong, shouting, label, noVerb
    }

    /// Sentences longer than this many words are left out: they crowd the length budget.
    static let maximumWords = 70
    /// Sentences shorter than this many words are fragments.
    static let minimumWords = 6

    /// Judges the sentence at `span` with `wordCount` words.
    /// `voice` is `narration(s, span)` when the caller has it already.
    static func verdict(_ s: [Unicode.Scalar], _ span: Span, wordCount: Int,
                        voice: (personal: Bool, anchored: Bool)? = nil) -> Verdict {
        guard span.length > 0 else { return .ineligible(.fragment) }
        if wordCount < minimumWords { return .ineligible(.fragment) }
        if wordCount > maximumWords { return .ineligible(.tooLong) }
        // The last mark before closing quotes and brackets.
        var e = span.end - 1
        while e > span.start, isClosing(s[e]) || CharacterClass.isSpace(s[e]) { e -= 1 }
        let last = s[e]
        if last == "?" { return .ineligible(.question) }
        if last == "\u{2026}" || (last == "." && e >= 2 && s[e - 1] == "." && s[e - 2] == ".") {
            return .ineligible(.teaser)
        }
        if last != "." && last != "!" { return .ineligible(.fragment) }
        let first = s[span.start]
        if CharacterClass.isLower(first) {
            return .ineligible(.fragment)
        }
        if contains(s, span, "http") || contains(s, span, "www.") { return .ineligible(.link) }
        if startsWithLabel(s, span) { return .ineligible(.label) }
        if !hasVerb(s, span) { return .ineligible(.noVerb) }
        if hasGluedHeadline(s, span) || repeatsItself(s, span) { return .ineligible(.label) }

        // Letters inside and outside quotation marks; a closing mark before any opening one
        // means the sentence starts inside a quotation begun in an earlier sentence.
        var inside = false, sawOpen = false, upper = 0, letters = 0
        var wordsOutside = 0, wordsTotal = 0, inWord = false
        for k in span.start..<span.end {
            let c = s[k]
            switch c {
            case "\u{201C}":
                inside = true
                sawOpen = true
            case "\u{201D}":
                if !sawOpen { return .ineligible(.midQuote) }
                inside = false
            case "\"":
                inside.toggle()
                sawOpen = true
            default:
                break
            }
            let isWord = CharacterClass.isLetterOrDigit(c)
            if isWord {
                letters += 1
                if CharacterClass.isUpper(c) { upper += 1 }
                if !inWord {
                    wordsTotal += 1
                    if !inside { wordsOutside += 1 }
                }
            }
            inWord = isWord || (inWord && CharacterClass.isApostrophe(c))
        }
        if letters >= 20, upper * 2 > letters { return .ineligible(.shouting) }
        if sawOpen, wordsOutside < 5 || wordsOutside * 4 < wordsTotal { return .ineligible(.quoteOnly) }

        var penalty: Float = 1
        let voice = voice ?? narration(s, span)
        // "I", "we", "you" outside quotation marks: an anchor's or a witness's own words in a
        // transcript, or a columnist's aside — a first-hand voice no briefing lead can borrow.
        if voice.personal { penalty *= 0.3 }
        // No name, no number, no date: a general remark ("Today is a day for celebration.")
        // rather than a reported fact.
        if !voice.anchored { penalty *= 0.6 }
        if leansOnContext(s, span) { penalty *= 0.8 }
        if inside { penalty *= 0.9 }  // a quotation left open: the rest is in the next sentence
        if wordCount > 45 { penalty *= 0.85 }
        return .eligible(penalty: penalty)
    }

    /// Share of a document's sentences in the first or second person (outside quotation marks)
    /// from which the document reads as a transcript or a column rather than a report.
    static let conversationalShare: Float = 0.25

    /// First- and second-person words, and the filler of speech ("let's"), hashed as `scan`
    /// hashes words (apostrophes folded to "'").
    static let personalWords: Set<UInt64> = Set(English.firstAndSecondPersonWords.map(WordHasher.hash))
    private static let hashOfI = WordHasher.hash("i")

    /// Whether the words outside quotation marks speak in the first or second person, and
    /// whether the sentence holds an anchor: a capitalised word after its first, or a digit.
    static func narration(_ s: [Unicode.Scalar], _ span: Span) -> (personal: Bool, anchored: Bool) {
        var inside = false
        var personal = false
        var anchored = false
        var k = span.start
        var first = true
        while k < span.end {
            let c = s[k]
            if c == "\u{201C}" { inside = true } else if c == "\u{201D}" { inside = false } else if c == "\"" { inside.toggle() }
            guard CharacterClass.isLetterOrDigit(c) else {
                k += 1
                continue
            }
            let start = k
            var capitals = 0
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var firstPartHash: UInt64 = 0   // the hash before any apostrophe: "i" of "i'm"
            var sawApostrophe = false
            while k < span.end {
                let d = s[k]
                if CharacterClass.isLetterOrDigit(d) {
                    if CharacterClass.isUpper(d) { capitals += 1 }
                    hash = (hash ^ UInt64(CharacterClass.lowerValue(d))) &* 0x0000_0100_0000_01b3
                } else if CharacterClass.isApostrophe(d), k + 1 < span.end, CharacterClass.isLetter(s[k + 1]) {
                    if !sawApostrophe { firstPartHash = hash }
                    sawApostrophe = true
                    hash = (hash ^ 0x27) &* 0x0000_0100_0000_01b3
                } else {
                    break
                }
                k += 1
            }
            let isI = hash == hashOfI || (sawApostrophe && firstPartHash == hashOfI)
            if CharacterClass.isDigit(s[start]) { anchored = true }
            if !first, capitals > 0, CharacterClass.isUpper(s[start]), !isI { anchored = true }
            // "US" and "WE" in capitals are names or shouting, not a pronoun; "I" and a
            // sentence's first word carry one capital.
            let pronounCase = capitals == 0 || (capitals == 1 && (first || isI))
            if !inside, pronounCase, personalWords.contains(hash) { personal = true }
            first = false
        }
        return (personal, anchored)
    }

    /// Words that, opening a sentence, point back at something the reader has not seen.
    static let contextOpeners: Set<UInt64> = Set(English.contextOpeners.map(WordHasher.hash))

    /// Whether the first word of the sentence is a pronoun or a connective.
    static func leansOnContext(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var first: UInt64?
        WordHasher.scan(s, Span(span.start, min(span.end, span.start + 24))) { word, _, _ in
            if first == nil { first = word.hash }
        }
        return first.map(contextOpeners.contains) ?? false
    }

    /// Auxiliaries, modals and common irregular past forms: a sentence with none of them, no
    /// "-ed" word and no lower-case "-s" word after its first word is most likely a caption
    /// or a title ("The impact of the spill on the coast."), not a statement.
    static let verbs: Set<UInt64> = Set(English.commonFiniteVerbs.map(WordHasher.hash))

    /// Whether the sentence seems to contain a finite verb (see `verbs`).
    static func hasVerb(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var found = false
        var first = true
        WordHasher.scan(s, span) { word, buffer, count in
            guard !found else { return }
            defer { first = false }
            if verbs.contains(word.hash) {
                found = true
                return
            }
            guard !first, count > 3, word.hasLetter else { return }
            let last = buffer[count - 1], before = buffer[count - 2]
            if last == 0x64, before == 0x65 { found = true }  // -ed
            if last == 0x73, before != 0x73, before != 0x75, before != 0x69, before != 0x27 {  // -s, not -ss/-us/-is/'s
                found = true
            }
        }
        return found
    }

    /// Function words that start a sentence or clause; capitalised in mid-sentence right after
    /// a lower-case word, they show a headline run into the text without punctuation
    /// ("BP oil leak plug 'going as planned' The oil company says…").
    static let clauseStarters: Set<UInt64> = Set(English.clauseStarters.map(WordHasher.hash))

    /// "the", "a", "an": after them a glued headline goes on in lower case.
    static let articles: Set<UInt64> = Set(["the", "a", "an"].map(WordHasher.hash))

    /// Whether a capitalised clause starter, followed by a lower-case word, comes right after
    /// a lower-case word with only spaces or a quotation mark between them.
    static func hasGluedHeadline(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var previousEnd = -1
        var previousLower = false
        var result = false
        var k = span.start
        while k < span.end, !result {
            guard CharacterClass.isLetterOrDigit(s[k]) else {
                k += 1
                continue
            }
            let start = k
            while k < span.end, CharacterClass.isLetterOrDigit(s[k]) || CharacterClass.isApostrophe(s[k]) { k += 1 }
            let first = s[start]
            let capital = first.value >= 0x41 && first.value <= 0x5a
            if capital, previousLower, previousEnd >= 0 {
                var gap = true
                for g in previousEnd..<start where !(s[g] == " " || s[g] == "'" || s[g] == "\u{2019}" || s[g] == "\"" || s[g] == "\u{201D}") {
                    gap = false
                }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for m in start..<k { hash = (hash ^ UInt64(CharacterClass.lowerValue(s[m]))) &* 0x0000_0100_0000_01b3 }
                if gap, clauseStarters.contains(hash) {
                    // "…reported in The Washington Post" names a title; after an article, a
                    // glued headline goes on in lower case ("The oil company…").
                    var n = k
                    while n < span.end, !CharacterClass.isLetter(s[n]) { n += 1 }
                    let lowerNext = n < span.end && s[n].value >= 0x61 && s[n].value <= 0x7a
                    if lowerNext || !articles.contains(hash) { result = true }
                }
            }
            let last = s[k - 1]
            previousLower = (last.value >= 0x61 && last.value <= 0x7a) || CharacterClass.isDigit(last)
            previousEnd = k
        }
        return result
    }

    /// Whether the same four words occur twice in the sentence, as when a scraped headline is
    /// run into the text twice ("Shares fall on spill news Shares fall on spill news The…").
    static func repeatsItself(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var words: [UInt64] = []
        WordHasher.scan(s, span) { word, _, _ in words.append(word.hash) }
        guard words.count >= 8 else { return false }
        var seen: Set<UInt64> = []
        for k in 0...(words.count - 4) {
            var gram = words[k]
            for m in 1..<4 { gram = (gram &* 0x0000_0100_0000_01b3) ^ words[k + m] }
            if !seen.insert(gram).inserted { return true }
        }
        return false
    }

    /// Whether the sentence opens with a label glued to it: a colon within its first three
    /// words ("April 21: …", "UPDATE: …") or three or more words in capitals ("NEW CAP FOR
    /// LEAKING OIL WELL In June, …"), as left by scraped subheadings and list items.
    static func startsWithLabel(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var words = 0, capitalWords = 0, inWord = false, wordAllCaps = true, wordLetters = 0
        var k = span.start
        while k < span.end, words <= 6 {
            let c = s[k]
            let letter = CharacterClass.isLetterOrDigit(c)
            if letter {
                if !inWord {
                    inWord = true
                    wordAllCaps = true
                    wordLetters = 0
                }
                if CharacterClass.isLetter(c) {
                    wordLetters += 1
                    if !(CharacterClass.isUpper(c)) { wordAllCaps = false }
                }
            } else if inWord {
                inWord = false
                words += 1
                if wordAllCaps, wordLetters >= 2 {
                    capitalWords += 1
                    if capitalWords >= 3 { return true }
                } else {
                    capitalWords = 0
                }
            }
            if c == ":", words <= 3, !inWord || words < 3 { return true }
            k += 1
        }
        return false
    }

    /// Closing quotation marks and brackets, which may follow a sentence's final mark.
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    /// Whether `needle` (ASCII) occurs in the span.
    static func contains(_ s: [Unicode.Scalar], _ span: Span, _ needle: String) -> Bool {
        let n = Array(needle.unicodeScalars)
        guard span.length >= n.count else { return false }
        var k = span.start
        while k + n.count <= span.end {
            var match = true
            for m in 0..<n.count where s[k + m] != n[m] {
                match = false
                break
            }
            if match { return true }
            k += 1
        }
        return false
    }
}
