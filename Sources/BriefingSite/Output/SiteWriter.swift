import BriefingCore
import Foundation

/// Writes a site atomically: everything goes to a staging folder beside the output, which
/// replaces the output only when complete.
///
/// A failed build therefore leaves the previous site untouched. The writer deletes nothing but
/// what a briefing build wrote (listed in the site's marker): a folder that is not a briefing
/// site is never replaced without `force`, and even then it is moved aside, not deleted; a
/// folder that is or holds the build's own inputs is never replaced at all.
public struct SiteWriter: Sendable {
    /// The output folder, resolved (absolute, real path; see `LocalPath`).
    public let output: String
    /// Replace a non-empty folder that is not a briefing site (moving its contents aside).
    public let force: Bool
    /// Paths the output must neither be nor contain: the corpus, the config, the templates, and
    /// always the root, the home and the current folder.
    public let protected: [ProtectedPath]

    /// The marker file every generated site carries; it lists the files the build wrote.
    public static let marker = ".briefing-site"

    /// Creates a writer. `output` should come from `LocalPath.resolve`, so the path checked is
    /// the path replaced.
    public init(output: String, force: Bool, protected: [ProtectedPath] = [], home: String = LocalPath.home) {
        self.output = output
        self.force = force
        self.protected = protected + ProtectedPath.always(home: home)
    }

    var target: URL { URL(fileURLWithPath: output).standardizedFileURL }
    var staging: StagingFolders { StagingFolders(target: target) }

    /// Checks that the output may be replaced, before any work is done.
    public func checkReplaceable() throws {
        let inputs = protected
        // "It is the corpus" says more than "it holds the corpus", so exact matches come first.
        for item in inputs.filter({ $0.path == output }) + inputs where LocalPath.contains(output, item.path) {
            throw SiteError.holdsInput(output: output, role: item.role, path: item.path)
        }
        if !OutputFolder.isReplaceable(target) && !force { throw SiteError.notASite(output) }
    }

    /// Staging folders left by builds that were killed, for `check` to mention.
    public func staleFolders() -> [String] {
        staging.stale().map { "\($0.url.path) is left from an interrupted build (process \($0.pid) is gone); the next build removes it" }
    }

    /// Writes `files` (relative path → contents) as the new site. Returns notes for the user
    /// (stale folders removed, files kept aside).
    @discardableResult
    public func write(_ files: [String: Data]) throws -> [String] {
        try checkReplaceable()
        let fm = FileManager.default
        var notes = staging.removeStale()
        let building = staging.building
        let previous = staging.previous
        do {
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: building.path) { _ = SiteManifest.removeWritten(in: building) }
            try fm.createDirectory(at: building, withIntermediateDirectories: true)
            // The marker goes first, so a build killed halfway leaves a folder that says what is in it.
            let header = files[Self.marker].map { String(decoding: $0, as: UTF8.self) }
            try SiteManifest(files: Array(files.keys)).text(header: header).write(to: building.appendingPathComponent(Self.marker))
            for path in files.keys.sorted() where path != Self.marker {
                let url = building.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try PageFile.write(files[path]!, to: url.path)
            }
            var hadPrevious = false
            if OutputFolder.exists(target) {
                if fm.fileExists(atPath: previous.path) { notes += OutputFolder.retire(previous, beside: target) }
                try fm.moveItem(at: target, to: previous)
                hadPrevious = true
            }
            do {
                try fm.moveItem(at: building, to: target)
            } catch {
                if hadPrevious { try? fm.moveItem(at: previous, to: target) }
                throw error
            }
            if hadPrevious { notes += OutputFolder.retire(previous, beside: target) }
        } catch let error as SiteError {
            _ = SiteManifest.removeWritten(in: building)
            throw error
        } catch {
            _ = SiteManifest.removeWritten(in: building)
            throw SiteError.write(path: output, reason: error.localizedDescription)
        }
        return notes
    }
}

/// A path the output folder must never be, nor contain, with what it is for the message.
public struct ProtectedPath: Sendable, Equatable {
    /// What the path is ("the corpus folder").
    public var role: String
    /// The resolved path.
    public var path: String

    /// Creates a protected path; `path` should be resolved with `LocalPath.resolve`.
    public init(role: String, path: String) {
        self.role = role
        self.path = path
    }

    /// Folders no build may replace whatever the inputs: the file-system root, the home folder
    /// and the current folder.
    public static func always(home: String) -> [ProtectedPath] {
        let homes = [home, LocalPath.accountHome].compactMap { $0 }.filter { !$0.isEmpty }
        return [ProtectedPath(role: "the file-system root", path: "/")]
            + homes.map { ProtectedPath(role: "your home folder", path: LocalPath.realPath($0)) }
            + [ProtectedPath(role: "the current folder", path: LocalPath.realPath(FileManager.default.currentDirectoryPath))]
    }
}
