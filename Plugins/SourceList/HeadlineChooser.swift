import BriefingCore

/// Picks the headline most representative of a set of headlines.
enum HeadlineChooser {
    /// The headline whose content words overlap most with the others' (ties: the shorter, then
    /// the first alphabetically, so the choice is stable).
    static func central(_ headlines: [String]) -> String? {
        guard headlines.count > 1 else { return headlines.first }
        let bags = headlines.map { headline in
            Set(Tokenizer.words(SourceText(headline)).filter { $0.count > 3 })
        }
        var best: (score: Double, headline: String)?
        for (i, headline) in headlines.enumerated() {
            var score = 0.0
            for (j, other) in bags.enumerated() where j != i {
                let union = bags[i].union(other).count
                if union > 0 { score += Double(bags[i].intersection(other).count) / Double(union) }
            }
            if let current = best {
                if score > current.score + 1e-9
                    || (abs(score - current.score) <= 1e-9 && (headline.count, headline) < (current.headline.count, current.headline)) {
                    best = (score, headline)
                }
            } else {
                best = (score, headline)
            }
        }
        return best?.headline
    }
}
