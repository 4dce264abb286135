import Foundation
import BriefingTestSupport

/// Runs the real `briefing` binary, built next to the test bundle, and captures what it prints.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `briefing` executable that `swift test` built alongside the tests.
    static var binary: URL {
        let bundle = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = bundle.deletingLastPathComponent()
        // On some platforms the tests run from inside an .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("briefing").path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("briefing")
    }

    /// The package root (where seeds/ and site/ live).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `briefing ARGS` in `directory`; `home` replaces HOME for the child (destructive tests).
    static func run(_ arguments: [String], in directory: URL, executable: URL = binary, home: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let home {
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = home.path
            process.environment = environment
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// The shared `TemporaryFolder` under the name end-to-end tests on other branches still use.
typealias TempFolder = TemporaryFolder

/// Every file under a folder, by relative path, for byte-for-byte comparisons.
func snapshot(_ folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let root = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
    while let relative = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = root + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }
    return result
}

/// A paragraph of news-style text written for these tests.
let sampleArticle = """
City council approves new bridge plan

The city council voted 7-2 on Tuesday to approve a plan for a new bridge over the river.

“This is a good day for commuters,” Mayor Ana Ruiz said after the vote. Work is due to start in March.

Opponents said the $40 million cost was too high.
"""
