import ArgumentParser

@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "briefing")
}
