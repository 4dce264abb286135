import Foundation
@testable import BriefingCore

/// A corpus folder under the system's temporary directory, removed when the test is done.
///
/// Tests build exactly the files they need, so each loader behaviour is checked on input
/// written for it.
struct TemporaryCorpus {
    /// Absolute path of the folder.
    let path: String

    /// Creates the folder with `files` (relative path → contents), making subfolders as needed.
    init(_ files: [String: String] = [:], data: [String: Data] = [:]) throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("briefing-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, Data(text.utf8)) }
        for (name, bytes) in data { try write(name, bytes) }
    }

    /// Writes one file.
    func write(_ name: String, _ bytes: Data) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    /// Loads the folder with a default loader.
    func load(_ loader: CorpusLoader = CorpusLoader()) throws -> Corpus {
        try loader.load(folder: path)
    }

    /// The error loading throws, as the user reads it; nil when loading succeeds.
    func loadError() -> String? {
        do {
            _ = try load()
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Runs `body` with a temporary corpus and removes it afterwards.
func withCorpus<T>(_ files: [String: String] = [:], data: [String: Data] = [:], _ body: (TemporaryCorpus) throws -> T) throws -> T {
    let corpus = try TemporaryCorpus(files, data: data)
    defer { corpus.remove() }
    return try body(corpus)
}
