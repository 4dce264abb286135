/// Disjoint sets over `0..<count`, for clusters of documents and groups of sentences.
struct UnionFind {
    private var parent: [Int]

    /// Creates `count` singleton sets.
    init(count: Int) { parent = Array(0..<count) }

    /// The representative of `x`'s set.
    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var y = x
        while parent[y] != root {
            let next = parent[y]
            parent[y] = root
            y = next
        }
        return root
    }

    /// Joins the sets of `a` and `b`; the smaller index becomes the root.
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
