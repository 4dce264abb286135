import Foundation
import Testing
@testable import BriefingSite

/// Issue 16 item 9: template cycles are errors naming the files, not a crash.
@Suite("template cycles")
struct TemplateCycleTests {
    @Test("references are the parents and partials a template names")
    func references() {
        #expect(TemplateGraph.references(in: "{{<layout}}{{$content}}{{> partials/quotes }}{{name}}{{/content}}{{/layout}}")
            == ["layout", "partials/quotes"])
        #expect(TemplateGraph.references(in: "{{{html}}} {{#a}}{{/a}} {{!comment}}").isEmpty)
    }

    @Test("cycles are found, acyclic themes pass", arguments: [
        (["layout": "{{<layout}}{{/layout}}"], ["layout", "layout"]),
        (["p": "<li>{{#items}}{{>p}}{{/items}}</li>"], ["p", "p"]),
        (["a": "{{>b}}", "b": "{{<c}}{{/c}}", "c": "x {{>a}}"], ["a", "b", "c", "a"]),
        (["index": "{{<layout}}{{$content}}{{>partials/x}}{{/content}}{{/layout}}", "layout": "{{$content}}{{/content}}",
          "partials/x": "{{>missing}}"], nil),
    ] as [([String: String], [String]?)])
    func cycles(templates: [String: String], expected: [String]?) {
        #expect(TemplateGraph.cycle(in: templates) == expected)
    }

    @Test("a project layout extending itself is an error naming the file")
    func selfExtendingLayout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cycle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{<layout}}{{$content}}x{{/content}}{{/layout}}".write(to: folder.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("layout.mustache").path
        #expect(throws: SiteError.templateCycle(["layout (\(file))", "layout (\(file))"])) {
            try Theme(overrideFolder: folder.path)
        }
        #expect("\(SiteError.templateCycle(["layout (\(file))", "layout (\(file))"]))"
            == "a template extends or includes itself: layout (\(file)) → layout (\(file)); remove the {{<…}} or {{>…}} tag that closes it")
    }
}
