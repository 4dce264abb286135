import BriefingCore
import Testing

@Suite("UnionFind")
struct UnionFindTests {
    @Test("unions are transitive and the smallest element represents its set")
    func transitive() {
        var sets = UnionFind(count: 6)
        sets.union(4, 2)
        sets.union(2, 5)
        #expect(sets.union(1, 0) == 0)
        #expect(sets.representatives() == [0, 0, 2, 3, 2, 2])
        #expect(sets.find(5) == sets.find(4))
        #expect(sets.find(3) == 3)
    }

    @Test("elements can be added after creation")
    func growing() {
        var sets = UnionFind(count: 0)
        let a = sets.add()
        let b = sets.add()
        sets.union(b, a)
        #expect(sets.count == 2)
        #expect(sets.find(b) == a)
    }
}
