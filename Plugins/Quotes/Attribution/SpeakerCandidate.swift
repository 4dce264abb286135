import BriefingCore

/// The named rules of `Attributor` and `DocumentAnalyzer` that propose a speaker; each is one
/// feature of the candidate it proposes, not a decision.
enum AttributionRule: Sendable, Hashable, CaseIterable {
    case adjacent, clause, marker, continuation, previous, subject, leadIn

    /// The rule for an attribution found by `Attributor.attribute`.
    init(_ source: AttributionSource) {
        switch source {
        case .adjacent: self = .adjacent
        case .clause: self = .clause
        case .marker: self = .marker
        case .continuation: self = .continuation
        case .previous: self = .previous
        case .subject: self = .subject
        }
    }

    var feature: AttributionFeature {
        switch self {
        case .adjacent: .ruleAdjacent
        case .clause: .ruleClause
        case .marker: .ruleMarker
        case .continuation: .ruleContinuation
        case .previous: .rulePrevious
        case .subject: .ruleSubject
        case .leadIn: .ruleLeadIn
        }
    }
}

/// A mention that may be a quote's speaker, with the rules that proposed it and its features.
struct SpeakerCandidate: Sendable {
    /// Where the mention is relative to the quote's paragraph.
    enum Place: Int, Sendable { case previousParagraph = -1, ownParagraph = 0, nextParagraph = 1 }

    var mention: Mention
    var place: Place
    /// The attribution a rule found for it (its cue and source), if a rule proposed it.
    var proposed: Attribution?
    var rules: Set<AttributionRule> = []
    var features = FeatureVector()
    var score: Float = 0
}

/// A quotation as candidate generation sees it: its paragraph's words and its neighbours.
struct QuoteSite {
    /// The document's text (line breaks between words are read from it).
    var text: [Unicode.Scalar]
    /// The quote's paragraph.
    var words: [Word]
    /// Index of the opening mark.
    var open: Int
    /// Index of the closing mark, nil when the quote runs to the paragraph's end.
    var close: Int?
    /// The paragraph before and after (nil when none, or a heading).
    var previousWords: [Word]?
    var nextWords: [Word]?
    var opensClause: Bool
    var partial: Bool
    var headline: Bool
    /// The mention that attributed the quote before (in this document), if any.
    var previousMention: Mention?

    /// The last word inside the quote.
    var quoteEnd: Int { close ?? (words.count - 1) }
}

/// Collects the mentions around a quotation: in its sentence and the sentences before and
/// after it, the last sentence of the paragraph before and the opening of the next one.
enum CandidateGenerator {
    /// The candidates of `site`, rule proposals merged into the mentions found at the same span.
    static func candidates(for site: QuoteSite, proposals: [(Attribution, AttributionRule)], knownSurnames: Set<String>) -> [SpeakerCandidate] {
        var result: [SpeakerCandidate] = []
        let words = site.words
        if !words.isEmpty, site.open < words.count {
            let first = words[site.open].sentence - 1
            let last = words[site.quoteEnd].sentence + 1
            var lo = site.open
            while lo > 0, words[lo - 1].sentence >= first { lo -= 1 }
            var hi = site.quoteEnd
            while hi + 1 < words.count, words[hi + 1].sentence <= last { hi += 1 }
            collect(words, lo..<(hi + 1), place: .ownParagraph, knownSurnames: knownSurnames, into: &result)
        }
        if let before = site.previousWords, let lastWord = before.last {
            var lo = before.count - 1
            while lo > 0, before[lo - 1].sentence == lastWord.sentence { lo -= 1 }
            collect(before, lo..<before.count, place: .previousParagraph, knownSurnames: knownSurnames, into: &result)
        }
        if let after = site.nextWords, let firstWord = after.first {
            var hi = 0
            while hi + 1 < after.count, after[hi + 1].sentence == firstWord.sentence { hi += 1 }
            collect(after, 0..<(hi + 1), place: .nextParagraph, knownSurnames: knownSurnames, into: &result)
        }
        for (attribution, rule) in proposals {
            if let k = result.firstIndex(where: { $0.mention.span == attribution.mention.span }) {
                result[k].rules.insert(rule)
                if result[k].proposed == nil { result[k].proposed = attribution }
            } else {
                let place: SpeakerCandidate.Place = ownParagraph(attribution.mention, words) ? .ownParagraph
                    : attribution.mention.span.start < (words.first?.span.start ?? 0) ? .previousParagraph : .nextParagraph
                result.append(SpeakerCandidate(mention: attribution.mention, place: place, proposed: attribution, rules: [rule]))
            }
        }
        return result
    }

    /// Whether the mention's word indices point into `words` (a mention from the paragraph).
    static func ownParagraph(_ m: Mention, _ words: [Word]) -> Bool {
        guard m.firstWord >= 0, m.firstWord <= m.lastWord, m.lastWord < words.count else { return false }
        return words[m.firstWord].span.start <= m.span.start && m.span.end <= words[m.lastWord].span.end
    }

    /// Every mention in `range` outside quotation marks: names with their titles, pronouns,
    /// descriptions opened by a determiner or a role word.
    private static func collect(_ words: [Word], _ range: Range<Int>, place: SpeakerCandidate.Place,
                                knownSurnames: Set<String>, into result: inout [SpeakerCandidate]) {
        let parser = NameParser(words: words, knownSurnames: knownSurnames)
        var i = range.lowerBound
        while i < range.upperBound {
            let w = words[i]
            guard w.kind == .word, !w.quoted else {
                i += 1
                continue
            }
            let opens = w.isCapitalized || English.subjectPronouns.contains(w.lower)
                || English.roles.contains(w.lower) || English.determiners.contains(w.lower)
            if opens, let m = parser.mention(startingAt: i, upperBound: min(range.upperBound - 1, i + 8)), m.lastWord >= i {
                result.append(SpeakerCandidate(mention: m, place: place))
                i = m.lastWord + 1
            } else {
                i += 1
            }
        }
    }
}
