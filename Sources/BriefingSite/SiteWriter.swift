import Foundation

/// Writes a site atomically: everything goes to a temporary folder beside the output, which
/// replaces the output only when complete.
///
/// A failed build therefore leaves the previous site untouched, and a folder that is not a
/// briefing site is never replaced unless the user forces it.
public struct SiteWriter: Sendable {
    /// The output folder.
    public let output: String
    /// Replace a non-empty folder that is not a briefing site.
    public let force: Bool

    /// The marker file every generated site carries.
    public static let marker = ".briefing-site"

    /// Creates a writer.
    public init(output: String, force: Bool) {
        self.output = output
        self.force = force
    }

    /// Checks that the output may be replaced, before any work is done.
    public func checkReplaceable() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            if force { return }
            throw SiteError.notASite(output)
        }
        let contents = (try? fm.contentsOfDirectory(atPath: output)) ?? []
        if contents.isEmpty || contents.contains(Self.marker) || force { return }
        throw SiteError.notASite(output)
    }

    /// Writes `files` (relative path → contents) as the new site.
    public func write(_ files: [String: Data]) throws {
        try checkReplaceable()
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).building-\(pid)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(pid)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            for path in files.keys.sorted() {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try PageFile.write(files[path]!, to: url.path)
            }
            var hadPrevious = false
            if fm.fileExists(atPath: target.path) {
                try? fm.removeItem(at: previous)
                try fm.moveItem(at: target, to: previous)
                hadPrevious = true
            }
            do {
                try fm.moveItem(at: staging, to: target)
            } catch {
                if hadPrevious { try? fm.moveItem(at: previous, to: target) }
                throw error
            }
            if hadPrevious { try? fm.removeItem(at: previous) }
        } catch let error as SiteError {
            try? fm.removeItem(at: staging)
            throw error
        } catch {
            try? fm.removeItem(at: staging)
            throw SiteError.write(path: output, reason: error.localizedDescription)
        }
    }
}
