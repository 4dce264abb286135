import Testing
@testable import BriefingCore

/// Options as data: keys, defaults, kinds and ranges all come from one declared type.
@Suite struct PassOptionsDecodingTests {
    enum Style: String, Decodable, CaseIterable, Sendable { case compact, full }

    struct Options: PassOptionsDeclaration, Equatable {
        var pageSize = 20
        var ratio = 0.5
        var verbose = false
        var label: String?
        var names: [String] = []
        var style = Style.compact

        func validate() throws {
            try require(pageSize > 0, "page_size", pageSize, "a positive whole number")
        }
    }

    func options(_ values: [String: OptionValue]) -> PassOptions {
        PassOptions(pass: "demo", values: values, file: "briefing.yml", line: 2, lines: ["page_size": 3, "ratio": 4, "extra": 5])
    }

    @Test func keysComeFromThePropertiesInSnakeCase() {
        #expect(Options.keys == ["page_size", "ratio", "verbose", "label", "names", "style"])
    }

    @Test func absentKeysTakeTheDefaults() throws {
        #expect(try options([:]).decode(Options.self) == Options())
    }

    @Test func givenValuesAreReadByKind() throws {
        let decoded = try options(["page_size": .string("5"), "ratio": .string("0.25"), "verbose": .string("yes"),
                                   "label": .string("x"), "names": .list([.string("a"), .string("b")]),
                                   "style": .string("full")]).decode(Options.self)
        #expect(decoded == Options(pageSize: 5, ratio: 0.25, verbose: true, label: "x", names: ["a", "b"], style: .full))
    }

    @Test("bad input is an error naming the file, line, key and what is expected", arguments: [
        (["extra": OptionValue.string("1")], "briefing.yml:5: passes.demo: unknown option 'extra'; valid keys: page_size, ratio, verbose, label, names, style"),
        (["page_size": .string("big")], "briefing.yml:3: passes.demo.page_size: \"big\" is not valid; expected a whole number"),
        (["ratio": .string("half")], "briefing.yml:4: passes.demo.ratio: \"half\" is not valid; expected a number"),
        (["verbose": .string("maybe")], "briefing.yml:2: passes.demo.verbose: \"maybe\" is not valid; expected true or false"),
        (["names": .string("a")], "briefing.yml:2: passes.demo.names: \"a\" is not valid; expected a list, e.g. [a, b]"),
        (["style": .string("huge")], "briefing.yml:2: passes.demo.style: \"huge\" is not valid; expected one of compact, full"),
        (["page_size": .string("0")], "briefing.yml:3: passes.demo.page_size: \"0\" is not valid; expected a positive whole number"),
    ])
    func badInput(values: [String: OptionValue], message: String) {
        do {
            _ = try options(values).decode(Options.self)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func optionsMadeInCodeHaveNoLocation() {
        #expect(throws: PassError.unknownOption(pass: "demo", key: "x", valid: Options.keys)) {
            try PassOptions(pass: "demo", values: ["x": .string("1")]).decode(Options.self)
        }
    }
}
