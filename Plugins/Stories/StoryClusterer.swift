/// Groups document vectors into stories: a single pass in date order, then a merge of
/// clusters whose centroids are alike.
///
/// The single pass joins each article to the most similar story so far (cosine with the
/// story's centroid, found through an inverted index of centroid terms, so the cost grows
/// with the article's words rather than the number of stories) or starts a new one. A story
/// that has been quiet for a while is harder to join (`staleDays`, `quietDecayDays`): a
/// topic that returns weeks later with other words is a new story. The merge then joins
/// clusters, largest first, whose trimmed centroids meet the same threshold (with the same
/// penalty for the days between them), which repairs
/// a story split because its first articles came in before its vocabulary settled.
struct StoryClusterer: Sendable {
    /// The least cosine similarity of an article to a centroid to join it.
    var threshold: Float = 0.15
    /// Terms kept in a centroid for the merge and for the index.
    var centroidTerms = 100
    /// Days a story may go without articles before joining it gets harder.
    var staleDays = 30
    /// Beyond `staleDays`, the similarity is divided by 1 + (gap - staleDays) / this.
    var quietDecayDays: Float = 30
    /// Rounds of merging at most; each round is a pass over the clusters.
    var mergeRounds = 10
    /// The least centroid similarity to merge two clusters; nil uses `threshold`.
    var mergeThreshold: Float?
    /// Whether to merge clusters after the single pass.
    var merge = true

    /// The clusters of `vectors` as lists of indexes, each in ascending order; `days` are the
    /// documents' day numbers (nil when undated), used for order and staleness.
    func cluster(_ vectors: [StoryVector], days: [Int?]) -> [[Int]] {
        let order = vectors.indices.sorted { a, b in
            let (da, db) = (days[a] ?? Int.min, days[b] ?? Int.min)
            return da != db ? da < db : a < b
        }
        var clusters: [Centroid] = []
        var postings: [Int32: [Int]] = [:]
        var scores: [Float] = []
        var touched: [Int] = []
        for i in order {
            let vector = vectors[i]
            guard !vector.isEmpty else {
                clusters.append(Centroid(vector, member: i, day: days[i]))
                scores.append(0)
                continue
            }
            // Dot products with every cluster sharing a term, through the index.
            for (term, weight) in zip(vector.terms, vector.weights) {
                for c in postings[term, default: []] {
                    if scores[c] == 0 { touched.append(c) }
                    scores[c] += weight * clusters[c].sum[term, default: 0]
                }
            }
            var best = -1
            var bestScore: Float = 0
            for c in touched {
                let s = quiet(scores[c] / clusters[c].norm, gap: days[i].flatMap { d in clusters[c].lastDay.map { d - $0 } })
                if s > bestScore || (s == bestScore && c < best) { (best, bestScore) = (c, s) }
                scores[c] = 0
            }
            touched.removeAll(keepingCapacity: true)
            if best >= 0 && bestScore >= threshold {
                for term in clusters[best].add(vector, member: i, day: days[i]) {
                    postings[term, default: []].append(best)
                }
            } else {
                clusters.append(Centroid(vector, member: i, day: days[i]))
                scores.append(0)
                for term in vector.terms { postings[term, default: []].append(clusters.count - 1) }
            }
        }
        return (merge ? self.merge(clusters) : clusters).map { $0.members.sorted() }
    }

    /// `similarity` lowered for a story quiet for `gap` days beyond `staleDays`.
    func quiet(_ similarity: Float, gap: Int?) -> Float {
        guard let gap, gap > staleDays else { return similarity }
        return similarity / (1 + Float(gap - staleDays) / quietDecayDays)
    }

    /// Joins clusters whose trimmed centroids are at least `threshold` alike, largest first.
    func merge(_ start: [Centroid]) -> [Centroid] {
        var clusters = start
        for _ in 0..<mergeRounds {
            clusters.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count
                                                                 : $0.members.min()! < $1.members.min()! }
            var kept: [Centroid] = []
            var keptVectors: [StoryVector] = []
            var postings: [Int32: [Int]] = [:]
            var scores: [Float] = []
            var touched: [Int] = []
            var changed = false
            for cluster in clusters {
                let vector = cluster.trimmed(centroidTerms)
                for (term, weight) in zip(vector.terms, vector.weights) {
                    for k in postings[term, default: []] {
                        if scores[k] == 0 { touched.append(k) }
                        scores[k] += weight * keptVectors[k].weight(term)
                    }
                }
                var best = -1
                var bestScore: Float = 0
                for k in touched {
                    let score = quiet(scores[k], gap: cluster.gap(to: kept[k]))
                    if score > bestScore || (score == bestScore && k < best) { (best, bestScore) = (k, score) }
                    scores[k] = 0
                }
                touched.removeAll(keepingCapacity: true)
                if best >= 0 && bestScore >= (mergeThreshold ?? threshold) {
                    kept[best].absorb(cluster)
                    changed = true
                } else {
                    kept.append(cluster)
                    keptVectors.append(vector)
                    scores.append(0)
                    for term in vector.terms { postings[term, default: []].append(kept.count - 1) }
                }
            }
            clusters = kept
            if !changed { break }
        }
        return clusters
    }
}

/// A cluster while it grows: the sum of its members' vectors and its dates.
struct Centroid: Sendable {
    /// Sum of member vectors by term.
    var sum: [Int32: Float]
    /// Euclidean length of `sum`, kept up to date as members join.
    var norm: Float
    /// Document indexes.
    var members: [Int]
    /// The earliest and the latest member's day.
    var firstDay: Int?
    var lastDay: Int?

    init(_ vector: StoryVector, member: Int, day: Int?) {
        sum = Dictionary(uniqueKeysWithValues: zip(vector.terms, vector.weights))
        norm = 1  // member vectors are unit length
        members = [member]
        firstDay = day
        lastDay = day
    }

    /// Adds a member; returns the terms new to the centroid, for the caller's index.
    mutating func add(_ vector: StoryVector, member: Int, day: Int?) -> [Int32] {
        var fresh: [Int32] = []
        var squared = norm * norm
        for (term, weight) in zip(vector.terms, vector.weights) {
            let old = sum[term] ?? { fresh.append(term); return 0 }()
            squared += 2 * old * weight + weight * weight
            sum[term] = old + weight
        }
        norm = max(squared, .leastNormalMagnitude).squareRoot()
        members.append(member)
        if let day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
        return fresh
    }

    /// Takes in another cluster's members and sums.
    mutating func absorb(_ other: Centroid) {
        for (term, weight) in other.sum { sum[term, default: 0] += weight }
        norm = sum.keys.sorted().reduce(Float(0)) { $0 + sum[$1]! * sum[$1]! }.squareRoot()
        members += other.members
        if let day = other.firstDay { firstDay = min(firstDay ?? day, day) }
        if let day = other.lastDay { lastDay = max(lastDay ?? day, day) }
    }

    /// Days between the two clusters' spans, 0 when they overlap, nil when either is undated.
    func gap(to other: Centroid) -> Int? {
        guard let a = firstDay, let b = lastDay, let c = other.firstDay, let d = other.lastDay else { return nil }
        return max(0, max(a, c) - min(b, d))
    }

    /// The centroid's heaviest terms as a unit vector.
    func trimmed(_ limit: Int) -> StoryVector {
        StoryVector(weighted: sum.map { ($0.key, $0.value) }, limit: limit)
    }
}

extension StoryVector {
    /// The weight of `term`, or 0; binary search over the sorted ids.
    func weight(_ term: Int32) -> Float {
        var (low, high) = (0, terms.count)
        while low < high {
            let mid = (low + high) / 2
            if terms[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low < terms.count && terms[low] == term ? weights[low] : 0
    }
}
