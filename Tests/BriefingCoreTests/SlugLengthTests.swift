import Testing
@testable import BriefingCore

/// Issue 16 item 13: page names stay under the file-system limit and distinct.
@Suite("slug length")
struct SlugLengthTests {
    @Test("short ids keep their slug; long ones are cut and end in a hash of the whole id")
    func shortening() {
        #expect(SitePaths.slug("a/b c.txt") == "a--b~20c.txt")
        let a = String(repeating: "x", count: 300) + "a.txt"
        let b = String(repeating: "x", count: 300) + "b.txt"
        #expect(SitePaths.slug(a).utf8.count <= SitePaths.maxSlugBytes)
        #expect(SitePaths.slug(a) != SitePaths.slug(b))
        #expect(SitePaths.slug(a).hasPrefix("xxxxxxxx"))
        #expect(SitePaths.slug(a) == SitePaths.slug(a))
        let exact = String(repeating: "y", count: SitePaths.maxSlugBytes)
        #expect(SitePaths.slug(exact) == exact)
    }
}
