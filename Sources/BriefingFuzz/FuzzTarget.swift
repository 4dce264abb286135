import BriefingCore
import BriefingSite
import Foundation
import Logging
import Quotes
import Timeline

/// One thing the fuzzers feed arbitrary bytes to: a corpus loader, the sentence splitter, a
/// pass's scanners or the template loader.
///
/// Each target must return normally (a thrown, user-facing error is a correct answer to bad
/// input); a crash, a trap or a hang is a bug. Targets are shared by the seeded mutation
/// harness (`briefing-fuzz`, run in CI) and the libFuzzer entry point (`briefing-libfuzzer`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A `.txt` file read by the corpus loader.
    case txt
    /// A `.md` file with front matter.
    case markdown
    /// A `.json` file (an article or an array of them).
    case json
    /// A `.jsonl` file.
    case jsonl
    /// The paragraph and sentence splitters and the tokenizer, on text as given.
    case sentences
    /// The quotes pass (quote marks, attribution, speakers, grouping) on one document.
    case quotes
    /// The timeline pass (timex recognition and normalisation, events) on one document.
    case timex
    /// A `layout.mustache` override loaded and rendered by the theme.
    case templates

    /// Runs the target on `data`.
    public func run(_ data: [UInt8]) {
        switch self {
        case .txt: Self.load(data, as: "a.txt")
        case .markdown: Self.load(data, as: "a.md")
        case .json: Self.load(data, as: "a.json")
        case .jsonl: Self.load(data, as: "a.jsonl")
        case .sentences:
            let text = String(decoding: data, as: UTF8.self)
            _ = SentenceSplitter.split(text)
            let document = Self.document(text)
            _ = document.displayTitle
        case .quotes:
            Self.runPass(QuotesPass(), data)
        case .timex:
            Self.runPass(TimelinePass(), data)
        case .templates:
            Self.template(data)
        }
    }

    /// A plain-text document of `text`, as the loader would build it.
    static func document(_ text: String) -> Document {
        let source = SourceText(text)
        return Document(id: "a.txt", path: "a.txt", format: .text, title: nil, titleSpan: nil, source: nil, url: nil,
                        author: nil, date: "2025-08-19", metadata: [:], text: source, body: Span(0, source.scalars.count))
    }

    /// Loads a one-file corpus; errors (bad input) are expected, crashes are not.
    static func load(_ data: [UInt8], as name: String) {
        withFolder { folder in
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(data))
            _ = try? CorpusLoader().load(folder: folder)
        }
    }

    /// Runs a pass on a one-document corpus, synchronously.
    static func runPass(_ pass: some AnalysisPass & Sendable, _ data: [UInt8]) {
        let corpus = Corpus(documents: [document(String(decoding: data, as: UTF8.self))])
        let input = PassInput(corpus: corpus, logger: Logger(label: "fuzz", factory: { _ in SwiftLogNoOpLogHandler() }))
        let done = DispatchSemaphore(value: 0)
        Task {
            _ = try? await pass.run(input)
            done.signal()
        }
        done.wait()
    }

    /// Loads `data` as the layout override and renders the index page with an empty context.
    static func template(_ data: [UInt8]) {
        withFolder { folder in
            _ = FileManager.default.createFile(atPath: folder + "/layout.mustache", contents: Data(data))
            guard let theme = try? Theme(overrideFolder: folder) else { return }
            _ = try? theme.render("index", ["site": ["title": "t"], "page": ["title": "p", "id": "index"]])
        }
    }

    /// Runs `body` with a fresh temporary folder, removed afterwards.
    static func withFolder(_ body: (String) -> Void) {
        let folder = NSTemporaryDirectory() + "briefing-fuzz-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        body(folder)
    }
}
