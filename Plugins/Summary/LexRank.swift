/// LexRank centrality (Erkan & Radev, 2004) over a sparse similarity graph.
///
/// A sentence is central when many sentences resemble it, and central ones count more: the
/// stationary distribution of a random walk on the cosine-similarity graph, with damping so
/// that isolated sentences keep a small share.
enum LexRank {
    /// One weighted, undirected edge list per node.
    typealias Graph = [[(node: Int, weight: Float)]]

    /// Scores of the nodes of `graph`, summing to 1.
    static func scores(_ graph: Graph, damping: Float = 0.85, iterations: Int = 40, tolerance: Float = 1e-6) -> [Float] {
        let n = graph.count
        guard n > 0 else { return [] }
        let degree = graph.map { $0.reduce(Float(0)) { $0 + $1.weight } }
        var p = [Float](repeating: 1 / Float(n), count: n)
        var next = p
        for _ in 0..<iterations {
            // Mass of nodes without edges is spread evenly, as if they linked to every node.
            var dangling: Float = 0
            for i in 0..<n where degree[i] == 0 { dangling += p[i] }
            let base = (1 - damping) / Float(n) + damping * dangling / Float(n)
            for i in 0..<n { next[i] = base }
            for i in 0..<n where degree[i] > 0 {
                let share = damping * p[i] / degree[i]
                for edge in graph[i] { next[edge.node] += share * edge.weight }
            }
            var change: Float = 0
            for i in 0..<n { change += abs(next[i] - p[i]) }
            swap(&p, &next)
            if change < tolerance { break }
        }
        return p
    }
}
