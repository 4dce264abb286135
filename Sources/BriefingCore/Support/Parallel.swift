import Dispatch
import Foundation

/// The one way passes and the site builder spread independent work over the cores.
///
/// Per-document work (tagging, attribution, staging, summaries, source pages) is independent
/// between documents and makes up most of the running time on large corpora. `Parallel.map`
/// splits the items into a few chunks per core, runs the chunks on all cores and returns the
/// results in the order of the items, so that output never depends on the number of cores or
/// on scheduling. Below `minimumCount` items it runs serially, where starting threads would cost
/// more than it saves.
public enum Parallel {
    /// `transform` of every item, in the items' order. When `transform` throws, the error of the
    /// earliest failing item is thrown (after every chunk has stopped), whatever the scheduling.
    public static func map<T: Sendable, R: Sendable, E: Error>(
        _ items: [T], minimumCount: Int = 64, _ transform: @Sendable (T) throws(E) -> R
    ) throws(E) -> [R] {
        guard items.count >= max(2, minimumCount) else { return try items.map(transform) }
        let chunks = min(items.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        let output = Slots<R>(count: items.count)
        let failures = Slots<(Int, E)>(count: chunks)
        defer {
            output.release()
            failures.release()
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = items.count * chunk / chunks
            let upper = items.count * (chunk + 1) / chunks
            for k in lower..<upper {
                do throws(E) {
                    output.pointer[k] = try transform(items[k])
                } catch {
                    failures.pointer[chunk] = (k, error)
                    return
                }
            }
        }
        // Chunks cover the items in order, so the first failed chunk holds the earliest failure.
        if let (_, error) = failures.pointer.lazy.compactMap({ $0 }).first { throw error }
        return output.pointer.map { $0! }
    }

    /// `transform(i)` for every `i` in `0..<count`, in order.
    public static func map<R: Sendable>(count: Int, minimumCount: Int = 64, _ transform: @Sendable (Int) -> R) -> [R] {
        map(Array(0..<count), minimumCount: minimumCount, transform)
    }

    /// An output buffer shared by the workers; each writes only its own indices, and it is
    /// read only after every worker has finished.
    private struct Slots<Element>: @unchecked Sendable {
        let pointer: UnsafeMutableBufferPointer<Element?>

        init(count: Int) {
            pointer = .allocate(capacity: count)
            pointer.initialize(repeating: nil)
        }

        func release() {
            pointer.deinitialize()
            pointer.deallocate()
        }
    }
}
