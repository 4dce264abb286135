import BriefingCore
import Testing
@testable import Quotes

/// One person under names written with or without a hyphen, a space, accents or a middle initial.
@Suite struct SpelledNameTests {
    @Test(arguments: [
        ("Secretary-General Lin Wei-ming said the talks were “useful.”", "Lin Wei Ming called the meeting “a start.”"),
        ("José Núñez said the vote was “fair.”", "Jose Nunez said the count was “complete.”"),
        ("Anna K. Berg said the plan was “sound.”", "Anna Berg said the budget was “tight.”"),
    ])
    func spellingsOfOneNameMerge(_ a: String, _ b: String) async throws {
        let result = try await QuotesFixture.result(["a.txt": "Talks\n\n" + a, "b.txt": "Talks go on\n\n" + b])
        #expect(result.speakers.count == 1, "\(result.speakers.map(\.name))")
        #expect(result.speakers.first?.count == 2)
    }
}
