import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden folders a build keeps beside its output (`.site.building-PID` for the new site,
/// `.site.previous-PID` for the old one while it is swapped), and those a killed build left.
struct StagingFolders {
    /// The output folder.
    let target: URL

    var parent: URL { target.deletingLastPathComponent() }
    var pid: Int32 { ProcessInfo.processInfo.processIdentifier }
    var building: URL { parent.appendingPathComponent(".\(target.lastPathComponent).building-\(pid)") }
    var previous: URL { parent.appendingPathComponent(".\(target.lastPathComponent).previous-\(pid)") }

    /// A staging folder of ours whose build process is gone.
    struct Stale {
        var url: URL
        var pid: Int32
        var isPrevious: Bool
    }

    /// Staging folders of this output (by name) whose process no longer exists.
    func stale() -> [Stale] {
        let prefix = ".\(target.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.sorted().compactMap { name -> Stale? in
            guard name.hasPrefix(prefix) else { return nil }
            let rest = name.dropFirst(prefix.count)
            for (kind, isPrevious) in [("building-", false), ("previous-", true)] where rest.hasPrefix(kind) {
                let digits = rest.dropFirst(kind.count)
                guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                      let number = Int32(digits), number > 0, number != pid, !Self.isRunning(number) else { return nil }
                return Stale(url: parent.appendingPathComponent(name), pid: number, isPrevious: isPrevious)
            }
            return nil
        }
    }

    /// Removes stale staging folders: what their build wrote is deleted, an old site that was
    /// being swapped out is put away as after a normal build. Returns notes for the user.
    func removeStale() -> [String] {
        var notes: [String] = []
        for folder in stale() {
            if folder.isPrevious {
                notes += OutputFolder.retire(folder.url, beside: target)
            } else {
                SiteManifest.removeWritten(in: folder.url)
            }
            if !OutputFolder.exists(folder.url) {
                notes.append("removed \(folder.url.path), left by an interrupted build (process \(folder.pid))")
            }
        }
        return notes
    }

    /// Whether a process with this id exists (one we may not signal still exists).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
