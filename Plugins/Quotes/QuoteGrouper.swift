import BriefingCore
/// Groups quotations that are one utterance carried by several sources (or repeated in one).
///
/// Two quotes are the same utterance when they have the same speaker and one's words are a
/// contiguous part of the other's (“tough” in “a tough one”), or their words overlap strongly
/// (rewrites that change a word or two). Quotes without a speaker join only on long, near-exact
/// overlap. Candidates come from an index of each speaker's words, rarest first, so a speaker
/// quoted thousands of times is not compared pair by pair.
enum QuoteGrouper {
    /// One quote as the grouper sees it.
    struct Item: Sendable {
        var speaker: String?
        var words: [String]
    }

    /// Most other quotes one quote is checked against (postings walked, matches or not): a
    /// speaker quoted hundreds of thousands of times in one huge text would otherwise make
    /// grouping quadratic. Real corpora stay far below it.
    static let maxComparisons = 4_000

    /// Components of two or more items, each as item indices in order.
    static func groups(_ items: [Item], minimumOverlap: Double = 0.75) -> [[Int]] {
        var limited = 0
        return groups(items, minimumOverlap: minimumOverlap, maxComparisons: maxComparisons, limited: &limited)
    }

    /// Components of two or more items; `limited` counts the quotes whose candidates were cut
    /// at `maxComparisons`.
    static func groups(_ items: [Item], minimumOverlap: Double = 0.75, maxComparisons: Int, limited: inout Int) -> [[Int]] {
        var cut = 0
        var unions = UnionFind(count: items.count)
        func find(_ x: Int) -> Int { unions.find(x) }
        var bySpeaker: [String: [Int]] = [:]
        var anonymous: [Int] = []
        for (i, item) in items.enumerated() where !item.words.isEmpty {
            if let s = item.speaker {
                bySpeaker[s, default: []].append(i)
            } else if item.words.count >= 6 {
                anonymous.append(i)
            }
        }
        let sets = items.map { Set($0.words) }
        var fragments: [Int: [Int]] = [:]   // short quote → longer quotes containing it
        func link(_ all: [Int], threshold: Double, anonymousOnly: Bool) {
            guard all.count >= 2 else { return }
            // Identical wordings join at once; only one of each goes through the index.
            var firstOf: [[String]: Int] = [:]
            var members: [Int] = []
            for m in all {
                if let first = firstOf[items[m].words] {
                    unions.union(m, first)
                } else {
                    firstOf[items[m].words] = m
                    members.append(m)
                }
            }
            guard members.count >= 2 else { return }
            // Word → members containing it, and how many members contain each word.
            var postings: [String: [Int]] = [:]
            for m in members {
                for w in sets[m] { postings[w, default: []].append(m) }
            }
            for a in members {
                // Any match shares one of a's rarest words: enough of them to exceed what the
                // overlap threshold allows a match to miss.
                let rarest = sets[a].sorted { (postings[$0]?.count ?? 0, $0) < (postings[$1]?.count ?? 0, $1) }
                let needed = min(rarest.count, Int(Double(rarest.count) * (1 - threshold)) + 1)
                var seen = Set<Int>()
                var walked = 0
                candidates: for (rank, w) in rarest.prefix(needed).enumerated() {
                    let posting = postings[w] ?? []
                    // Beyond the rarest word, a word most of the speaker's quotes share ("the") only
                    // finds pairs the rarest word finds too, in all but contrived cases: skip it.
                    if rank > 0, posting.count > 1000 { continue }
                    for b in posting where b != a {
                        walked += 1
                        if walked > maxComparisons {
                            cut += 1
                            break candidates
                        }
                        guard find(a) != find(b), seen.insert(b).inserted else { continue }
                        let match = anonymousOnly
                            ? overlap(sets[a], sets[b]) >= threshold
                            : same(items[a].words, items[b].words, sets[a], sets[b], minimumOverlap: threshold)
                        guard match else { continue }
                        // A fragment of one to three words found inside longer quotes must not
                        // chain two different statements together: it joins one of them, later.
                        let (short, long) = items[a].words.count <= items[b].words.count ? (a, b) : (b, a)
                        if items[short].words.count <= 3, items[long].words.count > items[short].words.count {
                            fragments[short, default: []].append(long)
                        } else {
                            unions.union(a, b)
                        }
                    }
                }
            }
        }
        for (_, members) in bySpeaker { link(members, threshold: minimumOverlap, anonymousOnly: false) }
        link(anonymous, threshold: 0.9, anonymousOnly: true)
        limited += cut
        // Each fragment joins the most widely carried statement that contains it.
        var size: [Int: Int] = [:]
        for i in items.indices { size[find(i), default: 0] += 1 }
        for short in fragments.keys.sorted() {
            let candidates = fragments[short]!.sorted()
            guard let best = candidates.max(by: { (size[find($0)] ?? 0, -$0) < (size[find($1)] ?? 0, -$1) }) else { continue }
            let (from, to) = (find(short), find(best))
            if from != to {
                let merged = (size[to] ?? 0) + (size[from] ?? 1)
                size[unions.union(from, to)] = merged
            }
        }
        var components: [Int: [Int]] = [:]
        for i in items.indices { components[find(i), default: []].append(i) }
        return components.values.filter { $0.count >= 2 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Same utterance: containment or strong overlap.
    static func same(_ x: [String], _ y: [String], _ a: Set<String>, _ b: Set<String>, minimumOverlap: Double) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if contains(long, short) { return true }
        return short.count >= 3 && overlap(a, b) >= minimumOverlap
    }

    /// Whether `part` occurs as a contiguous run of `whole`.
    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        var i = 0
        while i + part.count <= whole.count {
            if whole[i] == part[0], whole[i..<(i + part.count)].elementsEqual(part) { return true }
            i += 1
        }
        return false
    }

    /// Shared distinct words over the smaller set.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for w in small where large.contains(w) { shared += 1 }
        return Double(shared) / Double(small.count)
    }
}
