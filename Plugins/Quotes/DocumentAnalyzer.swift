import BriefingCore

/// Who a quote's speaker is within its document, before names are merged across the corpus.
enum SpeakerRef: Sendable, Hashable {
    /// A person named in the document (index into `DocumentAnalysis.entities`).
    case entity(Int)
    /// An unnamed role ("Treasury spokesperson").
    case role(String)
    /// A description not resolved in the document ("the Ukrainian president"): head noun and modifiers.
    case description(head: String, modifiers: [String], text: String)
}

/// A quotation with everything found about it in its document.
struct FoundQuote: Sendable, Hashable {
    var doc: String
    var quoted: QuotedSpan
    var kind: QuoteKind
    var attribution: Attribution?
    var speaker: SpeakerRef?
    var isRepeat: Bool
    var sentence: Int
    /// The quote's whole sentence opens with the quote (a statement, not a fragment).
    var opensClause: Bool
}

/// The quotes and named people of one document.
struct DocumentAnalysis: Sendable {
    var doc: String
    var quotes: [FoundQuote]
    var entities: [DocumentEntity]
    /// Every quote's speaker candidates with their features, when asked for (training).
    var candidateRows: [CandidateRow] = []
}

/// Extracts, attributes and resolves the quotes of one document.
enum DocumentAnalyzer {
    /// Analyses one document; `duplicates` (from dedup) drops boilerplate and marks repeats.
    static func analyze(_ document: Document, duplicates: (any DuplicateFindings)?, model: AttributionModel = .trained,
                        record: Bool = false) -> DocumentAnalysis {
        let s = document.text.scalars
        var nicknames: [Span] = []
        let allQuotes = QuoteExtractor.quotes(in: document, nicknames: &nicknames)
        var quotesByParagraph: [Int: [QuotedSpan]] = [:]
        for q in allQuotes { quotesByParagraph[q.paragraph, default: []].append(q) }
        var sentencesByParagraph: [Int: [Sentence]] = [:]
        for sentence in document.sentences { sentencesByParagraph[sentence.paragraph, default: []].append(sentence) }

        var entities: [DocumentEntity] = []
        var entityBySurname: [String: Int] = [:]
        var occurrences: [NameOccurrence] = []
        var pronounSites: [(offset: Int, sentence: Int, gender: Gender)] = []
        var descriptions: [(offset: Int, head: String, text: String)] = []   // "a senior EU official"
        var paragraphWords: [Int: [Word]] = [:]
        var vocabulary: Set<String> = []   // words the document writes in lower case

        // Pass 1: words, quoted words, name mentions and pronouns of every body paragraph.
        for paragraph in document.paragraphs {
            var words = WordScanner.words(s, in: paragraph.span)
            // A nickname in marks is read as if absent, so the name around it stays whole.
            if nicknames.contains(where: { paragraph.span.contains($0) }) {
                words.removeAll { w in nicknames.contains { $0.contains(w.span) } }
            }
            let sentences = sentencesByParagraph[paragraph.index] ?? []
            var si = 0
            for w in words.indices {
                while si + 1 < sentences.count, words[w].span.start >= sentences[si + 1].span.start { si += 1 }
                words[w].sentence = sentences.isEmpty ? 0 : sentences[si].index
            }
            // Quotes are in order and never overlap: one sweep marks the quoted words.
            var w = 0
            for q in quotesByParagraph[paragraph.index] ?? [] {
                let end = q.close?.end ?? paragraph.span.end
                while w < words.count, words[w].span.start < q.open.start { w += 1 }
                while w < words.count, words[w].span.start < end {
                    words[w].quoted = true
                    w += 1
                }
            }
            paragraphWords[paragraph.index] = words
            for w in words where w.kind == .word && !w.isCapitalized { vocabulary.insert(w.lower) }
        }
        // A capitalised word opening a sentence is an ordinary word, not a name, when the
        // document also writes it in lower case ("Unless", "Seven", "Bomb").
        for (index, words) in paragraphWords {
            var marked = words
            var changed = false
            for k in marked.indices where marked[k].kind == .word && marked[k].isCapitalized && vocabulary.contains(marked[k].lower) {
                var p = k - 1
                while p >= 0, marked[p].kind == .punctuation, marked[p].sentence == marked[k].sentence { p -= 1 }
                if p < 0 || marked[p].sentence != marked[k].sentence {
                    marked[k].common = true
                    changed = true
                }
            }
            if changed { paragraphWords[index] = marked }
        }
        for paragraph in document.paragraphs {
            guard let words = paragraphWords[paragraph.index] else { continue }
            let parser = NameParser(words: words)
            let inHeadline = paragraph.kind == .heading || Attributor(words: words).headline
            var i = 0
            while i < words.count {
                let w = words[i]
                if w.quoted || w.kind != .word {
                    i += 1
                    continue
                }
                // Pronoun sites that reliably point back: a subject pronoun opening its sentence
                // ("He added …"), or right after a speech verb ("Warren said she …").
                if let gender = English.pronounGenders[w.lower], gender == .male || gender == .female,
                   w.lower == "he" || w.lower == "she" {
                    let opensSentence = i == 0 || words[i - 1].sentence != w.sentence
                        || (words[i - 1].kind == .punctuation && (i < 2 || words[i - 2].sentence != w.sentence))
                    let afterCue = i > 0 && words[i - 1].kind == .word && English.speechVerbs.contains(words[i - 1].lower)
                    if opensSentence || afterCue {
                        pronounSites.append((w.span.start, afterCue ? w.sentence : w.sentence - 1, gender))
                    }
                }
                if w.lower == "a" || w.lower == "an", let d = parser.mention(startingAt: i, upperBound: min(words.count - 1, i + 6)),
                   d.kind == .nominal, let head = d.role?.split(separator: " ").last {
                    descriptions.append((d.span.start, NameFolding.fold(String(head)),
                                         d.text.split(separator: " ").dropFirst().joined(separator: " ")))
                }
                guard w.isCapitalized || English.roles.contains(w.lower),
                      let m = parser.mention(startingAt: i, upperBound: min(words.count - 1, i + 8), allowPossessive: true) else {
                    i += 1
                    continue
                }
                if m.kind == .name {
                    let id = register(m, at: w.sentence, inHeadline: inHeadline,
                                      entities: &entities, bySurname: &entityBySurname)
                    // A bracket after the name ("(D-Ore.)") does not end the subject.
                    var next = m.lastWord + 1
                    if next < words.count, words[next].isPunct("(") {
                        var p = next + 1
                        while p < min(words.count, next + 10), !words[p].isPunct(")") { p += 1 }
                        if p < words.count, words[p].isPunct(")") { next = p + 1 }
                    }
                    let notVerbs: Set<String> = ["and", "or", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "who", "which", "whose"]
                    func verbish(_ k: Int) -> Bool {
                        k < words.count && words[k].kind == .word && !words[k].isCapitalized && !words[k].quoted && !notVerbs.contains(words[k].lower)
                    }
                    // "the Black Lives Matter movement", "the Harbor Media board": a name modifying a noun.
                    let modifier = m.role == nil && i > 0 && ["the", "a", "an"].contains(words[i - 1].lower)
                    var subjectLike = !words[m.lastWord].possessive && verbish(next) && !modifier
                    // A description after the name may give a gender: "Angelique Brunner, a developer
                    // and spokeswoman for …", "Carlos Lopez, her husband". Only its head counts (not
                    // "whose son …"), so the walk stops at a preposition or a relative word.
                    if entities[id].titleGender == .unknown, next < words.count, words[next].isPunct(",") {
                        var c = next + 1
                        while c < min(words.count, next + 12), words[c].kind == .word, !words[c].quoted,
                              !["of", "for", "at", "in", "with", "who", "whose", "which", "from", "to", "on", "said", "says"].contains(words[c].lower) {
                            if English.femaleRoles.contains(words[c].lower) { entities[id].titleGender = .female }
                            if English.maleRoles.contains(words[c].lower) { entities[id].titleGender = .male }
                            c += 1
                        }
                    }
                    if !subjectLike, !words[m.lastWord].possessive, next < words.count, words[next].isPunct(",") {
                        // "The ministry's spokesman, Dmitri Orlov, rejected …" and "Oleg Sidorov, Moreau's adviser, said …".
                        var c = next + 1
                        while c < min(words.count, next + 14), !words[c].isPunct(","), !words[c].quoted { c += 1 }
                        var appositiveAfter = c < words.count && words[c].isPunct(",") && verbish(c + 1)
                        if !appositiveAfter, c < words.count, words[c].isPunct(",") {
                            // A relative clause inside the appositive: "X, spokeswoman for the Y
                            // Coalition, which is made up of investors, said …" — a speech verb
                            // after a later comma still has X as its subject.
                            var d = c + 1
                            while d < min(words.count, c + 20), !words[d].quoted, words[d].sentence == w.sentence {
                                if words[d].isPunct(","), d + 1 < words.count, English.speechVerbs.contains(words[d + 1].lower),
                                   !words[d + 1].isCapitalized {
                                    appositiveAfter = true
                                    break
                                }
                                d += 1
                            }
                        }
                        let isAppositive = i > 0 && words[i - 1].isPunct(",") && verbish(next + 1)
                        subjectLike = appositiveAfter || isAppositive
                        // The appositive names the role: "Dmitry Orlov, the ministry spokesman, said",
                        // "The ministry's spokesman, Dmitri Orlov, said".
                        var roleRange: Range<Int>?
                        if appositiveAfter, c > next + 1 { roleRange = (next + 1)..<c }
                        if isAppositive {
                            var b = i - 2
                            while b >= 0, b > i - 8, words[b].kind == .word, words[b].sentence == w.sentence { b -= 1 }
                            if b + 1 <= i - 2 { roleRange = (b + 1)..<(i - 1) }
                        }
                        if let r = roleRange, r.contains(where: { English.roleHeads.contains(words[$0].lower) }) {
                            let role = r.map { words[$0].text }.joined(separator: " ")
                            entities[id].roles.append(role)
                        }
                    }
                    occurrences.append(NameOccurrence(offset: m.span.start, sentence: w.sentence, entity: id,
                                                      subjectLike: subjectLike,
                                                      roleWords: (m.role ?? "").lowercased().split(separator: " ").map(String.init)))
                }
                i = max(i + 1, m.lastWord + 1)
            }
        }
        // Gender votes: the pronoun votes for the subject of its sentence (after a speech verb)
        // or of the sentence before (when it opens a sentence).
        var firstSubject: [Int: Int] = [:]   // sentence → entity of its first subject-like name
        var lastSubject: [Int: (offset: Int, entity: Int)] = [:]
        for o in occurrences where o.subjectLike {
            if firstSubject[o.sentence] == nil { firstSubject[o.sentence] = o.entity }
            lastSubject[o.sentence] = (o.offset, o.entity)
        }
        for site in pronounSites {
            // After a verb: the subject earlier in the same sentence; opening a sentence: the first subject before.
            let entity: Int?
            if let last = lastSubject[site.sentence], last.offset < site.offset { entity = last.entity } else { entity = firstSubject[site.sentence] }
            guard let e = entity else { continue }
            if site.gender == .male { entities[e].male += 1 } else { entities[e].female += 1 }
        }

        // Surnames of people named in full, for title words that are surnames ("Dean").
        let knownSurnames = Set(entities.filter { $0.fullName.count >= 2 && !$0.isOrganization }.map(\.surname))
        // Pass 2: attribute each quote.
        var found: [FoundQuote] = []
        var previousInParagraph: [Int: Int] = [:]  // paragraph → index in `found` of its last quote
        var previousBody: Int?
        var rows: [CandidateRow] = []
        var nextParagraph: [Int: Int] = [:]
        for (a, b) in zip(document.paragraphs, document.paragraphs.dropFirst()) { nextParagraph[a.index] = b.index }
        for paragraph in document.paragraphs {
            defer { previousBody = paragraph.index }
            guard let quotes = quotesByParagraph[paragraph.index], let words = paragraphWords[paragraph.index] else { continue }
            var indexByStart: [Int: Int] = [:]
            for (k, w) in words.enumerated() { indexByStart[w.span.start] = k }
            let attributor = Attributor(words: words, knownSurnames: knownSurnames)
            for q in quotes {
                if let duplicates, duplicates.isBoilerplate(document.id, q.interior) { continue }
                guard let open = indexByStart[q.open.start] else { continue }
                let close = q.close.flatMap { indexByStart[$0.start] }
                let sentence = words[open].sentence
                let opensClause = open == 0 || {
                    let p = words[open - 1]
                    if p.sentence != sentence || p.quoted { return true }
                    if s[p.span.end..<q.open.start].contains("\n") { return true }  // a new line of the paragraph
                    if p.kind == .punctuation { return [":", ",", "\u{2014}", "\u{2013}", "--", "-", "(", "\u{2015}"].contains(p.text) }
                    return !p.isCapitalized && English.speechVerbs.contains(p.lower)  // declared “I think …”
                }()
                let ruled = attributor.attribute(open: open, close: close, opensClause: opensClause)
                var attribution: Attribution?
                var speaker: SpeakerRef?
                var kind: QuoteKind = opensClause ? .full : .partial
                // A title in quote marks is a term, unless a colon or an adjacent clause attributes it
                // (a headline quoting someone: "X: ‘We Will Win’").
                // Words chanted, sung or shouted ("chanting “Lock The Gates”") are spoken even in title case.
                let voiced = open > 0 && words[open - 1].kind == .word && English.voicedVerbs.contains(words[open - 1].lower)
                // After a possessive or a preposition a title is a name of a work or a show, whoever
                // speaks next: "on CBS's “Face the Nation,” Paul Ryan said".
                let named = open > 0 && words[open - 1].kind == .word && !words[open - 1].quoted
                    && (words[open - 1].possessive || ["on", "in", "of", "from", "at", "about"].contains(words[open - 1].lower))
                if isTitle(words, open: open, close: close ?? words.count),
                   named || ruled.map({ $0.source != .adjacent && $0.source != .marker && !attributor.headline && !voiced }) ?? true {
                    kind = .term
                }
                // A whole sentence in quotation marks right after a sentence reporting someone's
                // speech is theirs: "He said the regime wanted time. “Please help us.”"
                let wholeSentence = opensClause && q.close != nil && (close.map { $0 + 1 >= words.count || words[$0 + 1].sentence != sentence } ?? false)
                var proposed = false
                if kind != .term {
                    // The named rules propose; the model weighs their proposals with every other
                    // mention around the quote.
                    var proposals: [(Attribution, AttributionRule)] = []
                    var slotted = false
                    defer { proposed = !proposals.isEmpty || slotted }
                    if let ruled { proposals.append((ruled, AttributionRule(ruled.source))) }
                    if open == 0, let before = previousBody, let words = paragraphWords[before], let lead = Attributor(words: words).leadIn() {
                        proposals.append((lead, .leadIn))
                    }
                    // Continuation of the speech before it: same paragraph, or a paragraph that opens with a quote.
                    // A paragraph may inherit only when the one before ends with its quote (the speech goes on).
                    let previous = previousInParagraph[paragraph.index]
                        ?? (open == 0 || q.continuesPrevious ? previousBody.flatMap { before in
                            previousInParagraph[before].flatMap { endsParagraph(found[$0], paragraphWords[before]) ? $0 : nil }
                        } : nil)
                    var continued: Attribution?
                    if let previous, let prior = found[previous].attribution, found[previous].kind != .term,
                       opensClause || found[previous].sentence == sentence,
                       sentence - found[previous].sentence <= 2 {
                        continued = Attribution(mention: prior.mention, cue: prior.cue, source: .continuation)
                        proposals.append((continued!, .continuation))
                    }
                    if wholeSentence, let previous = attributor.previousSentenceSpeaker(before: open) {
                        proposals.append((previous, .previous))
                    }
                    // A quote introduced by a colon without a speech verb takes the subject of its sentence:
                    // "The governor is rolling out a blunt new message: “…”".
                    let afterColon = open > 0 && words[open - 1].isPunct(":") && words[open - 1].sentence == sentence
                    if kind == .partial || afterColon, let m = attributor.sentenceSubject(of: open) {
                        proposals.append((Attribution(mention: m, cue: "", source: .subject), .subject))
                    }
                    let site = QuoteSite(
                        text: s, words: words, open: open, close: close,
                        previousWords: previousBody.flatMap { paragraphWords[$0] },
                        nextWords: nextParagraph[paragraph.index].flatMap { paragraphWords[$0] },
                        opensClause: opensClause, partial: kind == .partial, headline: attributor.headline,
                        previousMention: found.last(where: { $0.kind != .term })?.attribution?.mention)
                    let choice = AttributionRanker(model: model).choose(site, proposals: proposals, knownSurnames: knownSurnames)
                    attribution = choice.attribution
                    slotted = choice.slotted
                    if let continued, let previous, attribution == continued { speaker = found[previous].speaker }
                    if record { rows.append(CandidateRow(quote: q.interior, kind: kind, candidates: choice.candidates)) }
                }
                // A short fragment that no rule attributes and whose speaker stands in no slot next
                // to it is a term ("coalition of the willing"), whoever the model would pick.
                if !proposed, kind != .term, !wholeSentence || !endsWithSentenceMark(s, q),
                   wordCount(words, open: open, close: close ?? words.count) <= 4 {
                    kind = .term
                    attribution = nil
                }
                let isRepeat = duplicates?.isRepeat(document.id, q.interior) ?? false
                var item = FoundQuote(doc: document.id, quoted: q, kind: kind, attribution: attribution, speaker: speaker,
                                      isRepeat: isRepeat, sentence: sentence, opensClause: opensClause)
                if item.speaker == nil, let a = attribution {
                    item.speaker = resolve(a.mention, at: sentence, entities: &entities, bySurname: &entityBySurname,
                                           occurrences: occurrences, previousSpeaker: lastSpeaker(found))
                    // "they said" after "Dock workers marched …", "it said" after "The Harbour Board issued …":
                    // the group or the body named just before.
                    if item.speaker == nil, a.mention.kind == .pronoun,
                       let antecedent = attributor.groupAntecedent(of: a.mention) {
                        if antecedent.kind == .name {
                            item.speaker = .entity(register(antecedent, at: sentence, entities: &entities, bySurname: &entityBySurname))
                        } else {
                            item.speaker = .role(antecedent.text.split(separator: " ")
                                .drop { English.determiners.contains($0.lowercased()) }.joined(separator: " "))
                        }
                    }
                    // "the official" after "a senior EU official": the unnamed role as first introduced.
                    if case .description(let head, _, _)? = item.speaker,
                       let earlier = descriptions.last(where: { $0.offset < a.mention.span.start && $0.head == head }) {
                        item.speaker = .role(earlier.text)
                    }
                }
                if let a = attribution, a.mention.kind == .name, case .entity(let id)? = item.speaker {
                    entities[id].spoke = true
                }
                found.append(item)
                previousInParagraph[paragraph.index] = found.count - 1
            }
        }
        return DocumentAnalysis(doc: document.id, quotes: found, entities: entities, candidateRows: rows)
    }

    /// Whether the quoted words end with ".", "!" or "?": a sentence said, not a name or a term.
    private static func endsWithSentenceMark(_ s: [Unicode.Scalar], _ q: QuotedSpan) -> Bool {
        var e = q.interior.end - 1
        while e > q.interior.start, CharacterClass.isSpace(s[e]) { e -= 1 }
        return e >= q.interior.start && (s[e] == "." || s[e] == "!" || s[e] == "?")
    }

    /// Whether a quote (with its attribution) is the last thing in its paragraph.
    private static func endsParagraph(_ quote: FoundQuote, _ words: [Word]?) -> Bool {
        guard let words, let last = words.last else { return false }
        if quote.quoted.close == nil || quote.quoted.continuesInNext { return true }
        let end = max(quote.quoted.close?.end ?? 0, quote.attribution?.mention.span.end ?? 0)
        // At most a short tail after the quote or its attribution ("said on Tuesday.").
        return words.filter { $0.span.start >= end && $0.kind == .word }.count <= 8 && last.sentence == quote.sentence
    }

    private static func lastSpeaker(_ found: [FoundQuote]) -> (SpeakerRef, Int)? {
        for q in found.reversed() {
            if let s = q.speaker, case .entity = s { return (s, q.sentence) }
        }
        return nil
    }

    private static func wordCount(_ words: [Word], open: Int, close: Int) -> Int {
        var n = 0
        var k = open + 1
        while k < min(close, words.count) {
            if words[k].kind != .punctuation { n += 1 }
            k += 1
        }
        return n
    }

    /// A short run of capitalised words (a title: “Fox & Friends”, “State of the Union”).
    private static func isTitle(_ words: [Word], open: Int, close: Int) -> Bool {
        var n = 0
        var k = open + 1
        while k < min(close, words.count) {
            let w = words[k]
            k += 1
            if w.kind == .punctuation {
                // A comma closing the title belongs to the sentence around it: “Face the Nation,” he said.
                if w.text == "&" || w.text == "." || w.text == ":" || w.text == "-" || (w.text == "," && k == close) { continue }
                return false
            }
            if English.titleSmallWords.contains(w.lower) { continue }
            if !w.isCapitalized { return false }
            n += 1
        }
        guard n >= 1, n <= 6 else { return false }
        // A single capitalised word opening the quote is usually a statement ("Absolutely.").
        if n == 1, close - open <= 3 { return false }
        return true
    }
}
