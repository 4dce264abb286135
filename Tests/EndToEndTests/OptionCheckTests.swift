import Testing
import BriefingTestSupport

/// `briefing check` reads every pass's options the way `build` does, so a misspelt key is
/// reported before any work, with the file, the line and the valid keys.
@Suite("check reports misspelt pass options")
struct OptionCheckTests {
    /// One misspelt key per built-in pass, and the message each must print.
    static let cases: [(pass: String, key: String, message: String)] = [
        ("dedup", "treshold", "briefing.yml:3: passes.dedup: unknown option 'treshold'; valid keys: threshold, shingle_size, permutations, bands, rows, pairwise_limit, sentence_similarity, rewrite_fraction, same_story_similarity, repeat_similarity, candidate_pairs"),
        ("quotes", "key_quote", "briefing.yml:3: passes.quotes: unknown option 'key_quote'; valid keys: terms, partials, key_quotes, chart_speakers, attribution_model"),
        ("summary", "sentence", "briefing.yml:3: passes.summary: unknown option 'sentence'; valid keys: sentences, words, document_sentences"),
        ("timeline", "chart_event", "briefing.yml:3: passes.timeline: unknown option 'chart_event'; valid keys: chart_events, page_events, key_dates, key_date_sentences"),
        ("sources", "wpm", "briefing.yml:3: passes.sources: unknown option 'wpm'; valid keys: words_per_minute"),
        ("stories", "min_sizes", "briefing.yml:3: passes.stories: unknown option 'min_sizes'; valid keys: min_size, similarity, enabled"),
    ]

    @Test("a misspelt option of each built-in pass", arguments: cases.map(\.pass))
    func misspeltOption(pass: String) throws {
        let item = try #require(Self.cases.first { $0.pass == pass })
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("briefing.yml", "passes:\n  \(item.pass):\n    \(item.key): 4\n")
        let check = try CLI.run(["check"], in: project.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: \(item.message)\n"), "\(check.stderr)")
        #expect(check.stderr.contains("1 problem(s) found"))
        #expect(!check.stdout.contains("ok: no problems found"))
        // build stops on the same problem, before writing anything.
        let build = try CLI.run(["build"], in: project.url)
        #expect(build.status == 1)
        #expect(build.stderr.contains("error: \(item.message)\n"), "\(build.stderr)")
        #expect(!project.exists("site"))
    }

    @Test("every bad option is listed at once, values out of range with their line")
    func allProblemsAtOnce() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("briefing.yml", """
            passes:
              dedup: {threshold: 1.5}
              summary:
                words: 3
              timeline: {page_events: many}
            """)
        let check = try CLI.run(["check"], in: project.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: briefing.yml:2: passes.dedup.threshold: \"1.5\" is not valid; expected a number above 0 and at most 1"), "\(check.stderr)")
        #expect(check.stderr.contains("error: briefing.yml:4: passes.summary.words: \"3\" is not valid; expected a whole number of at least 10"))
        #expect(check.stderr.contains("error: briefing.yml:5: passes.timeline.page_events: \"many\" is not valid; expected a whole number"))
        #expect(check.stderr.contains("3 problem(s) found"))
    }

    @Test("a valid option passes check")
    func validOption() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("briefing.yml", "passes:\n  dedup: {threshold: 0.4, bands: 16, rows: 4}\n  quotes: {terms: no}\n")
        let check = try CLI.run(["check"], in: project.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ok: no problems found"))
    }
}

/// External plugins: the `options:` of plugin.yml are the keys they take; a plugin that
/// declares none takes any key.
@Suite("check and plugin options")
struct PluginOptionCheckTests {
    func project(options: String) throws -> TemporaryFolder {
        let project = try TemporaryFolder()
        try project.write("seeds/a.txt", sampleArticle)
        try project.write("Plugins/tally/plugin.yml", "id: tally\ndescription: Tally.\ncommand: [python3, main.py]\n\(options)")
        try project.write("Plugins/tally/main.py", "import json, sys\njson.load(sys.stdin)\nprint('{\"data\": {}}')\n")
        return project
    }

    @Test func aDeclaredPluginRejectsAnUnknownKeyWithItsLine() throws {
        let project = try project(options: "options:\n  top: 5\n")
        defer { project.remove() }
        try project.write("briefing.yml", "passes:\n  tally:\n    tpo: 3\n")
        let check = try CLI.run(["check"], in: project.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: briefing.yml:3: passes.tally: unknown option 'tpo'; valid keys: top\n"), "\(check.stderr)")
    }

    @Test func aPluginThatDeclaresNoOptionsTakesAnyKey() throws {
        let project = try project(options: "")
        defer { project.remove() }
        try project.write("briefing.yml", "passes:\n  tally:\n    anything: 3\n")
        let check = try CLI.run(["check"], in: project.url)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func anUnknownPassIsNamedWithItsLine() throws {
        let project = try project(options: "")
        defer { project.remove() }
        try project.write("briefing.yml", "reference_date: 2025-08-19\npasses:\n  dedupe: {threshold: 0.4}\n")
        let check = try CLI.run(["check"], in: project.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: briefing.yml:3: unknown pass 'dedupe'; known passes: "), "\(check.stderr)")
    }
}
