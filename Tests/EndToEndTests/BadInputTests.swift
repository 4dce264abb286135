import Foundation
import Testing
import BriefingTestSupport

@Suite("bad input gives a clear message and the right exit code")
struct BadInputTests {
    /// Builds `corpus` into a fresh output folder from inside `corpus`.
    func build(_ corpus: TemporaryFolder, _ extra: [String] = []) throws -> (CLI.Result, TemporaryFolder) {
        let out = try TemporaryFolder()
        try FileManager.default.removeItem(at: out.url)
        let result = try CLI.run(["build", "--corpus", corpus.url.path, "--output", out.url.path] + extra, in: corpus.url)
        return (result, out)
    }

    @Test("a missing corpus folder")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["build", "--corpus", "nowhere"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: corpus folder \(folder.url.path)/nowhere does not exist"))
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test("a corpus with no articles")
    func emptyCorpus() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        try corpus.write("notes.csv", "a,b\n")
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds no articles"))
        #expect(!out.exists("index.html"))
    }

    @Test("empty and binary files are skipped with a warning naming them")
    func emptyAndBinary() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        try corpus.write("good.txt", sampleArticle)
        try corpus.write("empty.txt", "  \n")
        try corpus.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]))
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: empty.txt: skipped: the file is empty"))
        #expect(result.stderr.contains("warning: image.txt: skipped: the file looks binary"))
        #expect(out.exists("sources/good.txt.html"))
        #expect(!out.exists("sources/image.txt.html"))
    }

    @Test("invalid UTF-8 is decoded with replacement characters and a warning")
    func invalidUTF8() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        var bytes = Data("Council meets on budget today\n\nThe caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x20])
        bytes.append(Data("was full.\n".utf8))
        try corpus.write("latin1.txt", bytes)
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: latin1.txt: not valid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD"))
        #expect(try out.read("sources/latin1.txt.html").contains("caf\u{FFFD} was full"))
    }

    @Test("malformed front matter names the file and line")
    func malformedFrontMatter() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        try corpus.write("story.md", "---\ntitle: Fine\nsource: [unclosed\n---\n\nBody.\n")
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: story.md:"))
        #expect(result.stderr.contains("malformed front matter"))
        #expect(!out.exists("index.html"))
    }

    @Test("a front matter date that is not a date")
    func badDate() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        try corpus.write("story.md", "---\ntitle: Fine\ndate: last tuesday\n---\n\nBody.\n")
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: story.md:3"))
        #expect(result.stderr.contains("`date` must be an ISO date like 2025-08-19, found \"last tuesday\""))
    }

    @Test("malformed JSON Lines name the file and line")
    func malformedJSONL() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        try corpus.write("feed.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"\n")
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: feed.jsonl:2"))
        #expect(result.stderr.contains("malformed JSON"))
    }

    @Test("a JSON record without text")
    func jsonWithoutText() throws {
        let corpus = try TemporaryFolder()
        defer { corpus.remove() }
        try corpus.write("items.json", "[{\"id\": 1, \"text\": \"Fine text here.\"}, {\"id\": 2, \"body\": \"x\"}]")
        let (result, out) = try build(corpus)
        defer { out.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains("items.json:1: malformed JSON: record 2 needs a \"text\" string"))
    }

    @Test("an unknown key in briefing.yml names the key and the valid ones")
    func unknownConfigKey() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("briefing.yml", "title: Bridge\nrefrence_date: 2025-01-01\n")
        let result = try CLI.run(["build"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("briefing.yml:2: unknown key 'refrence_date'; valid keys: base_url, corpus, output, passes, plugins, reference_date, sections, title"))
        #expect(!project.exists("site"))
    }

    @Test("an unknown pass in --only is named with the known passes")
    func unknownPass() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        let result = try CLI.run(["build", "--only", "sources,nonesuch"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown pass 'nonesuch'; known passes:"))
    }

    @Test("an unknown flag is a usage error with exit code 1")
    func unknownFlag() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["build", "--frobnicate"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Unknown option '--frobnicate'"))
    }

    @Test("a folder that is not a briefing site is not replaced without --force")
    func refusesForeignFolder() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("site/precious.txt", "keep me")
        let refused = try CLI.run(["build"], in: project.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("site exists and is not a briefing site; choose another --output or pass --force"))
        #expect(try project.read("site/precious.txt") == "keep me")
        let forced = try CLI.run(["build", "--force"], in: project.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!project.exists("site/precious.txt"))
        #expect(project.exists("site/index.html"))
    }

    @Test("a template error names file, line and column and leaves the previous site in place")
    func templateErrorKeepsPreviousSite() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        let first = try CLI.run(["build"], in: project.url)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(project.url.appendingPathComponent("site"))
        try project.write("seeds/b.txt", sampleArticle)
        try project.write("Templates/index.mustache", "<h1>{{site.title}}</h1>\n{{#sections}}\n<p>{{id}}</p>\n")
        let second = try CLI.run(["build"], in: project.url)
        #expect(second.status == 1)
        #expect(second.stderr.contains("Templates/index.mustache:"))
        #expect(second.stderr.contains("template error"))
        #expect(try snapshot(project.url.appendingPathComponent("site")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test("check reports every problem and writes nothing")
    func check() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("seeds/b.md", "---\ntitle: [broken\n---\nBody.\n")
        try project.write("Templates/source.mustache", "{{#doc}}\n")
        let result = try CLI.run(["check"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.md:"))
        #expect(result.stderr.contains("source.mustache:"))
        #expect(result.stderr.contains("2 problem(s) found"))
        #expect(!project.exists("site"))

        let clean = try TemporaryFolder()
        defer { clean.remove() }
        try clean.write("seeds/a.txt", sampleArticle)
        let ok = try CLI.run(["check"], in: clean.url)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("corpus: 1 documents"))
        #expect(!clean.exists("site"))
    }
}

@Suite("pass options in briefing.yml")
struct PassOptionTests {
    @Test("an option a pass does not know is named with the valid ones")
    func unknownOption() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("briefing.yml", "passes:\n  sources:\n    wpm: 200\n")
        let result = try CLI.run(["build"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: briefing.yml:3: passes.sources: unknown option 'wpm'; valid keys: words_per_minute"))
    }

    @Test("an option of the wrong kind names the pass, key and what is expected")
    func badValue() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("briefing.yml", "passes:\n  sources:\n    words_per_minute: fast\n")
        let result = try CLI.run(["build"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: briefing.yml:3: passes.sources.words_per_minute: \"fast\" is not valid; expected a whole number"))
    }
}
