import Foundation
import Testing

/// Issue 16 item 16: plugin results a plugin author can fix from the message, and a plugin
/// that exits while a background child holds its stdout.
@Suite("plugin result messages")
struct PluginMessageTests {
    func run(_ program: String, timeout: Int = 30) throws -> (CLI.Result, TempFolder, Duration) {
        let project = try TempFolder()
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("Plugins/p/plugin.yml", "id: p\ncommand: [python3, main.py]\ntimeout: \(timeout)\n")
        try project.write("Plugins/p/main.py", program)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try CLI.run(["build"], in: project.url)
        return (result, project, clock.now - start)
    }

    @Test("a fraction in an integer field and a wrong type name the field by its path",
          arguments: [
              ("{\"data\": {}, \"figures\": [{\"value\": 7.5, \"label\": \"x\"}]}", "plugin 'p' did not print a valid result: \"figures[0].value\" has the wrong value: "),
              ("{\"data\": {}, \"figures\": [{\"value\": 1, \"label\": \"x\"}, {\"value\": \"two\", \"label\": \"y\"}]}", "plugin 'p' did not print a valid result: \"figures[1].value\" has the wrong type: "),
              ("{\"data\": {}, \"figures\": [{\"value\": 1}]}", "plugin 'p' did not print a valid result: the field \"figures[0].label\" is missing"),
          ])
    func wrongShapes(output: String, message: String) throws {
        let (result, project, _) = try run("import sys\nsys.stdout.write(\(String(reflecting: output)))\n")
        defer { project.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("not JSON"))
        #expect(!result.stderr.contains("Index 0"))
    }

    @Test("a plugin that exits 0 while a background child holds stdout succeeds without waiting for the child")
    func backgroundChild() throws {
        let program = """
            import json, subprocess, sys
            subprocess.Popen(["sleep", "30"])
            json.dump({"data": {"ok": True}}, sys.stdout)
            sys.stdout.flush()
            """
        let (result, project, elapsed) = try run(program, timeout: 20)
        defer { project.remove() }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("timed out"))
        #expect(elapsed < .seconds(15))
        #expect(try project.read("site/data/p.json").contains("\"ok\" : true"))
    }
}
