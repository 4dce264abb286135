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

    /// Merges the sets of `a` and `b` and returns the new representative; the smaller one
    /// wins, so results do not depend on the order of merges.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Int {
        let (ra, rb) = (find(a), find(b))
        if ra == rb { return ra }
        if ra < rb {
            parent[rb] = ra
            return ra
        }
        parent[ra] = rb
        return rb
    }

    /// Adds a new singleton set and returns its element.
    @discardableResult
    public mutating func add() -> Int {
        parent.append(parent.count)
        return parent.count - 1
    }

    /// Number of elements.
    public var count: Int { parent.count }

    /// The representative of every element, in order.
    public mutating func representatives() -> [Int] {
        (0..<parent.count).map { find($0) }
    }
}
