import Foundation
import Testing
import BriefingTestSupport

@Suite("briefing build on real corpora")
struct BuildTests {
    @Test("the seed corpus builds index, five source pages and the sources data")
    func seedBuild() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let result = try CLI.run(["build", "--output", out.url.path], in: CLI.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(out.exists("index.html"))
        #expect(out.exists("data/sources.json"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.url.appendingPathComponent("sources").path)
        #expect(pages.filter { $0.hasSuffix(".html") }.count == 5)
        let data = try JSONSerialization.jsonObject(with: Data(try out.read("data/sources.json").utf8)) as? [String: Any]
        let documents = data?["documents"] as? [[String: Any]]
        #expect(documents?.count == 5)
        #expect((documents?.first?["words"] as? Int ?? 0) > 100)
    }

    @Test("the committed site/ is exactly what a fresh build of seeds/ produces")
    func committedSiteIsReproducible() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let result = try CLI.run(["build", "--output", out.url.path, "--quiet"], in: CLI.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let fresh = try snapshot(out.url)
        let committed = try snapshot(CLI.packageRoot.appendingPathComponent("site"))
        let differing = Set(fresh.keys).union(committed.keys).filter { fresh[$0] != committed[$0] }.sorted()
        #expect(differing.isEmpty, "site/ is stale (\(differing.prefix(5).joined(separator: ", "))…): rebuild it with `swift run briefing build` and commit it")
    }

    @Test("two builds of the same inputs are byte-identical")
    func reproducible() throws {
        let corpus = try TemporaryFolder()
        let a = try TemporaryFolder()
        let b = try TemporaryFolder()
        defer { corpus.remove(); a.remove(); b.remove() }
        try corpus.write("one.txt", sampleArticle)
        try corpus.write("nested/two.md", "---\ntitle: Bridge vote\ndate: 2025-03-04\nsource: Daily\n---\n\nThe council *approved* the bridge.\n")
        for out in [a, b] {
            let result = try CLI.run(["build", "--corpus", corpus.url.path, "--output", out.url.path], in: corpus.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let first = try snapshot(a.url)
        #expect(!first.isEmpty)
        #expect(first == (try snapshot(b.url)))
    }

    @Test("a release binary copied alone to an empty folder builds a site there")
    func copiedBinary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.url.appendingPathComponent("briefing")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        try folder.write("seeds/article.txt", sampleArticle)
        let result = try CLI.run(["build"], in: folder.url, executable: copy)
        #expect(result.status == 0, "\(result.stderr)")
        let index = try folder.read("site/index.html")
        #expect(index.contains("City council approves new bridge plan"))
        #expect(folder.exists("site/assets/style.css"))
    }

    @Test("corpus text is escaped and raw HTML in Markdown is stripped")
    func escaping() throws {
        let corpus = try TemporaryFolder()
        let out = try TemporaryFolder()
        defer { corpus.remove(); out.remove() }
        try corpus.write("a.txt", "Headline with <b>tags</b> in it\n\nBody says <script>alert(1)</script> & more.\n")
        try corpus.write("b.md", "---\ntitle: Markdown <i>story</i>\n---\n\nSome text <script>alert(2)</script> here.\n\nA [link](https://example.org) stays.\n")
        let result = try CLI.run(["build", "--corpus", corpus.url.path, "--output", out.url.path], in: corpus.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try snapshot(out.url).filter { $0.key.hasSuffix(".html") }
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path) contains a script tag")
            #expect(!html.contains("<b>tags"), "\(path) contains unescaped corpus markup")
        }
        let a = try out.read("sources/a.txt.html")
        #expect(a.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        let b = try out.read("sources/b.md.html")
        #expect(b.contains("<a href=\"https://example.org\">link</a>"))
    }

    @Test("a project Templates/ folder overrides the default theme by name")
    func templateOverride() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("Templates/index.mustache", "<p>Custom index for {{site.title}}</p>\n")
        try project.write("Templates/assets/extra.css", "body { color: red; }\n")
        let result = try CLI.run(["build"], in: project.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try project.read("site/index.html") == "<p>Custom index for City council approves new bridge plan</p>\n")
        #expect(project.exists("site/assets/extra.css"))
        #expect(project.exists("site/assets/style.css"))
        #expect(try project.read("site/sources/a.txt.html").contains("<!doctype html>"))
    }

    @Test("--only runs the named passes and their dependencies")
    func onlySelection() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        let result = try CLI.run(["build", "--only", "sources", "--verbose"], in: project.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("timing: pass=sources seconds="))
        let data = try FileManager.default.contentsOfDirectory(atPath: project.url.appendingPathComponent("site/data").path)
        #expect(data == ["sources.json"])
    }

    @Test("briefing plugins lists the built-in passes with their dependencies")
    func plugins() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["plugins"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("sources"))
        #expect(result.stdout.contains("built-in"))
    }
}
