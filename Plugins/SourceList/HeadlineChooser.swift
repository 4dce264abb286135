import BriefingCore

/// Picks the headline most representative of a set of headlines.
enum HeadlineChooser {
    /// The headline closest to the centroid of all headlines: the one whose content words are
    /// shared by most other headlines, relative to its length. Linear in the number of
    /// headlines (a corpus may hold thousands). Ties: the shorter, then the first
    /// alphabetically, so the choice is stable.
    static func central(_ headlines: [String]) -> String? {
        guard headlines.count > 1 else { return headlines.first }
        let bags = headlines.map { headline in
            Set(Tokenizer.words(SourceText(headline)).filter { $0.count > 3 })
        }
        var frequency: [String: Int] = [:]
        for bag in bags { for word in bag { frequency[word, default: 0] += 1 } }
        var best: (score: Double, headline: String)?
        for (headline, bag) in zip(headlines, bags) where !bag.isEmpty {
            // Other headlines sharing each word, normalised like a cosine against the centroid.
            let shared = bag.reduce(0) { $0 + frequency[$1]! - 1 }
            let score = Double(shared) / Double(bag.count).squareRoot()
            if let current = best {
                if score > current.score + 1e-9
                    || (abs(score - current.score) <= 1e-9 && (headline.count, headline) < (current.headline.count, current.headline)) {
                    best = (score, headline)
                }
            } else {
                best = (score, headline)
            }
        }
        return best?.headline ?? headlines.first
    }
}
