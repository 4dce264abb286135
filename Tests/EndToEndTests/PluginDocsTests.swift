import BriefingCore
import Foundation
import Testing

@Suite("the plugin guide's examples work")
struct PluginDocsTests {
    @Test("the compiled-pass example of docs/plugins.md compiles, runs in the pipeline and is quoted verbatim")
    func compiledExample() async throws {
        let text = "Short one. This sentence is clearly the longest of them all. Tiny."
        let document = Document(id: "a.txt", path: "a.txt", format: .text, title: nil, titleSpan: nil, source: nil, url: nil,
                                author: nil, date: nil, metadata: [:], text: SourceText(text), body: Span(0, text.count))
        let run = try await Pipeline(graph: PassGraph([LongestSentencesPass()])).run(corpus: Corpus(documents: [document]))
        let result = try #require(run.outputs["longest"]?.result as? LongestSentencesPass.Result)
        #expect(result.documents.map(\.text) == ["This sentence is clearly the longest of them all."])
        #expect(result.documents[0].start == 11)

        let source = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/EndToEndTests/LongestSentencesPass.swift"), encoding: .utf8)
        let guide = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/plugins.md"), encoding: .utf8)
        #expect(guide.contains(source), "docs/plugins.md must quote Tests/EndToEndTests/LongestSentencesPass.swift verbatim")
    }

    @Test("the entities example plugin passes its own tests")
    func entitiesPluginTests() throws {
        let result = try CLI.run(["python3", "-m", "unittest", "discover", "-s", "Plugins/entities"], in: CLI.packageRoot,
                                 executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("protocol documents survive a JSON round trip")
    func protocolRoundTrip() throws {
        let text = "Hello world. Second sentence."
        let document = Document(id: "a.txt", path: "a.txt", format: .text, title: nil, titleSpan: nil, source: "Wire", url: nil,
                                author: nil, date: "2025-08-19", metadata: ["k": "v"], text: SourceText(text), body: Span(0, text.count))
        let input = PluginInput(plugin: "x", corpus: Corpus(documents: [document]), results: ["sources": .object(["n": .int(1)])],
                                options: ["top": .string("3")], settings: BuildSettings(referenceDate: CalendarDate(year: 2025, month: 8, day: 19)))
        let encoded = try JSONEncoder().encode(input)
        #expect(try JSONDecoder().decode(PluginInput.self, from: encoded) == input)
        let json = String(decoding: encoded, as: UTF8.self)
        #expect(json.contains("\"reference_date\":\"2025-08-19\""))
        #expect(json.contains("\"display_title\":\"Hello world.\""))
        #expect(input.corpus.documents[0].sentences.map(\.start) == [0, 13])

        let output = PluginOutput(data: .array([.bool(true), .double(1.5), .null, .string("s")]),
                                  annotations: [PluginAnnotation(doc: "a.txt", start: 0, end: 5, kind: "k", label: "l")],
                                  figures: [Figure(value: 2, label: "things")], view: .object([:]))
        #expect(try JSONDecoder().decode(PluginOutput.self, from: JSONEncoder().encode(output)) == output)
    }
}
