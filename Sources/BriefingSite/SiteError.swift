import BriefingCore

/// Why a site could not be rendered or written; each message names the file and the fix.
public enum SiteError: UserFacingError, Equatable {
    /// A template does not parse.
    case template(file: String, line: Int, column: Int, problem: String)
    /// Templates that extend or include each other in a circle (each entry: name and file).
    case templateCycle([String])
    /// A page needs a template that neither the project nor the default theme has.
    case missingTemplate(String)
    /// The output folder exists and is not a briefing site.
    case notASite(String)
    /// The output folder is, or holds, one of the build's inputs (or the home folder): replacing
    /// it would delete them, so it is refused even with `--force`.
    case holdsInput(output: String, role: String, path: String)
    /// The output could not be written.
    case write(path: String, reason: String)
    /// The templates folder could not be read.
    case unreadableTheme(path: String, reason: String)

    public var description: String {
        switch self {
        case .template(let file, let line, let column, let problem):
            return "\(file):\(line):\(column): template error: \(problem)"
        case .templateCycle(let chain):
            let how = chain.count == 2 ? "a template extends or includes itself" : "templates extend or include each other in a circle"
            return "\(how): \(chain.joined(separator: " → ")); remove the {{<…}} or {{>…}} tag that closes it"
        case .missingTemplate(let name):
            return "no template named '\(name)'; add Templates/\(name).mustache"
        case .notASite(let path):
            return "\(path) exists and is not a briefing site; choose another --output or pass --force to replace it"
        case .holdsInput(let output, let role, let path):
            let what = output == path ? "it is \(role)" : "it holds \(role) (\(path))"
            return "refusing to write the site to \(output): \(what), which replacing the folder would delete; choose an --output folder outside it, such as a new folder named site"
        case .write(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .unreadableTheme(let path, let reason):
            return "cannot read templates in \(path): \(reason)"
        }
    }
}
