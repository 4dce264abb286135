import Foundation
import Testing
import Yams
@testable import BriefingCore
import BriefingTestSupport

/// Issue 16 item 10: documents whose aliases expand past a bound are refused before any value
/// is built, in front matter, briefing.yml and plugin.yml.
@Suite("YAML alias bombs")
struct YAMLBombTests {
    /// Nine levels of nine aliases each: 9^9 values from a few hundred bytes.
    static func bomb(indent: String = "") -> String {
        var lines = ["\(indent)l0: &l0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let items = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("\(indent)l\(level): &l\(level) [\(items)]")
        }
        return lines.joined(separator: "\n")
    }

    @Test("the node count stops at the bound; ordinary aliases pass")
    func counting() throws {
        let started = ContinuousClock.now
        let node = try #require(try Yams.compose(yaml: Self.bomb()))
        #expect(!YAMLSize.isWithin(node, limit: YAMLSize.configLimit))
        #expect(ContinuousClock.now - started < .seconds(5))
        let small = try #require(try Yams.compose(yaml: "base: &b {a: 1, b: 2}\none: *b\ntwo: *b\n"))
        #expect(YAMLSize.isWithin(small, limit: YAMLSize.frontMatterLimit))
    }

    @Test("front matter with an alias bomb is an error naming the file")
    func frontMatter() throws {
        let text = "---\ntitle: Talks\n\(Self.bomb())\n---\n\nThe council met on Tuesday to vote.\n"
        let message = try withCorpus(["bomb.md": text]) { $0.loadError() }
        #expect(message == "bomb.md:2: malformed front matter: its aliases (*name) expand to more than 10000 values, which looks like a YAML alias bomb; write the values out instead of nesting aliases")
    }

    @Test("briefing.yml with an alias bomb in pass options is an error naming the file")
    func config() throws {
        let yaml = "title: T\npasses:\n  summary:\n" + Self.bomb(indent: "    ")
        #expect {
            try ConfigLoader.parse(yaml, file: "briefing.yml")
        } throws: { error in
            "\(error)" == "briefing.yml:1:1: not valid YAML: its aliases (*name) expand to more than 100000 values, which looks like a YAML alias bomb; write the values out instead of nesting aliases"
        }
    }

    @Test("plugin.yml with an alias bomb is an error naming the file")
    func manifest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bomb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ("id: bomb\ncommand: [true]\noptions:\n" + Self.bomb(indent: "  ")).write(
            to: folder.appendingPathComponent("plugin.yml"), atomically: true, encoding: .utf8)
        #expect {
            try PluginManifest.load(folder: folder.path)
        } throws: { error in
            "\(error)".hasSuffix("plugin.yml:1: its aliases (*name) expand to more than 100000 values, which looks like a YAML alias bomb; write the values out instead of nesting aliases")
        }
    }
}
