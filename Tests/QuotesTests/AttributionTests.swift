import BriefingCore
import Testing
@testable import Quotes

/// Each attribution pattern, pronouns and descriptions.
@Suite struct AttributionTests {
    private func speaker(of words: String, in paragraphs: String...) async throws -> Quote {
        let text = ([ "Harbour talks" ] + paragraphs).joined(separator: "\n\n")
        let result = try await QuotesFixture.result(["a.txt": text])
        return try #require(result.quote(words))
    }

    @Test func nameThenVerbAfterTheQuote() async throws {
        let q = try await speaker(of: "ready to talk", in: "“We are ready to talk,” Anna Keller said.")
        #expect(q.speaker == "Anna Keller")
        #expect(q.cue == "said")
    }

    @Test func verbThenNameAfterTheQuote() async throws {
        let q = try await speaker(of: "ready to talk", in: "“We are ready to talk,” said Anna Keller, the transport minister.")
        #expect(q.speaker == "Anna Keller")
    }

    @Test func appositiveBetweenNameAndVerb() async throws {
        let q = try await speaker(of: "ready to talk", in: "“We are ready to talk,” Anna Keller, the transport minister, told reporters.")
        #expect(q.speaker == "Anna Keller")
        #expect(q.role == "transport minister")
    }

    @Test func toldSomeoneThat() async throws {
        let q = try await speaker(of: "meet next week", in: "Anna Keller told the mayor that “we will meet next week in the port.”")
        #expect(q.speaker == "Anna Keller")
        #expect(q.cue == "told")
    }

    @Test func accordingTo() async throws {
        let q = try await speaker(of: "unsafe for trucks", in: "The bridge is “unsafe for trucks of any size,” according to Tomas Reyes.")
        #expect(q.speaker == "Tomas Reyes")
    }

    @Test func colonIntroducesTheQuote() async throws {
        let q = try await speaker(of: "It will take weeks", in: "Engineer Priya Natarajan: “It will take weeks, not days.”")
        #expect(q.speaker == "Priya Natarajan")
    }

    @Test func verbAndColonBeforeTheQuote() async throws {
        let q = try await speaker(of: "not so easy", in: "Professor Hana Sato of the city university said: \"I think it is not so easy to fix.\"")
        #expect(q.speaker == "Hana Sato")
    }

    @Test func attributionInTheNextSentence() async throws {
        let q = try await speaker(of: "reopen on time", in: "“We will reopen on time.” Anna Keller said the works were on schedule.")
        #expect(q.speaker == "Anna Keller")
    }

    @Test func secondSentenceContinuesTheSpeaker() async throws {
        let q = try await speaker(of: "weeks of work", in: "“We are ready,” Anna Keller said on Monday. “There are weeks of work ahead.”")
        #expect(q.speaker == "Anna Keller")
    }

    @Test func participleAfterAClause() async throws {
        let q = try await speaker(of: "very costly", in: "“It is possible,” Anna Keller said on Tuesday, adding that a delay would be “very costly” for the port.")
        #expect(q.speaker == "Anna Keller")
    }

    @Test func pronounResolvesToTheLastSpeakerOfTheSameGender() async throws {
        let q = try await speaker(of: "We did our part",
            in: "Transport Minister Anna Keller met Harbour Master Jonas Berg on Monday. Keller said she was satisfied.",
            "Mr. Berg said the port was ready. “We did our part,” he said.")
        #expect(q.speaker == "Jonas Berg")
        #expect(q.speakerMention == "he")
    }

    @Test func pronounSpanPointsAtThePronoun() async throws {
        let text = "Harbour talks\n\nAnna Keller visited the site. “It looks solid,” she said."
        let result = try await QuotesFixture.result(["a.txt": text])
        let q = try #require(result.quote("It looks solid"))
        let scalars = Array(text.unicodeScalars)
        let mention = String(String.UnicodeScalarView(scalars[q.speakerStart!..<q.speakerEnd!]))
        #expect(mention == "she")
        #expect(q.speaker == "Anna Keller")
    }

    @Test func nominalResolvesToTheRoleHolder() async throws {
        let q = try await speaker(of: "port will not close",
            in: "President Tomas Vidal visited the harbour on Monday with Mayor Elena Brandt.",
            "“The port will not close,” the president added.")
        #expect(q.speaker == "Tomas Vidal")
        #expect(q.speakerMention == "the president")
    }

    @Test func unnamedRoleStaysARole() async throws {
        let q = try await speaker(of: "reviewing the plans", in: "“We are reviewing the plans,” a ministry spokesperson said.")
        #expect(q.speaker == "ministry spokesperson")
    }

    @Test func nominalWithANationalityUsesRolesFromOtherSources() async throws {
        let a = "Summit\n\nUkrainian President Andriy Melnyk met the mayor. Melnyk said he was hopeful."
        let b = "Summit talk\n\nAndriy Melnyk arrived late. The Ukrainian president stated that he was open to “any format” of talks."
        let result = try await QuotesFixture.result(["a.txt": a, "b.txt": b])
        let q = try #require(result.quote("any format"))
        #expect(q.speaker == "Andriy Melnyk")
    }
}

/// Patterns found while checking invented articles: coordinated verbs, statements issued by a
/// body, appositive subjects, unnamed roles introduced earlier.
@Suite struct MoreAttributionTests {
    private func result(_ paragraphs: String...) async throws -> QuotesResult {
        try await QuotesFixture.result(["a.txt": (["Ceasefire talks"] + paragraphs).joined(separator: "\n\n")])
    }

    @Test func coordinatedVerbsShareTheSubject() async throws {
        let r = try await result("Foreign Minister Radek Nowak called the talks “a theatre” and warned that Warsaw would not accept “any deal over our heads.”")
        #expect(r.quote("any deal")?.speaker == "Radek Nowak")
    }

    @Test func statementIssuedByABody() async throws {
        let r = try await result("Chancellor Friedrich Weber spoke on Monday.", "Weber's office later issued a statement: “The chancellor remains committed to dialogue.”")
        #expect(r.quote("remains committed")?.speaker == "Weber's office")
    }

    @Test func pronounAfterANewAppositiveSubject() async throws {
        let r = try await result(
            "“We came with proposals,” Chancellor Friedrich Weber told reporters.",
            "The ministry's spokesman, Dmitri Orlov, rejected that account. “It is the other side that refused,” he said.")
        #expect(r.quote("other side")?.speaker == "Dmitri Orlov")
        #expect(r.speakers.first { $0.name == "Dmitri Orlov" }?.role == "ministry's spokesman")
    }

    @Test func unnamedRoleKeepsItsFirstDescription() async throws {
        let r = try await result("According to a senior EU official, the bloc is preparing new sanctions. “We will not wait,” the official said.")
        #expect(r.quote("We will not wait")?.speaker == "senior EU official")
    }
}

/// Attribution inside the quote's own sentence wins over the next sentence's.
@Suite struct AttributionPriorityTests {
    @Test func ownSentenceBeatsTheNextOne() async throws {
        let text = "Talks\n\nAnna Keller said: “Go now.” Jonas Berg replied, “No.”"
        let result = try await QuotesFixture.result(["a.txt": text])
        #expect(result.quote("Go now")?.speaker == "Anna Keller")
        #expect(result.quote("No.")?.speaker == "Jonas Berg")
    }
}
