/// The evidence a speaker candidate is scored on: general features of where a mention stands
/// relative to a quotation, what fills the slot between them and what kind of mention it is.
///
/// Each case is one weight of the learned model (`AttributionModel`); its `name` (the case's
/// name) is used in the feature dump and in the trained weights, so renaming a case needs
/// retraining. The raw value is the case's index in a `FeatureVector`.
/// The named rules of `Attributor` (the patterns of news writing) enter as features too
/// (`rule…`), beside the general ones, so no single rule or word list decides alone.
enum AttributionFeature: Int, CaseIterable, Sendable {
    // Where the mention stands.
    case afterQuote, beforeQuote
    case sameSentence, nextSentence, previousSentence, twoOrMoreSentences
    case previousParagraph, nextParagraph
    case leadInParagraph
    case gapNone, gapOneWord, gapTwoToThree, gapFourToSeven, gapEightToFifteen, gapFarther
    case nearestAfter, nearestBefore, firstInSentence
    // The slot next to the quote.
    case slotMentionVerb        // “…,” X VERB
    case slotVerbMention        // “…,” VERB X
    case slotAppositiveVerb     // “…,” X, the …, VERB
    case slotMentionVerbColon   // X VERB: “…”
    case slotMentionVerbBefore  // X VERB (that) “…”
    case slotMentionColon       // X: “…”
    case slotAccordingTo        // according to X
    case slotDash               // “…” — X
    case verbFills              // a lower-case word that can be a finite verb fills the slot
    case verbFinite             // …and it looks finite (-ed, -s, irregular past)
    case verbIsSpeech           // …and it is on the speech-verb list
    case verbNegated            // “did not say”
    case verbHasOwnClause       // “said she heard …”: the verb reports a clause with its own subject
    case subjectOfVerb          // the mention is followed by a verb anywhere
    case afterPreposition       // “of X”, “to X”: an object, not a speaker
    case possessive             // “X's”
    // Punctuation and other quotes between.
    case gapComma, gapColon, gapDash, gapSentenceEnd, gapOtherQuote, gapParenthesis
    case gapLineBreak           // a new line between them (lists of quotes, one a line)
    case gapSubordinator        // “…,” when X …: the mention opens another clause
    case slotBareBefore         // X right before the opening mark, nothing between
    // The mention.
    case kindName, kindFullName, kindPronoun, kindNominal
    case pronounPerson          // he, she
    case pronounGroup           // they, it
    case pronounFirstPerson     // I, we (outside the marks: the writer)
    case nominalRole            // a description with a role word
    case nominalBare            // a lone role word without determiner ("campaign message")
    // The quote before.
    case continuesPrevious      // the mention that attributed the quote before
    case sameTextAsPrevious     // the same words as that mention
    // Named rules that proposed this mention.
    case ruleAdjacent, ruleClause, ruleMarker, ruleContinuation, rulePrevious, ruleSubject, ruleLeadIn
    // Interactions a linear model cannot make itself.
    case slotVerbFillsAfter     // an after-quote slot with a verb in it
    case slotVerbFillsBefore    // a before-quote slot with a verb in it
    case pronounNextSentence    // “…step.” He said …
    case otherCandidateInSlot   // another mention fills a slot next to the quote
    case continuationAcrossLine // the speaker before, on the line before (a list of quotes)

    /// The name in dumps and weight files.
    var name: String { String(describing: self) }
}

/// One feature vector, indexed by `AttributionFeature`.
struct FeatureVector: Sendable, Hashable {
    private(set) var values: [Float]

    init() { values = Self.zero }

    private static let zero = [Float](repeating: 0, count: AttributionFeature.allCases.count)

    subscript(_ f: AttributionFeature) -> Float {
        get { values[f.rawValue] }
        set { values[f.rawValue] = newValue }
    }

    /// Sets a binary feature.
    mutating func set(_ f: AttributionFeature, _ on: Bool = true) { if on { self[f] = 1 } }
}
