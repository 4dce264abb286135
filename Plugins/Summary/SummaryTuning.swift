/// The constants of the summariser in one place, with why each has its value.
///
/// Chosen by general reasoning about news text and checked on development data; none
/// depends on a particular story.
struct SummaryTuning: Sendable {
    /// Largest number of sentences put in the similarity graph; beyond it, sentences are
    /// pre-selected by closeness to the corpus centroid so the graph stays small.
    var maxGraphNodes = 1_500
    /// Cosine below which two sentences are not linked in the graph (LexRank's threshold).
    var edgeThreshold: Float = 0.1
    /// Edges inside one document count less: a fact repeated by other outlets matters more
    /// than an article restating itself.
    var sameDocumentEdgeWeight: Float = 0.5
    /// Cosine at which another outlet's sentence counts as carrying the same fact (support).
    var supportThreshold: Float = 0.35

    /// Weights of the score's parts: centrality, centroid closeness, position, support.
    var centralityWeight: Float = 0.35
    /// Closeness to the corpus centroid.
    var centroidWeight: Float = 0.30
    /// Lead-position prior.
    var positionWeight: Float = 0.15
    /// Support from other documents.
    var supportWeight: Float = 0.20

    /// Sentence length the score is neutral to; longer ones lose, shorter ones gain a little,
    /// so that a word budget holds more facts (an extractive summary is judged per word).
    var neutralLength: Float = 22
    /// How strongly length counts (0: not at all).
    var lengthExponent: Float = 0.2

    /// MMR trade-off between relevance (1) and novelty (0).
    var mmrLambda: Float = 0.6
    /// Cosine at or above which a candidate repeats a chosen sentence and is dropped.
    var redundancyThreshold: Float = 0.45
    /// Weight of closeness in publication date to an already chosen sentence: over a story
    /// that runs for months, the lead should tell its course, not its first day seven times.
    var timeWeight: Float = 0.15
    /// How many of the best candidates MMR looks at in each step.
    var mmrPool = 300

    /// Cosine above which another sentence is checked as a possible citation.
    var citationSearchThreshold: Float = 0.3
    /// Cosine from which another document's sentence that fails the containment test still
    /// counts as saying the same thing in other words (listed as a paraphrase, not cited).
    var paraphraseThreshold: Float = 0.5
    /// Share of the summary sentence's words a cited span must contain.
    var citationContainment: Float = 0.85
}
