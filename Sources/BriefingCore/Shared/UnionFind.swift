/// Disjoint sets over `0..<count`, with path halving.
///
/// Several passes group things transitively (near-duplicate documents into clusters, quotes
/// into groups, name variants into one speaker); one small structure serves them all.
public struct UnionFind: Sendable {
    private var parent: [Int]

    /// `count` singleton sets.
    public init(count: Int) {
        parent = Array(0..<count)
    }

    /// The representative of `x`'s set.
    public mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Merges the sets of `a` and `b`; the smaller representative wins, so results are stable.
    public mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }

    /// The representative of every element, in order.
    public mutating func representatives() -> [Int] {
        (0..<parent.count).map { find($0) }
    }
}
