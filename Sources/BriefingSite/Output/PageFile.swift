import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one page of a staged site.
///
/// `Data.write(to:)` flushes every file to disk (an `fsync` each): 200,000 source pages took
/// minutes of waiting on the disk alone. The staging folder already makes the site appear all
/// at once (it replaces the output only when complete), so pages are written with plain
/// `write(2)` calls and no per-file flush.
enum PageFile {
    /// Creates or truncates the file at `path` and writes `data` into it.
    static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var base = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                #if canImport(Glibc)
                let n = Glibc.write(fd, base, left)
                #else
                let n = Darwin.write(fd, base, left)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                left -= n
                base += n
            }
        }
    }

    private static func failure(_ path: String) -> Error {
        let reason = String(cString: strerror(errno))
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(reason)"])
    }
}
