import ArgumentParser
import BriefingCore
import BriefingSite
import Foundation

/// The `briefing` command: turns a folder of news articles into a sourced static site.
@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a folder of news articles into a sourced, static briefing site.",
        subcommands: [BuildCommand.self, CheckCommand.self, PluginsCommand.self, NewPluginCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Runs the command with briefing's exit codes: 0 success, 1 a user error, 2 an internal one.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                // --help and --version print through ArgumentParser and succeed.
                exit(withError: error)
            }
            Console.error(message(for: error))
            Foundation.exit(isUserError(error) ? 1 : 2)
        }
    }

    /// Whether an error is the user's to fix (bad input, config, flags) rather than a bug.
    static func isUserError(_ error: Error) -> Bool {
        if error is any UserFacingError { return true }
        // Argument parsing errors (unknown flag, missing value) are the user's too.
        return exitCode(for: error) == .validationFailure
    }

    /// The text printed for an error: the typed message, ArgumentParser's usage text, or an
    /// internal error asking for a report.
    static func message(for error: Error) -> String {
        if error is any UserFacingError { return "error: \(error)" }
        let text = fullMessage(for: error)
        if exitCode(for: error) == .validationFailure { return text }
        return "internal error: \(text.isEmpty ? "\(error)" : text); please report it"
    }
}

/// A mistake in how the command was called that ArgumentParser cannot see (bad pass list).
struct UsageError: UserFacingError {
    let description: String
}
