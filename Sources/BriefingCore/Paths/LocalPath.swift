import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path given by the user (flag or config value), resolved once into the absolute, real path
/// every later step uses.
///
/// The safety checks on the output folder and the move that replaces it must see the same
/// folder: a literal `~/site` tested as written but expanded when moved, or a symbolic link
/// checked by name but replaced through its target, once deleted a user's files. So tildes are
/// expanded, relative paths made absolute against `base`, `.`/`..` removed and symbolic links
/// resolved (as far as the path exists) here, before anything looks at the path.
public enum LocalPath {
    /// Resolves `raw` (named `what` in errors, e.g. `--output`) against `base`.
    /// An empty or blank path is an error: an unset shell variable must not mean "here".
    public static func resolve(_ raw: String, base: String, what: String, home: String = LocalPath.home) throws -> String {
        guard !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw PathError.empty(what) }
        var path = expandTilde(raw, home: home)
        if !path.hasPrefix("/") { path = (absolute(base) as NSString).appendingPathComponent(path) }
        return realPath(normalize(path))
    }

    /// `~` and `~/x` become the home folder (`$HOME`, as a shell expands it); `~user/x` that
    /// user's home folder when known.
    public static func expandTilde(_ path: String, home: String = LocalPath.home) -> String {
        guard path.hasPrefix("~") else { return path }
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        let user = String(path[path.index(after: path.startIndex)..<slash])
        let rest = String(path[slash...])
        if user.isEmpty { return home + rest }
        guard let entry = getpwnam(user), let dir = entry.pointee.pw_dir else { return path }
        return String(cString: dir) + rest
    }

    /// The user's home folder: `$HOME`, else the password database's entry.
    public static var home: String {
        if let value = ProcessInfo.processInfo.environment["HOME"], !value.isEmpty { return value }
        return FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// The home folder the password database gives this user, whatever `$HOME` says.
    public static var accountHome: String? {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }

    /// Whether `inner` is `outer` or lies inside it (both resolved, absolute).
    public static func contains(_ outer: String, _ inner: String) -> Bool {
        if outer == inner { return true }
        let prefix = outer.hasSuffix("/") ? outer : outer + "/"
        return inner.hasPrefix(prefix)
    }

    public static func absolute(_ base: String) -> String {
        base.hasPrefix("/") ? base : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(base)
    }

    /// Removes empty, `.` and `..` components lexically.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The real path of the longest existing prefix of `path`, followed by the rest.
    public static func realPath(_ path: String) -> String {
        var head = path
        var tail: [String] = []
        while head != "/" {
            if let real = realpath(head, nil) {
                defer { free(real) }
                let resolved = String(cString: real)
                return tail.isEmpty ? resolved : (resolved as NSString).appendingPathComponent(tail.reversed().joined(separator: "/"))
            }
            tail.append((head as NSString).lastPathComponent)
            head = (head as NSString).deletingLastPathComponent
        }
        return path
    }
}

/// A path the user gave that cannot be used.
public enum PathError: UserFacingError, Equatable {
    /// An empty path (often an unset shell variable).
    case empty(String)

    public var description: String {
        switch self {
        case .empty(let what):
            return "\(what) is empty (an unset shell variable?); give a folder path"
        }
    }
}
