/// Groups quotations that are one utterance carried by several sources (or repeated in one).
///
/// Two quotes are the same utterance when they have the same speaker and one's words are a
/// contiguous part of the other's (“tough” in “a tough one”), or their words overlap strongly
/// (rewrites that change a word or two). Quotes without a speaker join only on long, near-exact
/// overlap.
enum QuoteGrouper {
    /// One quote as the grouper sees it.
    struct Item: Sendable {
        var speaker: String?
        var words: [String]
    }

    /// Components of two or more items, each as item indices in order.
    static func groups(_ items: [Item], minimumOverlap: Double = 0.75) -> [[Int]] {
        var parent = Array(items.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var bySpeaker: [String: [Int]] = [:]
        var anonymous: [String: [Int]] = [:]
        for (i, item) in items.enumerated() where !item.words.isEmpty {
            if let s = item.speaker {
                bySpeaker[s, default: []].append(i)
            } else if item.words.count >= 6 {
                anonymous[item.words.prefix(3).joined(separator: " "), default: []].append(i)
            }
        }
        for (_, members) in bySpeaker {
            for a in members.indices {
                for b in members.indices where b > a {
                    if same(items[members[a]].words, items[members[b]].words, minimumOverlap: minimumOverlap) {
                        parent[find(members[b])] = find(members[a])
                    }
                }
            }
        }
        for (_, members) in anonymous {
            for a in members.indices {
                for b in members.indices where b > a {
                    let x = items[members[a]].words, y = items[members[b]].words
                    if overlap(x, y) >= 0.9 { parent[find(members[b])] = find(members[a]) }
                }
            }
        }
        var components: [Int: [Int]] = [:]
        for i in items.indices { components[find(i), default: []].append(i) }
        return components.values.filter { $0.count >= 2 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Same utterance: containment or strong overlap.
    static func same(_ x: [String], _ y: [String], minimumOverlap: Double) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if contains(long, short) { return true }
        return short.count >= 3 && overlap(x, y) >= minimumOverlap
    }

    /// Whether `part` occurs as a contiguous run of `whole`.
    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        var i = 0
        while i + part.count <= whole.count {
            if whole[i] == part[0], Array(whole[i..<(i + part.count)]) == part { return true }
            i += 1
        }
        return false
    }

    /// Shared distinct words over the smaller set.
    static func overlap(_ x: [String], _ y: [String]) -> Double {
        let a = Set(x), b = Set(y)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
