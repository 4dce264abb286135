import ArgumentParser

/// Flags shared by `build` and `check`.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of articles (default: `corpus` in briefing.yml, else seeds/).")
    var corpus: String?

    @Option(name: .long, help: "Folder to write the site to (default: `output` in briefing.yml, else site/).")
    var output: String?

    @Option(name: .long, help: "Config file (default: briefing.yml in the current folder, when present).")
    var config: String?

    @Option(name: .long, help: "Templates folder overriding the default theme (default: Templates/ when present).")
    var templates: String?

    @Option(name: .long, help: "Comma-separated pass ids to run (their dependencies run too).")
    var only: String?

    @Flag(name: [.short, .long], help: "Log each pass's timing and more detail.")
    var verbose = false

    @Flag(name: [.short, .long], help: "Print errors only.")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet cannot be used together") }
    }
}
