import Dispatch
import Foundation

/// Maps an array on all cores, keeping the order of the results.
///
/// The summary's per-document work (tokenising, filtering, per-document summaries) is
/// independent between documents; on large corpora it is most of the pass's time.
enum ParallelMap {
    /// Results of `transform` over `items`, in order; serial below `minimumCount` items,
    /// where starting threads would cost more than it saves.
    static func map<T: Sendable, R: Sendable>(_ items: [T], minimumCount: Int = 64,
                                              _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count >= minimumCount else { return items.map(transform) }
        let chunks = min(items.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        let output = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        output.initialize(repeating: nil)
        defer {
            output.deinitialize()
            output.deallocate()
        }
        let slots = Slots(pointer: output)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = items.count * chunk / chunks
            let upper = items.count * (chunk + 1) / chunks
            for k in lower..<upper { slots.pointer[k] = transform(items[k]) }
        }
        return output.map { $0! }
    }

    /// The output buffer, shared by the workers; each writes only its own indices.
    private struct Slots<R>: @unchecked Sendable {
        let pointer: UnsafeMutableBufferPointer<R?>
    }
}
