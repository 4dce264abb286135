import Foundation
import Logging

/// Prints to the terminal: results to stdout, diagnostics to stderr.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// A log handler printing `level: message` lines to stderr, without timestamps, so that
/// output is readable and stable.
struct ConsoleLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let label: String

    init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let pass = event.metadata?["pass"] ?? metadata["pass"]
        let prefix = pass.map { "[\($0)] " } ?? ""
        let level = event.level == .info || event.level == .notice ? "" : "\(event.level): "
        Console.error("\(level)\(prefix)\(event.message)")
    }
}
