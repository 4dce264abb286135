import BriefingCore
import Testing
@testable import Quotes

/// Canonical speakers across sources.
@Suite struct SpeakerMergingTests {
    @Test func titlesBecomeTheRole() async throws {
        let text = "Talks\n\nForeign Minister Andrei Volkov said the talks were “useful.”"
        let result = try await QuotesFixture.result(["a.txt": text])
        let speaker = try #require(result.speakers.first)
        #expect(speaker.name == "Andrei Volkov")
        #expect(speaker.role == "Foreign Minister")
    }

    @Test func surnameAloneLinksToTheFullName() async throws {
        let a = "Talks\n\nForeign Minister Andrei Volkov arrived on Monday."
        let b = "Talks go on\n\n“We will see,” Volkov said."
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.quote("We will see")?.speaker == "Andrei Volkov")
    }

    @Test func transliterationVariantsMerge() async throws {
        let a = "Talks\n\nAndrei Volkov said the talks were “useful.” Mykola Tkachenko said they were “a start.”"
        let b = "Talks go on\n\nAndrey Volkov called the meeting “useful.” Mykola Tkatchenko said it was “a start.”"
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.speakers.count == 2)
        let volkov = try #require(result.speakers.first { $0.name.hasSuffix("Volkov") })
        #expect(volkov.count == 2)
        #expect(volkov.aliases.contains { $0.hasPrefix("Andre") })
    }

    @Test func differentGivenNamesStayApart() async throws {
        let a = "Race\n\nMaria Lopez said the race was “wide open.” Carlos Lopez said it was “over.”"
        let result = try await QuotesFixture.result(["a.txt": a])
        #expect(Set(result.speakers.map(\.name)) == ["Maria Lopez", "Carlos Lopez"])
    }

    @Test func editDistanceIsNormalised() {
        #expect(NameFolding.sameSurname("yanukovich", "yanukovych"))
        #expect(!NameFolding.sameSurname("lopez", "lopes"))
        #expect(!NameFolding.sameSurname("smith", "smyth-jones"))
        #expect(NameFolding.compatibleGiven("sergei", "sergey"))
        #expect(NameFolding.compatibleGiven("yuri", "yury"))
        #expect(!NameFolding.compatibleGiven("maria", "carlos"))
        #expect(NameFolding.compatibleGiven("j", "john"))
    }
}

/// Names that look alike but are different people, and titles with "of".
@Suite struct SpeakerSeparationTests {
    @Test func consonantEditsAreDifferentNames() {
        #expect(!NameFolding.sameSurname("baker", "barker"))
        #expect(!NameFolding.sameSurname("bayer", "baker"))
        #expect(NameFolding.sameSurname("nebenziya", "nebenzya"))
        #expect(NameFolding.compatibleGiven("dmitri", "dmitry"))
    }

    @Test func aLoneWordDoesNotJoinASimilarName() async throws {
        let a = "Budget\n\nTreasury Secretary James Baker said the deficit was “too high.”"
        let b = "Bread\n\nThe Barker bakery said its prices were “stable.” Barker said sales were “strong.”"
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        #expect(result.quote("too high")?.speaker == "James Baker")
        #expect(result.quote("strong")?.speaker != "James Baker")
    }

    @Test func titleWithOfStaysInTheRole() async throws {
        let text = "Budget\n\nChancellor of the Exchequer Nigel Lawson said growth would be “robust.”"
        let result = try await QuotesFixture.result(["a.txt": text])
        let speaker = try #require(result.speakers.first)
        #expect(speaker.name == "Nigel Lawson")
        #expect(speaker.role == "Chancellor of the Exchequer")
    }

    @Test func genericRolesAreNotPeople() async throws {
        let text = "Results\n\n“Sales rose in every region,” the company said."
        let result = try await QuotesFixture.result(["a.txt": text])
        #expect(result.quote("Sales rose")?.speaker == "company")
        #expect(result.speakers.isEmpty)
    }
}
