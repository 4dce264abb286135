import Foundation
import Mustache

/// The templates and assets a site is rendered with: the default theme embedded in the binary,
/// overridden file by file by a project's own `Templates/` folder.
public struct Theme: Sendable {
    /// Template text by name (path under Templates/ without `.mustache`).
    public let templates: [String: String]
    /// Where each template came from, for error messages.
    public let origins: [String: String]
    /// Asset files by path under `assets/`.
    public let assets: [String: String]
    /// The parsed templates.
    let library: MustacheLibrary

    /// Loads the default theme, adds the templates of external plugins (name → file) and
    /// applies overrides from `overrideFolder` when it exists.
    public init(overrideFolder: String?, pluginTemplates: [String: String] = [:]) throws {
        var files: [String: (text: String, origin: String)] = [:]
        for (path, text) in DefaultTheme.files {
            files[path] = (text, "default theme: Templates/\(path)")
        }
        for (name, file) in pluginTemplates {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw SiteError.unreadableTheme(path: file, reason: "the plugin's template is missing or not UTF-8 text")
            }
            files[name + ".mustache"] = (text, file)
        }
        if let folder = overrideFolder {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
                let root = URL(fileURLWithPath: folder).standardizedFileURL
                let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
                while let url = walker?.nextObject() as? URL {
                    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                    let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
                    guard let data = FileManager.default.contents(atPath: url.path),
                          let text = String(data: data, encoding: .utf8) else {
                        throw SiteError.unreadableTheme(path: url.path, reason: "not UTF-8 text")
                    }
                    files[relative] = (text, (folder as NSString).appendingPathComponent(relative))
                }
            }
        }
        var templates: [String: String] = [:]
        var origins: [String: String] = [:]
        var assets: [String: String] = [:]
        for (path, file) in files {
            if path.hasSuffix(".mustache") {
                let name = String(path.dropLast(".mustache".count))
                templates[name] = file.text
                origins[name] = file.origin
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = file.text
            }
        }
        if let chain = TemplateGraph.cycle(in: templates) {
            throw SiteError.templateCycle(chain.map { "\($0) (\(origins[$0]!))" })
        }
        var library = MustacheLibrary()
        for name in templates.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: templates[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw SiteError.template(file: origins[name]!, line: error.context.lineNumber,
                                         column: error.context.columnNumber, problem: "\(error.error)")
            }
        }
        self.templates = templates
        self.origins = origins
        self.assets = assets
        self.library = library
    }

    /// Whether a template exists.
    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// Renders template `name` with `context`.
    public func render(_ name: String, _ context: Any) throws -> String {
        guard has(name), let output = library.render(context, withTemplate: name) else {
            throw SiteError.missingTemplate(name)
        }
        return output
    }
}
