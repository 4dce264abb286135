import BriefingCore
import Foundation
import Testing
@testable import BriefingSite

/// Issue 16 items 1–3 at the unit level: paths are resolved once, and the writer refuses an
/// output that is or holds what must survive. Nothing here writes outside a temporary folder:
/// refusals are checked with `checkReplaceable`, which touches nothing.
@Suite("resolving paths and guarding the output")
struct OutputGuardTests {
    func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return LocalPath.realPath(url.path)
    }

    @Test("paths are expanded, made absolute, normalised and followed through links")
    func resolve() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let home = root + "/home"
        try FileManager.default.createDirectory(atPath: root + "/real/site", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        let cases: [(String, String)] = [
            ("~", home), ("~/probe", home + "/probe"), ("~/a/../b/", home + "/b"),
            ("site", root + "/site"), ("./x/./y", root + "/x/y"), ("..", (root as NSString).deletingLastPathComponent),
            ("link/site", root + "/real/site"), ("link/new/deeper", root + "/real/new/deeper"), ("/", "/"),
        ]
        for (raw, expected) in cases {
            #expect(try LocalPath.resolve(raw, base: root, what: "--output", home: home) == expected, "\(raw)")
        }
        for blank in ["", " ", "\n"] {
            #expect(throws: PathError.empty("--output")) { try LocalPath.resolve(blank, base: root, what: "--output", home: home) }
        }
        #expect("\(PathError.empty("--output"))" == "--output is empty (an unset shell variable?); give a folder path")
    }

    @Test("an output that is or holds an input, the home folder or / is refused, even forced")
    func refusals() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let home = root + "/home"
        let corpus = ProtectedPath(role: "the corpus folder", path: root + "/project/seeds")
        let cases: [(String, String)] = [
            (root + "/project/seeds", "it is the corpus folder"),
            (root + "/project", "it holds the corpus folder (\(root)/project/seeds)"),
            (root, "it holds the corpus folder"),
            (home, "it is your home folder"),
            ("/", "it is the file-system root"),
        ]
        for (output, reason) in cases {
            for force in [false, true] {
                let writer = SiteWriter(output: output, force: force, protected: [corpus], home: home)
                #expect {
                    try writer.checkReplaceable()
                } throws: { error in
                    let text = "\(error)"
                    return text.hasPrefix("refusing to write the site to \(output): \(reason)") && !text.contains("--force")
                }
            }
        }
        try SiteWriter(output: root + "/project/site", force: false, protected: [corpus], home: home).checkReplaceable()
        try SiteWriter(output: root + "/project/seeds-site", force: false, protected: [corpus], home: home).checkReplaceable()
    }
}
