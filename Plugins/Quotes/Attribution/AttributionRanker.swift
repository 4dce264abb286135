import BriefingCore

/// Chooses a quote's attribution: generates the candidates around it, reads their features and
/// lets the model pick one, or none.
struct AttributionRanker {
    let model: AttributionModel

    /// The slots next to a quote: a mention in one of them attributes even a short fragment.
    static let slots: [AttributionFeature] = [
        .slotMentionVerb, .slotVerbMention, .slotAppositiveVerb, .slotMentionVerbColon, .slotMentionColon, .slotAccordingTo, .slotDash,
    ]

    /// The chosen attribution (nil for "no speaker"), whether the chosen mention stands in a
    /// slot next to the quote, and every candidate as scored.
    func choose(_ site: QuoteSite, proposals: [(Attribution, AttributionRule)], knownSurnames: Set<String>)
        -> (attribution: Attribution?, slotted: Bool, candidates: [SpeakerCandidate]) {
        var candidates = CandidateGenerator.candidates(for: site, proposals: proposals, knownSurnames: knownSurnames)
        CandidateFeatures(site: site).fill(&candidates)
        guard let best = model.choose(&candidates) else { return (nil, false, candidates) }
        let c = candidates[best]
        let slotted = Self.slots.contains { c.features[$0] == 1 }
        if let proposed = c.proposed { return (proposed, slotted, candidates) }
        return (Attribution(mention: c.mention, cue: cue(for: c, site), source: source(for: c)), slotted, candidates)
    }

    /// The verb next to a candidate no rule proposed, or the empty string.
    private func cue(for c: SpeakerCandidate, _ site: QuoteSite) -> String {
        guard c.place == .ownParagraph, CandidateGenerator.ownParagraph(c.mention, site.words) else { return "" }
        let words = site.words
        let reader = CandidateFeatures(site: site)
        if let v = reader.verb(words, from: reader.skipBracket(words, c.mention.lastWord + 1)) { return words[v].text }
        let gapEnd = c.mention.firstWord - 1
        if gapEnd > site.quoteEnd, reader.verbLike(words, gapEnd) { return words[gapEnd].text }
        if gapEnd >= 1, words[gapEnd].lower == "to", words[gapEnd - 1].lower == "according" { return "according to" }
        return ""
    }

    private func source(for c: SpeakerCandidate) -> AttributionSource {
        if c.features[.slotAccordingTo] == 1 || c.features[.slotDash] == 1 || c.features[.slotMentionColon] == 1 { return .marker }
        if c.features[.slotMentionVerb] == 1 || c.features[.slotVerbMention] == 1 || c.features[.slotAppositiveVerb] == 1 { return .adjacent }
        if c.features[.sameSentence] == 1 { return .clause }
        return .previous
    }
}

/// One quote's candidates as dumped for training: the quote's span and kind, and per candidate
/// its mention's span, text, kind and features.
struct CandidateRow: Sendable {
    var quote: Span
    var kind: QuoteKind
    var candidates: [SpeakerCandidate]
}
