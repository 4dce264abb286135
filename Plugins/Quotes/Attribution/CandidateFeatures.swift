import BriefingCore

/// Reads the features of each speaker candidate of a quote: where it stands, what fills the
/// slot between it and the quote, what kind of mention it is (`AttributionFeature`).
struct CandidateFeatures {
    let site: QuoteSite

    /// Words that cannot be a finite verb in a subject–verb slot, whatever their spelling.
    static let notVerbs: Set<String> = English.prepositions.union(English.determiners).union([
        "and", "or", "but", "nor", "who", "whom", "which", "that", "whose", "as", "than", "if", "when", "because",
        "so", "while", "where", "whether", "he", "she", "they", "we", "i", "it", "you", "him", "them", "me", "us",
        "there", "here", "what", "how", "why", "not", "no", "yes", "also", "all", "both", "each", "some", "any",
    ])

    /// Words opening a clause of its own between a quote and a mention.
    static let subordinators: Set<String> = [
        "when", "while", "because", "if", "after", "before", "since", "although", "though", "until", "unless",
        "who", "which", "where", "whereas", "as",
    ]

    /// Irregular past forms: finite verbs that end in neither -ed nor -s.
    static let irregularPast: Set<String> = [
        "said", "told", "wrote", "spoke", "thought", "felt", "put", "went", "came", "gave", "made", "took", "got",
        "saw", "knew", "began", "broke", "drew", "sang", "spat", "swore", "shot", "hit", "let", "set", "read",
        "ran", "fought", "sought", "taught", "brought", "bought", "held", "kept", "left", "meant", "sent", "quipped",
    ]

    /// Whether word `i` can be the finite verb of a slot: a lower-case word outside quotation
    /// marks that is no function word (in a title-case headline, capitalised words too).
    func verbLike(_ words: [Word], _ i: Int) -> Bool {
        guard i >= 0, i < words.count else { return false }
        let w = words[i]
        guard w.kind == .word, !w.quoted, !w.possessive, !w.isCapitalized || site.headline else { return false }
        return !Self.notVerbs.contains(w.lower) && !English.subjectVerbFillers.contains(w.lower) && !w.lower.hasSuffix("ly")
    }

    /// The verb of a slot starting at `i`: auxiliaries and adverbs ("has also") skipped.
    func verb(_ words: [Word], from i: Int, limit: Int = 3) -> Int? {
        var k = i
        while k < words.count, k < i + limit, words[k].kind == .word, !words[k].quoted,
              English.subjectVerbFillers.contains(words[k].lower) || words[k].lower.hasSuffix("ly") && !words[k].isCapitalized {
            k += 1
        }
        return verbLike(words, k) ? k : nil
    }

    /// Features of the verb at `v`.
    func markVerb(_ words: [Word], _ v: Int, _ f: inout FeatureVector) {
        let w = words[v].lower
        f.set(.verbFills)
        f.set(.verbFinite, w.hasSuffix("ed") || w.hasSuffix("s") || Self.irregularPast.contains(w))
        f.set(.verbIsSpeech, English.speechVerbs.contains(w))
        if v > 0, English.negations.contains(words[v - 1].lower) { f.set(.verbNegated) }
        var k = v + 1
        if k < words.count, words[k].lower == "that" { k += 1 }
        f.set(.verbHasOwnClause, k < words.count && !words[k].quoted && words[k].sentence == words[v].sentence
            && English.subjectPronouns.contains(words[k].lower) && words[k].lower != "it")
    }

    /// The index after a bracket opening at `i` ("(D-Wis.)"), or `i`.
    func skipBracket(_ words: [Word], _ i: Int) -> Int {
        guard i < words.count, words[i].isPunct("(") else { return i }
        var p = i + 1
        while p < min(words.count, i + 10), !words[p].isPunct(")") { p += 1 }
        return p < words.count ? p + 1 : i
    }

    /// Fills the features of every candidate.
    func fill(_ candidates: inout [SpeakerCandidate]) {
        var nearestAfter: (Int, Int)?, nearestBefore: (Int, Int)?
        for k in candidates.indices {
            var f = FeatureVector()
            let c = candidates[k]
            let m = c.mention
            for rule in c.rules { f.set(rule.feature) }
            mentionFeatures(m, &f)
            if let p = site.previousMention {
                f.set(.continuesPrevious, p.span == m.span)
                f.set(.sameTextAsPrevious, p.span != m.span && p.text.lowercased() == m.text.lowercased() && m.kind != .pronoun)
            }
            switch c.place {
            case .ownParagraph where CandidateGenerator.ownParagraph(m, site.words):
                let gap = ownParagraphFeatures(m, &f)
                if m.firstWord > site.quoteEnd, nearestAfter.map({ gap < $0.1 }) ?? true { nearestAfter = (k, gap) }
                if m.lastWord < site.open, nearestBefore.map({ gap < $0.1 }) ?? true { nearestBefore = (k, gap) }
            case .previousParagraph:
                f.set(.previousParagraph)
                f.set(.twoOrMoreSentences)
                if let before = site.previousWords, CandidateGenerator.ownParagraph(m, before) {
                    f.set(.leadInParagraph, before.last?.isPunct(":") == true)
                    clauseRole(before, m, &f)
                }
            default:
                f.set(.nextParagraph)
                f.set(.twoOrMoreSentences)
                if let after = site.nextWords, CandidateGenerator.ownParagraph(m, after) { clauseRole(after, m, &f) }
            }
            candidates[k].features = f
        }
        if let (k, _) = nearestAfter { candidates[k].features.set(.nearestAfter) }
        if let (k, _) = nearestBefore { candidates[k].features.set(.nearestBefore) }
        let slots: [AttributionFeature] = [.slotMentionVerb, .slotVerbMention, .slotAppositiveVerb, .slotDash, .slotMentionVerbColon, .slotMentionColon]
        let inSlot = candidates.indices.filter { k in slots.contains { candidates[k].features[$0] == 1 } }
        for k in candidates.indices {
            candidates[k].features.set(.otherCandidateInSlot, inSlot.contains { $0 != k })
            let f = candidates[k].features
            candidates[k].features.set(.continuationAcrossLine, f[.continuesPrevious] == 1 && f[.gapLineBreak] == 1)
        }
    }

    private func mentionFeatures(_ m: Mention, _ f: inout FeatureVector) {
        switch m.kind {
        case .name:
            f.set(.kindName)
            f.set(.kindFullName, m.nameWords.count >= 2)
        case .pronoun:
            f.set(.kindPronoun)
            let p = m.text.lowercased()
            f.set(.pronounPerson, p == "he" || p == "she")
            f.set(.pronounGroup, p == "they" || p == "it")
            f.set(.pronounFirstPerson, p == "i" || p == "we")
        case .nominal:
            f.set(.kindNominal)
            f.set(.nominalBare, m.firstWord == m.lastWord && !English.determiners.contains(m.text.lowercased()))
            f.set(.nominalRole, m.role.map { $0.split(separator: " ").contains { English.roles.contains($0.lowercased()) } } ?? false)
        }
    }

    /// Whether the mention is followed by a verb, comes after a preposition, opens its sentence.
    private func clauseRole(_ words: [Word], _ m: Mention, _ f: inout FeatureVector) {
        let next = skipBracket(words, m.lastWord + 1)
        f.set(.subjectOfVerb, verb(words, from: next) != nil)
        f.set(.possessive, words[m.lastWord].possessive)
        if m.firstWord > 0, words[m.firstWord - 1].kind == .word, English.prepositions.contains(words[m.firstWord - 1].lower) {
            f.set(.afterPreposition, !(words[m.firstWord - 1].lower == "to" && m.firstWord > 1 && words[m.firstWord - 2].lower == "according"))
        }
        var p = m.firstWord - 1
        while p >= 0, words[p].sentence == words[m.firstWord].sentence, words[p].kind != .word || ["but", "and", "so", "then"].contains(words[p].lower) { p -= 1 }
        f.set(.firstInSentence, p < 0 || words[p].sentence != words[m.firstWord].sentence)
    }

    /// Features of a mention in the quote's own paragraph; returns its distance in words.
    private func ownParagraphFeatures(_ m: Mention, _ f: inout FeatureVector) -> Int {
        let words = site.words
        let after = m.firstWord > site.quoteEnd
        let gapRange = after ? (site.quoteEnd + 1)..<m.firstWord : (m.lastWord + 1)..<max(m.lastWord + 1, site.open)
        var gapWords = 0
        for k in gapRange {
            let w = words[k]
            if w.quoted {
                f.set(.gapOtherQuote)
                continue
            }
            if w.kind != .punctuation {
                gapWords += 1
                if Self.subordinators.contains(w.lower) { f.set(.gapSubordinator) }
                continue
            }
            switch w.text {
            case ",": f.set(.gapComma)
            case ":": f.set(.gapColon)
            case "(", ")": f.set(.gapParenthesis)
            case ".", "!", "?", ";": f.set(.gapSentenceEnd)
            case "\u{2014}", "\u{2013}", "\u{2015}", "-", "--": f.set(.gapDash)
            default: break
            }
        }
        let between = after ? words[site.quoteEnd].span.end..<max(words[site.quoteEnd].span.end, words[m.firstWord].span.start)
            : words[m.lastWord].span.end..<max(words[m.lastWord].span.end, words[site.open].span.start)
        f.set(.gapLineBreak, site.text[between.clamped(to: 0..<site.text.count)].contains("\n"))
        let anchor = after ? words[site.quoteEnd].sentence : words[site.open].sentence
        let delta = words[m.firstWord].sentence - anchor
        if delta != 0, words[site.open].sentence <= words[m.firstWord].sentence, words[m.lastWord].sentence <= words[site.quoteEnd].sentence {
            f.set(.sameSentence)  // inside a quote of several sentences' span
        } else if delta == 0 {
            f.set(.sameSentence)
        } else if delta == 1 {
            f.set(.nextSentence)
        } else if delta == -1 {
            f.set(.previousSentence)
        } else {
            f.set(.twoOrMoreSentences)
        }
        switch gapWords {
        case 0: f.set(.gapNone)
        case 1: f.set(.gapOneWord)
        case 2...3: f.set(.gapTwoToThree)
        case 4...7: f.set(.gapFourToSeven)
        case 8...15: f.set(.gapEightToFifteen)
        default: f.set(.gapFarther)
        }
        clauseRole(words, m, &f)
        if after {
            f.set(.afterQuote)
            slotsAfter(m, gapRange: gapRange, gapWords: gapWords, &f)
        } else {
            f.set(.beforeQuote)
            slotsBefore(m, gapWords: gapWords, &f)
        }
        if m.kind == .pronoun, delta == 1, after { f.set(.pronounNextSentence) }
        return gapWords
    }

    /// `“…,” X VERB`, `“…,” VERB X`, `“…,” X, the …, VERB`, `according to X`, `“…” — X`.
    private func slotsAfter(_ m: Mention, gapRange: Range<Int>, gapWords: Int, _ f: inout FeatureVector) {
        let words = site.words
        let verbAfter = verb(words, from: skipBracket(words, m.lastWord + 1))
        if gapWords == 0 {
            if let v = verbAfter {
                f.set(.slotMentionVerb)
                markVerb(words, v, &f)
                f.set(.slotVerbFillsAfter)
            } else if let comma = Optional(skipBracket(words, m.lastWord + 1)), comma < words.count, words[comma].isPunct(",") {
                // An appositive, then the verb after its closing comma.
                var c = comma + 1
                while c < min(words.count, comma + 16), !words[c].quoted, words[c].sentence == words[m.lastWord].sentence {
                    if words[c].isPunct(","), let v = verb(words, from: c + 1) {
                        f.set(.slotAppositiveVerb)
                        markVerb(words, v, &f)
                        f.set(.slotVerbFillsAfter)
                        break
                    }
                    c += 1
                }
            }
            if f[.gapDash] == 1 { f.set(.slotDash) }
        } else if gapWords <= 3, let v = (gapRange.lowerBound..<gapRange.upperBound).last(where: { verbLike(words, $0) }),
                  !(gapRange.lowerBound..<gapRange.upperBound).contains(where: { words[$0].kind == .punctuation && !words[$0].isPunct(",") }) {
            f.set(.slotVerbMention)
            markVerb(words, v, &f)
            f.set(.slotVerbFillsAfter)
        }
        if m.firstWord >= 2, words[m.firstWord - 1].lower == "to", words[m.firstWord - 2].lower == "according" { f.set(.slotAccordingTo) }
    }

    /// `X VERB: “…”`, `X VERB (that) “…”`, `X: “…”`, `according to X, “…”`.
    private func slotsBefore(_ m: Mention, gapWords: Int, _ f: inout FeatureVector) {
        let words = site.words
        let open = site.open
        let last = open - 1
        if m.firstWord >= 2, words[m.firstWord - 1].lower == "to", words[m.firstWord - 2].lower == "according" { f.set(.slotAccordingTo) }
        f.set(.slotBareBefore, gapWords == 0 && f[.gapComma] == 0 && f[.gapColon] == 0 && f[.gapOtherQuote] == 0)
        if gapWords == 0, last >= 0, words[last].isPunct(":"), last == skipBracket(words, m.lastWord + 1) {
            f.set(.slotMentionColon)
            return
        }
        guard let v = verb(words, from: skipBracket(words, m.lastWord + 1)), v < open else { return }
        markVerb(words, v, &f)
        f.set(.slotVerbFillsBefore)
        if last >= 0, words[last].isPunct(":") || words[last].isPunct(",") {
            if gapWords <= 4 { f.set(.slotMentionVerbColon) } else { f.set(.slotMentionVerbBefore) }
        } else {
            f.set(.slotMentionVerbBefore)
        }
    }
}
