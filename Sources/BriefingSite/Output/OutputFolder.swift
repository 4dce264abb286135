import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at the output path, looked at without following symbolic links, and how an old
/// output is put away once the new one is in place.
enum OutputFolder {
    /// What a path is, by `lstat`.
    enum Kind { case missing, file, folder, link, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    static func exists(_ url: URL) -> Bool { kind(url.path) != .missing }

    /// Whether a build may replace `url` without `--force`: nothing there, an empty folder or a
    /// briefing site.
    static func isReplaceable(_ url: URL) -> Bool {
        switch kind(url.path) {
        case .missing: return true
        case .folder:
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return contents.isEmpty || kind(url.appendingPathComponent(SiteWriter.marker).path) == .file
        default: return false
        }
    }

    /// Removes what a build wrote from an old output moved aside to `previous`; anything else
    /// (files the user added, or a whole folder replaced with `--force`) is moved to a visible
    /// `NAME.kept-N` folder beside `target`, and the note says where.
    static func retire(_ previous: URL, beside target: URL) -> [String] {
        if kind(previous.path) == .folder {
            let left = SiteManifest.removeWritten(in: previous)
            if left == 0 { return [] }
        }
        guard exists(previous) else { return [] }
        let parent = target.deletingLastPathComponent()
        var number = 1
        var kept = parent.appendingPathComponent("\(target.lastPathComponent).kept-\(number)")
        while exists(kept) {
            number += 1
            kept = parent.appendingPathComponent("\(target.lastPathComponent).kept-\(number)")
        }
        do {
            try FileManager.default.moveItem(at: previous, to: kept)
            return ["the previous contents of \(target.path) that briefing did not write are kept in \(kept.path); delete them yourself once you are sure"]
        } catch {
            return ["the previous contents of \(target.path) that briefing did not write are kept in \(previous.path) (\(error.localizedDescription))"]
        }
    }
}
