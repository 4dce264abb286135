import ArgumentParser
import BriefingCore
import Foundation

/// `briefing new-plugin NAME`: a working external plugin to start from.
struct NewPluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-plugin",
        abstract: "Create a working external plugin (manifest, program, template, test) under Plugins/NAME.")

    @Argument(help: "The plugin's id: lower-case letters, digits, - and _.")
    var name: String

    @Option(name: .long, help: "Language of the program: python, shell or swift.")
    var language: PluginScaffold.Language = .python

    @Option(name: .long, help: "Folder to create the plugin in.")
    var directory = "Plugins"

    func run() throws {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            throw UsageError(description: "plugin name '\(name)' must use lower-case letters, digits, - and _ only, e.g. `briefing new-plugin keywords`")
        }
        if BuiltInPasses.all().contains(where: { $0.id == name }) {
            throw UsageError(description: "'\(name)' is the id of a built-in pass; choose another name")
        }
        let folder = (directory as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: folder) {
            throw UsageError(description: "\(folder) already exists; choose another name or remove it")
        }
        let files = PluginScaffold(id: name, language: language).files()
        do {
            for (path, file) in files.sorted(by: { $0.key < $1.key }) {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
                if file.executable {
                    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw UsageError(description: "cannot create \(folder): \(error.localizedDescription)")
        }
        Console.print("created \(folder)/ (\(files.keys.sorted().joined(separator: ", ")))")
        Console.print("it runs on the next `briefing build`; test it alone with: \(PluginScaffold(id: name, language: language).testCommand)")
    }
}

extension PluginScaffold.Language: ExpressibleByArgument {}
