import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The walk over a corpus folder: candidate article files in sorted order, hidden entries,
/// the build's output and briefing sites left out, and symbolic links followed only while they
/// stay inside the corpus.
///
/// A link to `/etc/passwd` dropped into a corpus would otherwise be read and published on a
/// source page; a link to a parent folder would loop. Each skipped link gets a warning naming
/// it and where it leads.
struct CorpusWalk {
    /// The corpus folder as given (document ids are relative to it).
    let root: String
    /// Its real path: links may lead anywhere inside it.
    let realRoot: String
    /// Resolved folders never read (the output).
    let skipping: Set<String>
    /// Article files found, relative to `root`.
    private(set) var files: [String] = []
    /// Links and sites skipped.
    private(set) var warnings: [LoadWarning] = []
    /// Real paths of the folders entered, to catch loops.
    private var visited: Set<String> = []

    init(root: String, skipping: [String]) {
        self.root = root
        realRoot = LocalPath.realPath(LocalPath.normalize(LocalPath.absolute(root)))
        self.skipping = Set(skipping.map(LocalPath.realPath))
    }

    /// Walks the whole corpus.
    mutating func run() throws {
        guard (try? FileManager.default.contentsOfDirectory(atPath: root)) != nil else {
            throw CorpusError.unreadable(file: root, reason: "the folder cannot be listed")
        }
        visited.insert(realRoot)
        walk(folder: root, relative: "")
        files.sort()
    }

    private mutating func walk(folder: String, relative: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let full = (folder as NSString).appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            var isFolder = info.st_mode & S_IFMT == S_IFDIR
            var real = full
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let target = followLink(full, path: path) else { continue }
                real = target
                var targetInfo = stat()
                guard stat(target, &targetInfo) == 0 else { continue }
                isFolder = targetInfo.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                enter(folder: full, real: LocalPath.realPath(real), relative: path)
            } else if CorpusLoader.formats[(name as NSString).pathExtension.lowercased()] != nil {
                files.append(path)
            }
        }
    }

    private mutating func enter(folder: String, real: String, relative: String) {
        if skipping.contains(real) { return }
        if visited.contains(real) {
            warn(relative, "skipped: a symbolic link back to a folder already read (a loop); remove the link")
            return
        }
        if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(CorpusLoader.siteMarker)) {
            warn(relative, "skipped: a site built by briefing (it has a \(CorpusLoader.siteMarker) marker), not articles")
            return
        }
        visited.insert(real)
        walk(folder: folder, relative: relative)
    }

    /// Where a link inside the corpus leads, or nil (with a warning) when it is dangling, a
    /// loop, or leaves the corpus folder.
    private mutating func followLink(_ full: String, path: String) -> String? {
        let written = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?"
        guard let pointer = realpath(full, nil) else {
            if errno == ELOOP {
                warn(path, "skipped: a symbolic link loop (\(written)); remove the link")
            } else {
                warn(path, "skipped: a symbolic link to \(written), which does not exist (a dangling link)")
            }
            return nil
        }
        defer { free(pointer) }
        let target = String(cString: pointer)
        guard LocalPath.contains(realRoot, target) else {
            warn(path, "skipped: a symbolic link to \(target), outside the corpus folder; briefing does not follow links out of the corpus (copy the file in to include it)")
            return nil
        }
        return target
    }

    private mutating func warn(_ file: String, _ message: String) {
        warnings.append(LoadWarning(file: file, message: message))
    }
}
