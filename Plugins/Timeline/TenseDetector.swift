import BriefingCore

/// The direction of a clause in time: decides which Monday a bare "Monday" is.
enum Tense: Sendable {
    case past, future, unknown
}

/// Finds the tense that governs an expression from the nearest verb cue in its sentence.
///
/// News sentences often mix tenses ("Walsh said Tuesday he will meet Moreau on Friday"): the
/// cue nearest to the expression wins, so "Tuesday" reads past and "Friday" future.
enum TenseDetector {
    /// The tense for the expression covering tokens `first...last`.
    static func tense(_ tokens: [TimexToken], first: Int, last: Int) -> Tense {
        reading(tokens, first: first, last: last).tense
    }

    /// The tense and how far (in tokens) its cue is from the expression.
    static func reading(_ tokens: [TimexToken], first: Int, last: Int) -> (tense: Tense, distance: Int) {
        var best: (distance: Int, tense: Tense) = (Int.max, .unknown)
        var bestBefore = false
        // "In September, it announced …": an expression that opens its sentence belongs to the
        // main clause after it, so that clause's verb of saying is the event's own verb
        let opensSentence = (0..<first).allSatisfy { tokens[$0].kind != .word || TemporalLexicon.openingPrepositions.contains(tokens[$0].lower) }
        // "said it would take a fourth-quarter charge": results are reported after their quarter,
        // so a reported plan says nothing about which quarter
        let namesResultsPeriod = (first...last).contains { ["quarter", "half", "period"].contains(tokens[$0].lower) }
        // "Wednesday's ruling": a date that modifies a noun is not placed by a modal's clause
        let possessive = last + 1 < tokens.count && tokens[last + 1].lower == "'s"
        for (k, t) in tokens.enumerated() where t.kind == .word && (k < first || k > last) {
            guard let cue = cue(tokens, k) else { continue }
            // "Monday, he said he would resign": the plan reported after the verb of saying is
            // not the time of the saying, which is what the date belongs to
            if k > last, t.lower == "would", !possessive, reportedFuture(tokens, k, after: last) { continue }
            let d = k < first ? first - k : k - last
            // a cue after a clause boundary counts for less, and so does a conditional "would"
            var weighted = d + (crossesBoundary(tokens, k, first, last) ? 8 : 0)
            // ("said it would cut … on Monday": a reported plan is no conditional when the date is
            // in its own verb phrase, a few words on)
            let planned = k < first && first - k <= 8 && !namesResultsPeriod && reportedFuture(tokens, k, after: -1)
            if t.lower == "until" || t.lower == "would" && (possessive || !planned) { weighted += 3 }
            // "… on Friday, officials said": the attribution's tense is not the report's
            if k > last, !opensSentence, English.reportingVerbs.contains(t.lower), commaBetween(tokens, last, k) { weighted += 8 }
            if weighted < best.distance { best = (weighted, cue); bestBefore = k < first }
        }
        // "postponed until Tuesday", "delayed to March": a new date set by a postponement lies
        // after it, however past the verb
        if first >= 2, ["until", "till", "to"].contains(tokens[first - 1].lower), postponements.contains(tokens[first - 2].lower) {
            return (.future, 1)
        }
        // "by May", "until Friday": a deadline looks ahead unless a past verb right before it
        // governs it ("was completed by May"); a verb after it belongs to another clause
        if first > 0, ["by", "until", "till"].contains(tokens[first - 1].lower), !(best.tense == .past && best.distance <= 2 && bestBefore),
           // "Until Thursday, they had not called him a suspect": the sentence's own past verb
           !(best.tense == .past && opensSentence && !bestBefore && best.distance <= 4) {
            return (.future, 1)
        }
        // "In January, a week after the anniversary, a bombing killed a guard": an expression
        // that opens its sentence, set off by a comma, modifies the main clause, whose verb
        // governs it however long the opening phrase is (a far "would" is more often in a clause
        // inside that phrase; "June 15 cargoes were offered" is a noun's modifier, not an opener)
        if opensSentence, !bestBefore, best.tense == .past, last + 1 < tokens.count, tokens[last + 1].lower == "," {
            return (.past, min(best.distance, 4))
        }
        return (best.tense, best.distance)
    }

    private static func cue(_ tokens: [TimexToken], _ k: Int) -> Tense? {
        let found = plainCue(tokens, k)
        // "would cut", "to set", "could hit": after a modal or "to" a verb is the base form, even
        // when it is spelt like a past tense, so it says nothing about the time
        if found == .past, k > 0, baseFormTriggers.contains(tokens[k - 1].lower) { return nil }
        return found
    }

    /// The cue of the word at `k` on its own.
    private static func plainCue(_ tokens: [TimexToken], _ k: Int) -> Tense? {
        let w = tokens[k].lower
        if w == "will" || w == "'ll" || w == "shall" || w == "won't" { return .future }
        // the tokenizer splits "won't", "didn't" into "won" "'t", "didn" "'t"
        if w.hasSuffix("n"), k + 1 < tokens.count, tokens[k + 1].lower == "'t" {
            switch w {
            case "won", "wouldn": return .future
            case "wasn", "weren", "didn", "hadn": return .past
            default: return nil
            }
        }
        if w == "going", k + 1 < tokens.count, tokens[k + 1].lower == "to" { return .future }
        if w == "soon" || w == "would" || w == "until" { return .future }
        // "it expects to release results in mid-November": an intention looks ahead
        if ["expects", "expect", "hopes", "hope", "intend", "plan", "aim", "promises", "promised", "vowed", "vows"].contains(w),
           k + 1 < tokens.count, tokens[k + 1].lower == "to" {
            return .future
        }
        // "announced plans to …": after a past verb or a determiner, "plans" is a noun
        if ["plans", "aims"].contains(w), k > 0,
           cue(tokens, k - 1) == .past || ["its", "his", "her", "their", "the", "our", "new"].contains(tokens[k - 1].lower) {
            return nil
        }
        if w == "due" || w == "set" || w == "expected" || w == "scheduled" || w == "planned" || w == "plans" || w == "planning"
            || w == "upcoming" || w == "intends" || w == "aims" {
            if w == "set" || w == "due" || w == "expected" || w == "scheduled" || w == "planned" {
                // "is set to", "is due to", "are expected to"; "due to" alone means "because of",
                // and "had been scheduled" looks back
                let before = k > 0 ? tokens[k - 1].lower : ""
                // "protesters planned a march on Saturday", "has scheduled a news conference
                // Thursday": arranging something with an object points at the thing arranged
                if w == "planned" || w == "scheduled", k + 1 < tokens.count, ["a", "an"].contains(tokens[k + 1].lower),
                   !["had", "been", "originally", "previously"].contains(before) {
                    return .future
                }
                guard k + 1 < tokens.count, ["to", "for", "on"].contains(tokens[k + 1].lower) else { return w == "set" ? .past : nil }
                // "the record set on Aug. 6": without a form of "be", "set on" is the past verb
                // ("a summit set for April" still looks ahead)
                if w == "set", tokens[k + 1].lower == "on", !["is", "are", "'s", "'re", "be", "being", "now", "also", "was", "were"].contains(before) {
                    return .past
                }
                if w == "due", !["is", "are", "am", "be", "'s", "'re", "being", "now", "also", "was", "were"].contains(before) { return nil }
                if ["had", "been", "previously", "originally", "as"].contains(before) { return .past }
            }
            return .future
        }
        // "will be held": a participle after "be" carries no tense of its own
        if k > 0, ["be", "being"].contains(tokens[k - 1].lower), w != "been" { return nil }
        // "when the case is heard": a present passive is not a past cue
        if k > 0, ["is", "are", "am", "'re"].contains(tokens[k - 1].lower), w != "been", w != "was", w != "were" { return nil }
        if TemporalLexicon.pastCues.contains(w) { return .past }
        if w.count > 4, w.hasSuffix("ed"), !TemporalLexicon.notPastEd.contains(w) {
            // "a still unspecified date", "the embattled company": an adjective
            if k > 0, ["a", "an", "the", "still", "very", "its", "his", "her", "their", "our", "newly", "recently"].contains(tokens[k - 1].lower) {
                return nil
            }
            // a participle after "has/have" or "will be" is not a past cue on its own
            if k > 0, ["has", "have", "be", "being", "'s", "'ve"].contains(tokens[k - 1].lower) { return nil }
            return .past
        }
        return nil
    }

    /// Verbs that move something to a later date.
    static let postponements: Set<String> = [
        "postponed", "delayed", "deferred", "adjourned", "extended", "rescheduled", "moved", "suspended",
    ]

    /// Words after which a verb is in its base form: modals and the infinitive marker.
    static let baseFormTriggers: Set<String> = [
        "will", "would", "could", "should", "may", "might", "can", "must", "shall", "to", "'ll", "cannot", "'t",
    ]

    /// Whether the "would" at `k` reports a plan ("said it would cut"): the future of a verb of
    /// saying a few words before it (and after token `after`), not a conditional.
    private static func reportedFuture(_ tokens: [TimexToken], _ k: Int, after: Int) -> Bool {
        for j in max(0, k - 4, after + 1)..<k where English.reportingVerbs.contains(tokens[j].lower) { return true }
        return false
    }

    private static func commaBetween(_ tokens: [TimexToken], _ a: Int, _ b: Int) -> Bool {
        for i in (a + 1)..<b where tokens[i].kind == .punct && tokens[i].lower == "," { return true }
        return false
    }

    private static func crossesBoundary(_ tokens: [TimexToken], _ k: Int, _ first: Int, _ last: Int) -> Bool {
        let range = k < first ? (k + 1)..<first : (last + 1)..<k
        for i in range where tokens[i].kind == .punct && [";", ":", "(", ")"].contains(tokens[i].lower) { return true }
        return false
    }
}
