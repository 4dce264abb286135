import BriefingCore
import Testing
@testable import Quotes

/// Two spellings of one person in two sources, and the canonical name they merge to.
struct NameVariantCase: CustomTestStringConvertible, Sendable {
    var variant: String
    var first: String
    var second: String

    var testDescription: String { variant }
}

/// Canonical speakers: names differing by diacritics or an initial are one person; places and
/// times are never speakers.
@Suite struct NameVariantTests {
    static let variants: [NameVariantCase] = [
        .init(variant: "diacritics", first: "José Núñez", second: "Jose Nunez"),
        .init(variant: "a middle initial", first: "Laurence H. Tribe", second: "Laurence Tribe"),
    ]

    @Test(arguments: variants)
    func variantsAreOnePerson(_ c: NameVariantCase) async throws {
        let a = "Talks\n\n“We will see,” \(c.first) said on Monday."
        let b = "Talks go on\n\n“It is a start,” \(c.second) said."
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.speakers.count == 1, "\(result.speakers.map(\.name))")
        #expect(result.speakers.first?.count == 2)
    }

    static let notSpeakers: [AttributionCase] = [
        .init(construction: "a place before the verb", text: "In Geneva, “the talks are over,” the mood was grim.", quote: "talks are over", speaker: nil, cue: nil),
        .init(construction: "a day before the quote", text: "On Monday “the talks are over” was the headline everywhere.", quote: "talks are over", speaker: nil, cue: nil),
    ]

    @Test(arguments: notSpeakers)
    func placesAndTimesAreNoSpeakers(_ c: AttributionCase) async throws {
        let result = try await QuotesFixture.harbour([c.text])
        let q = try #require(result.quote(c.quote))
        #expect(q.speaker == nil)
    }
}
