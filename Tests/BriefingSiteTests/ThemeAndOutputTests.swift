import BriefingCore
import Foundation
import Testing
@testable import BriefingSite
import BriefingTestSupport

@Suite("Theme, site building and atomic output")
struct ThemeAndOutputTests {
    func temporaryFolder() throws -> URL {
        try TemporaryFolder().url
    }

    @Test("the default theme is embedded and complete")
    func defaultTheme() throws {
        let theme = try Theme(overrideFolder: nil)
        for name in ["layout", "index", "source"] { #expect(theme.has(name)) }
        #expect(theme.assets["style.css"]?.contains("prefers-color-scheme: dark") == true)
    }

    @Test("a project template replaces the default one of the same name")
    func override() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Hello {{name}}".write(to: folder.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let theme = try Theme(overrideFolder: folder.path)
        #expect(try theme.render("index", ["name": "<you>"]) == "Hello &lt;you&gt;")
        #expect(theme.has("source"))
    }

    @Test("a template syntax error names file, line and column")
    func templateError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "line one\n{{#open}}\nnever closed\n".write(to: folder.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try Theme(overrideFolder: folder.path)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("\(folder.path)/index.mustache:") && text.contains("template error")
        }
    }

    @Test("template values keep booleans, numbers and drop nulls")
    func templateValues() throws {
        struct Sample: Encodable { var flag = false; var count = 3; var ratio = 0.5; var missing: String? = nil; var list = ["a"] }
        let value = try TemplateValue.from(Sample()) as? [String: Any]
        #expect(value?["flag"] as? Bool == false)
        #expect(value?["count"] as? Int == 3)
        #expect(value?["ratio"] as? Double == 0.5)
        #expect(value?["missing"] == nil)
        #expect((value?["list"] as? [Any])?.count == 1)
    }

    @Test("the writer replaces a site only when complete and refuses foreign folders")
    func writer() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("site")
        try SiteWriter(output: output.path, force: false).write([".briefing-site": Data(), "index.html": Data("one".utf8)])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "one")
        try SiteWriter(output: output.path, force: false).write([".briefing-site": Data(), "other.html": Data("two".utf8)])
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])

        let foreign = parent.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        #expect(throws: SiteError.notASite(foreign.path)) {
            try SiteWriter(output: foreign.path, force: false).write(["index.html": Data()])
        }
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("notes.txt").path))
    }

    @Test("data files have sorted keys and end with a newline")
    func dataFiles() throws {
        struct Result: PassResult { var zeta = 1; var alpha = "a" }
        let text = "A headline for testing here\n\nBody sentence one. Body sentence two."
        let doc = document("a.txt", text)
        let builder = SiteBuilder(theme: try Theme(overrideFolder: nil), title: "T")
        let files = try builder.files(corpus: Corpus(documents: [doc]),
                                      passes: [.init(id: "x", title: "X", output: PassOutput(result: Result()))])
        let json = String(decoding: files["data/x.json"]!, as: UTF8.self)
        #expect(json == "{\n  \"alpha\" : \"a\",\n  \"zeta\" : 1\n}\n")
        #expect(files["sources/a.txt.html"] != nil)
        #expect(files["index.html"] != nil)
    }
}
