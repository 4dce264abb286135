/// Ranks the days of a story by the evidence across the corpus that they mattered.
///
/// A day matters when many documents refer to it by date, above all documents published soon
/// after it (the coverage of that day's news) and weeks later (a day still referred back to), and when many documents were published on it
/// (a burst of coverage): the date-mention and publication counts that Martschat & Markert
/// (2018) and Gholipour Ghalandari & Ifrim (2020) found to carry most of the date-selection
/// signal, combined with fixed weights instead of a learned model so that no labelled data is
/// needed.
struct DateRanker: Sendable {
    /// How much each kind of evidence counts. A document naming the day counts by how long
    /// after the day it was published: the day's own coverage (that day and the next) counts
    /// fully, the follow-ups of the week half, a look back from the weeks after (the day is still
    /// the reference point a month on) double, and later background once; a look ahead a
    /// quarter. The values were chosen on half of the Timeline17 topics (EgyptianProtest,
    /// IraqWar, MJ, bpoil) and checked on the other half (docs/benchmarks.md).
    struct Weights: Sendable, Hashable {
        /// Published on the day or the day after.
        var coverage = 1.0
        /// Published 2 to 7 days after.
        var followUp = 0.5
        /// Published 8 to 30 days after.
        var lookBack = 2.0
        /// Published more than 30 days after.
        var background = 1.0
        /// Published before the day (looking ahead to it).
        var ahead = 0.25
        /// A document published on the day, whatever it names.
        var published = 0.25
        /// Mentions of days further than this before the first or after the last publication
        /// day are history or speculation, not the story's own days.
        var horizon = 366
    }

    /// A ranked day with the evidence behind it.
    struct RankedDay: Sendable, Hashable {
        /// Days since 1970-01-01.
        var day: Int
        /// The combined evidence.
        var score: Double
        /// Distinct documents that refer to the day or were published on it.
        var documents: Int
    }

    var weights = Weights()

    /// Every day some document refers to or was published on, best first (ties: earlier day).
    func rank(_ documents: [DocumentDays]) -> [RankedDay] {
        let published = documents.compactMap(\.published)
        let lower = published.min().map { $0 - weights.horizon } ?? Int.min
        let upper = published.max().map { $0 + weights.horizon } ?? Int.max
        var score: [Int: Double] = [:]
        var support: [Int: Int] = [:]
        for d in documents {
            for day in d.mentioned where day >= lower && day <= upper {
                score[day, default: 0] += mentionWeight(day: day, published: d.published)
                if d.published != day { support[day, default: 0] += 1 }
            }
            if let p = d.published {
                score[p, default: 0] += weights.published
                support[p, default: 0] += 1
            }
        }
        return score.map { RankedDay(day: $0.key, score: $0.value, documents: support[$0.key] ?? 0) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.day < $1.day }
    }

    /// What one document naming `day` adds, by when it was published.
    func mentionWeight(day: Int, published: Int?) -> Double {
        guard let p = published else { return weights.coverage }
        switch p - day {
        case ..<0: return weights.ahead
        case 0...1: return weights.coverage
        case 2...7: return weights.followUp
        case 8...30: return weights.lookBack
        default: return weights.background
        }
    }
}
