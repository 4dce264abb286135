/// Maps a range of indexes in concurrent chunks, keeping the order.
///
/// The per-document stages of the pass are independent and make up most of its time on large
/// corpora; splitting them into a few chunks per core lets them use the whole machine without
/// a task per document.
enum ConcurrentMap {
    /// `transform(i)` for every `i` in `0..<count`, in order; sequential below `minimumPerChunk`.
    static func map<T: Sendable>(_ count: Int, minimumPerChunk: Int = 64,
                                 _ transform: @escaping @Sendable (Int) -> T) async -> [T] {
        let workers = max(1, min(8, count / max(1, minimumPerChunk)))
        guard workers > 1 else { return (0..<count).map(transform) }
        let chunk = (count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for w in 0..<workers {
                let range = (w * chunk)..<min(count, (w + 1) * chunk)
                guard !range.isEmpty else { continue }
                group.addTask { (w, range.map(transform)) }
            }
            var parts: [(Int, [T])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
