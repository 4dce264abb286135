import BriefingTestSupport
import Foundation
import Testing

/// Issue 16 items 1–4: the output folder. Every test runs in a temporary folder with a
/// temporary HOME, so a regression can only delete files these tests made.
@Suite("the output folder: nothing but what a build wrote is ever deleted")
struct OutputSafetyTests {
    /// A project with a corpus in `seeds/` and a temporary home folder inside it.
    struct Sandbox {
        let root: TemporaryFolder
        var project: URL { root.url.appendingPathComponent("project") }
        var home: URL { root.url.appendingPathComponent("home") }

        init() throws {
            root = try TemporaryFolder()
            try root.write("project/seeds/a.txt", sampleArticle)
            try root.write("home/notes.txt", "my notes\n")
        }

        func build(_ arguments: [String]) throws -> CLI.Result {
            try CLI.run(["build", "--quiet"] + arguments, in: project, home: home)
        }

        func exists(_ path: String) -> Bool { root.exists(path) }
        func read(_ path: String) throws -> String { try root.read(path) }
    }

    @Test("item 1: a literal ~ in --output is the home folder for the check as for the move")
    func tildeOutput() throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        try box.root.write("home/probe/mine.txt", "keep me\n")
        // `check` never writes, in any version: only a binary that reads `~` as $HOME, as the fix
        // does, goes on to `build`, so this test cannot touch the real home folder even when the
        // bug comes back (the unfixed binary expanded `~` from the password database).
        let check = try CLI.run(["check", "--output", "~/probe"], in: box.project, home: box.home)
        #expect(check.stderr.contains("warning: build would stop here: \(box.home.path)/probe exists and is not a briefing site"), "\(check.stderr)")
        guard check.stderr.contains(box.home.path + "/probe") else { return }
        let result = try box.build(["--output", "~/probe"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(box.home.path)/probe exists and is not a briefing site"))
        #expect(try box.read("home/probe/mine.txt") == "keep me\n")

        let home = try CLI.run(["check", "--output", "~"], in: box.project, home: box.home)
        #expect(home.status == 1)
        #expect(home.stderr.contains("error: refusing to write the site to \(box.home.path): it is your home folder"))

        let fresh = try box.build(["--output", "~/briefing"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(box.exists("home/briefing/index.html"))
        #expect(!box.exists("project/~"))
        #expect(try box.read("home/notes.txt") == "my notes\n")
    }

    @Test("item 2: an empty --output is an error, not the current folder")
    func emptyOutput() throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        for arguments in [["--output", ""], ["--output", " "], ["--output", "", "--force"]] {
            let result = try box.build(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: --output is empty (an unset shell variable?); give a folder path"))
        }
        try box.root.write("project/briefing.yml", "output: ''\n")
        let config = try box.build([])
        #expect(config.stderr.contains("error: `output` in briefing.yml is empty"))
        #expect(try box.read("project/seeds/a.txt") == sampleArticle)
        #expect(!box.exists("project/index.html"))
    }

    @Test("item 3: an output that is or holds an input is refused, even with --force, without suggesting --force",
          arguments: [
              (["--output", "seeds"], "it is the corpus folder"),
              (["--output", "."], "it is the current folder"),
              (["--output", ".."], "it holds the corpus folder"),
              (["--output", "seeds/../seeds/"], "it is the corpus folder"),
              (["--output", "conf", "--config", "conf/briefing.yml"], "it holds the config file"),
              (["--output", "Templates", "--templates", "Templates"], "it is the templates folder"),
          ])
    func outputHoldsInput(arguments: [String], reason: String) throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        try box.root.write("project/conf/briefing.yml", "corpus: ../seeds\n")
        try box.root.write("project/Templates/index.mustache", "{{site.title}}\n")
        for force in [false, true] {
            let result = try box.build(arguments + (force ? ["--force"] : []))
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("error: refusing to write the site to "), "\(result.stderr)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
            #expect(!result.stderr.contains("--force"))
        }
        #expect(try box.read("project/seeds/a.txt") == sampleArticle)
        #expect(box.exists("project/conf/briefing.yml"))
        #expect(box.exists("project/Templates/index.mustache"))
        let check = try CLI.run(["check"] + arguments, in: box.project, home: box.home)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: refusing to write the site to "))
    }

    @Test("item 3: an output reached through a symbolic link is checked where it leads")
    func symlinkedOutput() throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        try FileManager.default.createSymbolicLink(atPath: box.project.appendingPathComponent("public").path,
                                                   withDestinationPath: box.project.appendingPathComponent("seeds").path)
        let result = try box.build(["--output", "public", "--force"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is the corpus folder"))
        #expect(try box.read("project/seeds/a.txt") == sampleArticle)

        try FileManager.default.createDirectory(at: box.root.url.appendingPathComponent("www"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: box.project.appendingPathComponent("live").path,
                                                   withDestinationPath: box.root.url.appendingPathComponent("www").path)
        let linked = try box.build(["--output", "live"])
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(box.exists("www/index.html"))
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: box.project.appendingPathComponent("live").path)
        #expect(link == box.root.url.appendingPathComponent("www").path)
    }

    @Test("item 3: --force moves a foreign folder aside instead of deleting it")
    func forceKeepsForeignFiles() throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        try box.root.write("project/docs/report.txt", "draft\n")
        try box.root.write("project/docs/index.html", "my own page\n")
        let result = try CLI.run(["build", "--output", "docs", "--force"], in: box.project, home: box.home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the previous contents of \(box.project.path)/docs that briefing did not write are kept in \(box.project.path)/docs.kept-1"))
        #expect(try box.read("project/docs.kept-1/report.txt") == "draft\n")
        #expect(try box.read("project/docs.kept-1/index.html") == "my own page\n")
        #expect(box.exists("project/docs/.briefing-site"))
    }

    @Test("item 3: rebuilding a site removes only the files the build wrote, never through a link")
    func rebuildKeepsAddedFiles() throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        #expect(try box.build(["--output", "out"]).status == 0)
        try box.root.write("project/out/CNAME", "news.example.org\n")
        try box.root.write("elsewhere/precious.html", "not the site's\n")
        try FileManager.default.removeItem(at: box.project.appendingPathComponent("out/sources"))
        try FileManager.default.createSymbolicLink(atPath: box.project.appendingPathComponent("out/sources").path,
                                                   withDestinationPath: box.root.url.appendingPathComponent("elsewhere").path)
        let result = try CLI.run(["build", "--output", "out"], in: box.project, home: box.home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try box.read("elsewhere/precious.html") == "not the site's\n")
        #expect(try box.read("project/out.kept-1/CNAME") == "news.example.org\n")
        #expect(box.exists("project/out/sources/a.txt.html"))
        let names = try FileManager.default.contentsOfDirectory(atPath: box.project.path).sorted()
        #expect(names == ["out", "out.kept-1", "seeds"])
    }

    @Test("item 4: staging folders left by a killed build are mentioned by check and removed by the next build")
    func staleStaging() throws {
        let box = try Sandbox()
        defer { box.root.remove() }
        #expect(try box.build(["--output", "out"]).status == 0)
        let dead = try deadProcessID()
        let live = ProcessInfo.processInfo.processIdentifier
        let fm = FileManager.default
        try fm.copyItem(at: box.project.appendingPathComponent("out"), to: box.project.appendingPathComponent(".out.building-\(dead)"))
        try fm.copyItem(at: box.project.appendingPathComponent("out"), to: box.project.appendingPathComponent(".out.previous-\(dead)"))
        try box.root.write("project/.out.previous-\(dead)/mine.txt", "added by hand\n")
        try fm.copyItem(at: box.project.appendingPathComponent("out"), to: box.project.appendingPathComponent(".out.building-\(live)x"))
        try fm.copyItem(at: box.project.appendingPathComponent("out"), to: box.project.appendingPathComponent(".out.building-\(live)"))

        let check = try CLI.run(["check", "--output", "out"], in: box.project, home: box.home)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("warning: \(box.project.path)/.out.building-\(dead) is left from an interrupted build (process \(dead) is gone); the next build removes it"))
        #expect(!check.stderr.contains(".out.building-\(live)"))

        let result = try CLI.run(["build", "--output", "out"], in: box.project, home: box.home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: removed \(box.project.path)/.out.building-\(dead), left by an interrupted build (process \(dead))"))
        #expect(!box.exists("project/.out.building-\(dead)"))
        #expect(!box.exists("project/.out.previous-\(dead)"))
        #expect(try box.read("project/out.kept-1/mine.txt") == "added by hand\n")
        // Not ours by name, or its process is alive: left alone.
        #expect(box.exists("project/.out.building-\(live)x/index.html"))
        #expect(box.exists("project/.out.building-\(live)/index.html"))
    }

    /// The id of a process that has exited.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
