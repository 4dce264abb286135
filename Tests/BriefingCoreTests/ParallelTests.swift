import Testing
@testable import BriefingCore

@Suite("Parallel map")
struct ParallelTests {
    struct Failure: Error, Equatable { let item: Int }

    @Test("results come back in the items' order, serial or on all cores", arguments: [0, 1, 5, 63, 64, 1000, 4099])
    func orderKept(_ count: Int) {
        let items = Array(0..<count)
        #expect(Parallel.map(items) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
        #expect(Parallel.map(count: count, minimumCount: 2) { String($0) } == items.map { String($0) })
    }

    @Test("the earliest failing item's error is thrown, whatever the scheduling")
    func earliestErrorThrown() {
        let items = Array(0..<2000)
        #expect(throws: Failure(item: 300)) {
            try Parallel.map(items, minimumCount: 2) { (i: Int) throws(Failure) -> Int in
                if i == 300 || i == 301 || i == 1700 { throw Failure(item: i) }
                return i
            }
        }
    }

    @Test("a transform that cannot throw needs no try")
    func nonThrowing() {
        let lengths: [Int] = Parallel.map(["a", "bb", "ccc"], minimumCount: 1) { $0.count }
        #expect(lengths == [1, 2, 3])
    }
}
