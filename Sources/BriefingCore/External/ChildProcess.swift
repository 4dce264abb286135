#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs a program in its own process group, feeding it stdin and collecting stdout and stderr,
/// with a deadline and an output limit.
///
/// Foundation's `Process` cannot start a child in a new process group, so a timed-out plugin
/// that spawned helpers would leave them running; this uses `posix_spawn` with
/// `POSIX_SPAWN_SETPGROUP` and kills the whole group.
public struct ChildProcess: Sendable {
    /// Program and arguments; a program without `/` is looked up in `PATH`, a relative path is
    /// taken from `directory`.
    public var arguments: [String]
    /// Working directory of the child.
    public var directory: String
    /// Kill the group after this long.
    public var timeout: Duration
    /// Kill the group once stdout exceeds this many bytes.
    public var maxOutputBytes: Int

    /// How a run ended.
    public struct Outcome: Sendable {
        /// Exit status, or nil when killed by a signal.
        public var status: Int32?
        /// The signal that ended it, if any.
        public var signal: Int32?
        /// Everything written to stdout (up to the limit).
        public var stdout: Data
        /// Everything written to stderr (the last 64 KiB).
        public var stderr: Data
        /// True when the deadline passed and the group was killed.
        public var timedOut: Bool
        /// True when stdout went over the limit and the group was killed.
        public var outputExceeded: Bool
    }

    /// Why the program could not be started.
    public enum LaunchError: Error, CustomStringConvertible {
        case spawn(program: String, code: Int32)

        public var description: String {
            switch self {
            case .spawn(let program, let code):
                return "cannot start `\(program)`: \(String(cString: strerror(code)))"
            }
        }
    }

    /// Creates a runner.
    public init(arguments: [String], directory: String, timeout: Duration, maxOutputBytes: Int) {
        self.arguments = arguments
        self.directory = directory
        self.timeout = timeout
        self.maxOutputBytes = maxOutputBytes
    }

    /// Runs the program to completion (or until killed). Blocking: call from a background task.
    public func run(input: Data) throws -> Outcome {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
            throw LaunchError.spawn(program: arguments.first ?? "", code: errno)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        for fd in stdinPipe + stdoutPipe + stderrPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        var pid: pid_t = 0
        // The shell changes into the working directory and then becomes the program (exec), so
        // the process group and the pid stay the program's own.
        let launch = ["/bin/sh", "-c", "cd -- \"$1\" && shift && exec \"$@\"", "sh", directory] + arguments
        let cArguments = launch.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let code = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, environ)
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        guard code == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0]); close(stderrPipe[0])
            throw LaunchError.spawn(program: arguments[0], code: code)
        }
        // Never let a plugin that stops reading its input kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        for fd in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var writeFD: Int32 = stdinPipe[1]
        var outFD: Int32 = stdoutPipe[0]
        var errFD: Int32 = stderrPipe[0]
        var written = 0
        var stdout = Data()
        var stderr = Data()
        var timedOut = false
        var exceeded = false
        var status: Int32 = 0
        var reaped = false
        let bytes = [UInt8](input)
        var buffer = [UInt8](repeating: 0, count: 65536)

        while outFD >= 0 || errFD >= 0 {
            let remaining = deadline - clock.now
            if remaining <= .zero {
                timedOut = true
                break
            }
            var fds: [pollfd] = []
            if writeFD >= 0 { fds.append(pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0)) }
            if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
            if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
            let milliseconds = Int32(min(1000, max(1, remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)))
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 && errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                if entry.fd == writeFD {
                    if written < bytes.count {
                        let n = bytes[written...].withUnsafeBytes { write(writeFD, $0.baseAddress, min($0.count, 65536)) }
                        if n > 0 { written += n } else if n < 0 && errno != EAGAIN { written = bytes.count }
                    }
                    if written >= bytes.count || entry.revents & Int16(POLLERR | POLLHUP) != 0 {
                        close(writeFD)
                        writeFD = -1
                    }
                } else {
                    let n = read(entry.fd, &buffer, buffer.count)
                    if n > 0 {
                        if entry.fd == outFD {
                            stdout.append(contentsOf: buffer[0..<n])
                            if stdout.count > maxOutputBytes { exceeded = true }
                        } else {
                            stderr.append(contentsOf: buffer[0..<n])
                            if stderr.count > 131072 { stderr = Data(stderr.suffix(65536)) }
                        }
                    } else if n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) {
                        close(entry.fd)
                        if entry.fd == outFD { outFD = -1 } else { errFD = -1 }
                    }
                }
            }
            if exceeded { break }
            // A plugin that exits while a background child it started still holds stdout open
            // has finished: what it wrote is in the pipe. Read that, then stop waiting.
            if !reaped, waitpid(pid, &status, WNOHANG) == pid {
                reaped = true
                for fd in [outFD, errFD] where fd >= 0 {
                    while true {
                        let n = read(fd, &buffer, buffer.count)
                        guard n > 0 else { break }
                        if fd == outFD { stdout.append(contentsOf: buffer[0..<n]) } else { stderr.append(contentsOf: buffer[0..<n]) }
                    }
                }
                if stdout.count > maxOutputBytes { exceeded = true }
                break
            }
            if writeFD >= 0 && written >= bytes.count {
                close(writeFD)
                writeFD = -1
            }
        }
        if timedOut || exceeded { kill(-pid, SIGKILL) }
        for fd in [writeFD, outFD, errFD] where fd >= 0 { close(fd) }
        while !reaped && waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Helpers the plugin left behind in its group go with it.
        kill(-pid, SIGKILL)
        let exited = (status & 0x7f) == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xff : nil,
            signal: exited ? nil : status & 0x7f,
            stdout: stdout, stderr: stderr, timedOut: timedOut, outputExceeded: exceeded)
    }
}
