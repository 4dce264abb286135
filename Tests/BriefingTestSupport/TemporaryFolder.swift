import BriefingCore
import Foundation

/// A folder under the system's temporary directory (a corpus, a project, an output), removed
/// when the test is done.
///
/// Shared by every test target: tests write exactly the files they need, so each behaviour is
/// checked on input written for it, and nothing is written near a real project or home.
public struct TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Absolute path of the folder.
    public var path: String { url.path }

    /// Creates the folder with `files` (relative path → contents), making subfolders as needed.
    public init(_ files: [String: String] = [:], data: [String: Data] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
        for (name, bytes) in data { try write(name, bytes) }
    }

    /// Writes a text file (creating folders) and returns its URL.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    /// Writes raw bytes (creating folders) and returns the file's URL.
    @discardableResult
    public func write(_ name: String, _ bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }

    /// Reads a text file.
    public func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Whether a path exists in the folder.
    public func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }

    /// Loads the folder as a corpus, with a default loader.
    public func load(_ loader: CorpusLoader = CorpusLoader()) throws -> Corpus {
        try loader.load(folder: path)
    }

    /// The error loading throws, as the user reads it; nil when loading succeeds.
    public func loadError() -> String? {
        do {
            _ = try load()
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Removes the folder.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a temporary corpus folder and removes it afterwards.
public func withCorpus<T>(_ files: [String: String] = [:], data: [String: Data] = [:],
                          _ body: (TemporaryFolder) throws -> T) throws -> T {
    let corpus = try TemporaryFolder(files, data: data)
    defer { corpus.remove() }
    return try body(corpus)
}

/// Loads `files` (name → text) the way `briefing build` does, from a temporary folder that is
/// removed before returning: the corpus most pass tests start from.
public func loadCorpus(_ files: [String: String]) throws -> Corpus {
    try withCorpus(files) { try $0.load() }
}
