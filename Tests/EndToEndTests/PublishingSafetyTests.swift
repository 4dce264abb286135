import Foundation
import Testing

/// Issue 16 items 6–8: what the site publishes.
@Suite("the site publishes no scripts, no files from outside the corpus, and no page a plugin replaced")
struct PublishingSafetyTests {
    @Test("item 6: a script or data address in front matter or JSON is shown as text, never as a link")
    func unsafeURLs() throws {
        let project = try TempFolder()
        defer { project.remove() }
        try project.write("seeds/a.md", "---\ntitle: Bridge vote passes council\nurl: javascript:alert(1)\n---\n\n\(sampleArticle)\n")
        let records = [
            ["id": "b", "title": "Second bridge report", "url": " javascript:alert(2)", "text": sampleArticle],
            ["id": "c", "title": "Third bridge report", "url": "java\nscript:alert(3)", "text": sampleArticle],
            ["id": "d", "title": "Fourth bridge report", "url": "data:text/html,<script>alert(4)</script>", "text": sampleArticle],
            ["id": "e", "title": "Fifth bridge report", "url": "https://example.org/bridge", "text": sampleArticle],
        ]
        try project.write("seeds/b.json", try JSONSerialization.data(withJSONObject: records))
        let result = try CLI.run(["build"], in: project.url)
        #expect(result.status == 0, "\(result.stderr)")
        let site = project.url.appendingPathComponent("site")
        var pages = 0
        for (path, data) in try snapshot(site) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            pages += 1
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">"), "\(path)")
            for scheme in ["javascript:", "data:", "script:"] {
                #expect(!html.lowercased().contains("href=\"\(scheme)"), "\(path)")
                #expect(!html.lowercased().contains("href=\" \(scheme)"), "\(path)")
            }
            #expect(!html.contains("<script"), "\(path)")
        }
        #expect(pages > 5)
        let a = try project.read("site/sources/a.md.html")
        #expect(a.contains("<dd>javascript:alert(1) <small>(not a web address, not linked)</small></dd>"))
        #expect(try project.read("site/sources/b.json~23d.html").contains("<dd>data:text/html,&lt;script&gt;alert(4)&lt;/script&gt; <small>"))
        #expect(try project.read("site/sources/b.json~23e.html").contains("<a href=\"https://example.org/bridge\" rel=\"noopener\">"))
    }

    @Test("item 7: links leaving the corpus, dangling links and loops are skipped with a warning")
    func symlinks() throws {
        let project = try TempFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("secret/passwords.txt", "Private file with a secret\n\nThe password is swordfish and nobody may read it.\n")
        try project.write("seeds/inner/b.txt", sampleArticle)
        let fm = FileManager.default
        let seeds = project.url.appendingPathComponent("seeds").path
        try fm.createSymbolicLink(atPath: seeds + "/leak.txt", withDestinationPath: project.url.appendingPathComponent("secret/passwords.txt").path)
        try fm.createSymbolicLink(atPath: seeds + "/outside", withDestinationPath: project.url.appendingPathComponent("secret").path)
        try fm.createSymbolicLink(atPath: seeds + "/gone.txt", withDestinationPath: seeds + "/missing.txt")
        try fm.createSymbolicLink(atPath: seeds + "/inner/up", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: seeds + "/self.txt", withDestinationPath: "self.txt")
        try fm.createSymbolicLink(atPath: seeds + "/alias.txt", withDestinationPath: "a.txt")
        let result = try CLI.run(["build"], in: project.url)
        #expect(result.status == 0, "\(result.stderr)")
        let secret = LocalPathForTests.real(project.url.appendingPathComponent("secret").path)
        #expect(result.stderr.contains("warning: leak.txt: skipped: a symbolic link to \(secret)/passwords.txt, outside the corpus folder; briefing does not follow links out of the corpus (copy the file in to include it)"))
        #expect(result.stderr.contains("warning: outside: skipped: a symbolic link to \(secret), outside the corpus folder"))
        #expect(result.stderr.contains("warning: gone.txt: skipped: a symbolic link to \(seeds)/missing.txt, which does not exist (a dangling link)"))
        #expect(result.stderr.contains("warning: inner/up: skipped: a symbolic link back to a folder already read (a loop); remove the link"))
        #expect(result.stderr.contains("warning: self.txt: skipped: a symbolic link loop (self.txt); remove the link"))
        #expect(!project.exists("site/sources/leak.txt.html"))
        #expect(project.exists("site/sources/alias.txt.html"))
        #expect(project.exists("site/sources/inner--b.txt.html"))
        for (path, data) in try snapshot(project.url.appendingPathComponent("site")) {
            #expect(!String(decoding: data, as: UTF8.self).contains("swordfish"), "\(path)")
        }
    }

    @Test("item 8: a plugin id the site uses for its own pages or templates is refused",
          arguments: ["index", "source", "layout", "sources", "assets", "data", "partials"])
    func reservedPluginIDs(id: String) throws {
        let project = try TempFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("Plugins/evil/plugin.yml", "id: \(id)\ncommand: [python3, main.py]\ntemplate: page.mustache\n")
        try project.write("Plugins/evil/main.py", "print('{\"data\": {}}')\n")
        try project.write("Plugins/evil/page.mustache", "replaced\n")
        for command in ["build", "check"] {
            let result = try CLI.run([command], in: project.url)
            #expect(result.status == 1)
            #expect(result.stderr.contains("Plugins/evil/plugin.yml:1: `id: \(id)` is reserved: the site uses '\(id)' for "), "\(result.stderr)")
            #expect(result.stderr.contains("; choose another id"))
        }
        #expect(!project.exists("site/index.html"))
    }
}

/// Real paths as the loader reports them (macOS `/tmp` is a link).
enum LocalPathForTests {
    static func real(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}

/// Issue 16 item 9, end to end.
@Suite("template cycles stop build and check with a message")
struct TemplateCycleEndToEndTests {
    @Test("a layout extending itself, a partial including itself: build and check name the files",
          arguments: [
              ("Templates/layout.mustache", "{{<layout}}{{$content}}{{/content}}{{/layout}}", "a template extends or includes itself: layout ("),
              ("Templates/partials/quotes.mustache", "<p>{{>partials/quotes}}</p>", "a template extends or includes itself: partials/quotes ("),
          ])
    func cycle(file: String, text: String, message: String) throws {
        let project = try TempFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write(file, text)
        for command in ["build", "check"] {
            let result = try CLI.run([command], in: project.url)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.contains(file))
        }
        #expect(!project.exists("site/index.html"))
    }
}
