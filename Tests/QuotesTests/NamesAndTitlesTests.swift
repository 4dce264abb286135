import BriefingCore
import Testing
@testable import Quotes

/// Names that look like something else (a title word as a surname, a nickname in marks, a
/// paper's "The"), titles of shows and works, and speech nouns that are not verbs.
@Suite struct NamesAndTitlesTests {
    private func result(_ paragraphs: String...) async throws -> QuotesResult { try await QuotesFixture.harbour(paragraphs) }

    @Test func titleWordAfterAGivenNameIsASurname() async throws {
        let r = try await result("Howard Dean, a former party chairman, said “nobody at the port cares about the dredging.”")
        #expect(r.quote("nobody at the port")?.speaker == "Howard Dean")
    }

    @Test func titleWordAfterATitleStaysATitle() async throws {
        let r = try await result("The Foreign Minister said “nobody at the port cares about the dredging.”")
        #expect(r.quote("nobody at the port")?.speakerMention == "The Foreign Minister")
        #expect(r.speakers.allSatisfy { $0.named == false })
    }

    @Test func nicknameInMarksIsPartOfTheNameNotAQuote() async throws {
        let r = try await result(
            "“We will not close the yard,” the union's leader, Earvin “Magic” Johnson, told reporters.",
            "Rep. Robert C. \"Bobby\" Scott opened the meeting. \"This is a big year for the port!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.")
        #expect(r.quote("Magic") == nil)
        #expect(r.quote("Bobby") == nil)
        #expect(r.quote("Cia") == nil)
        #expect(r.quote("close the yard")?.speaker == "Earvin Johnson")
        #expect(r.quote("big year")?.speaker == "Marcia Price")
    }

    @Test func nicknameRuleLeavesHeadlinesAndSentencesAlone() async throws {
        // Single marks between title-case words in a headline are a quote, and so is a word
        // quoted after a lower-case verb.
        let text = "Mayor Calls Port Plan ‘Reckless’ Again\n\nThe mayor called the plan \"Reckless\" on Monday, Anna Keller said.\n"
        let r = try await QuotesFixture.result(["a.txt": text])
        #expect(r.quote("Reckless") != nil)
    }

    @Test func abbreviatedTitleBeforeANameIsNotAGivenName() async throws {
        let r = try await result("\"We will win this seat,\" said state Del. Marcia Price.")
        #expect(r.quote("win this seat")?.speaker == "Marcia Price")
    }

    @Test func particleOpeningANameKeepsItsCapital() async throws {
        let r = try await result("“We will win,” said Al Gore.", "“The city is ready,” said Bill de Blasio, the mayor.")
        #expect(r.quote("We will win")?.speaker == "Al Gore")
        #expect(r.quote("city is ready")?.speaker == "Bill de Blasio")
    }

    @Test func paperWithACapitalTheKeepsIt() async throws {
        let r = try await result("The loopholes he cited are “the ability to use real estate losses to offset other income,” The Hill reported.")
        // Regressed with the learned attribution (issue 14): a partial quote's after-quote slot scores below no speaker.
        withKnownIssue("learned attribution: a partial quote's after-quote slot scores below no speaker") {
            #expect(r.quote("real estate losses")?.speaker == "The Hill")
        }
    }

    @Test func showTitleAfterAPossessiveIsATermWhoeverSpeaksNext() async throws {
        let r = try await result(
            "In an interview on CBS's \"Face the Nation,\" House Speaker Paul Ryan said the shooting was a tragedy.",
            "On NBC’s “Meet the Press,” Senator Anna Keller said the bill was dead.")
        #expect(r.quote("Face the Nation")?.kind == .term)
        #expect(r.quote("Face the Nation")?.speaker == nil)
        #expect(r.quote("Meet the Press")?.kind == .term)
    }

    @Test func speechNounAfterAnAdjectiveIsNotAVerb() async throws {
        let r = try await result(
            "The film recalls how a crime bill led Hillary Clinton to make a controversial comment that described young offenders as “super predators.”",
            "Ms. Keller made a brief statement that called the plan “a disgrace to the port.”",
            "Tom Reyes, a lawyer, issued a statement which described the ruling as “a victory for the town.”")
        #expect(r.quote("super predators")?.speaker == "Hillary Clinton")
        #expect(r.quote("a disgrace to the port")?.speaker == "Anna Keller" || r.quote("a disgrace to the port")?.speakerMention == "Keller")
        #expect(r.quote("a victory for the town")?.speaker == "Tom Reyes")
    }

    @Test func aTitleWordAloneIsTheSurnameOfSomeoneNamedBefore() async throws {
        let r = try await result(
            "Howard Dean has been asked to apologise for a remark about the mayor.",
            "Dean, a former party chairman, poked at the mayor during the debate, tweeting, “Notice the mayor sniffing all the time.”",
            "The dean of the law school said “nothing will change.”")
        #expect(r.quote("Notice the mayor")?.speaker == "Howard Dean")
        #expect(r.quote("nothing will change")?.speaker != "Howard Dean")
    }

    @Test func participleAfterAClauseWithAnAppositiveSubject() async throws {
        let r = try await result("Howard Dean, a former party chairman, poked at the mayor during the debate, tweeting, “Notice the mayor sniffing all the time.”")
        #expect(r.quote("Notice the mayor")?.speaker == "Howard Dean")
    }
}

/// A surname alone when two people in one article bear it.
@Suite struct SharedSurnameTests {
    private func result(_ paragraphs: String...) async throws -> QuotesResult { try await QuotesFixture.harbour(paragraphs) }

    @Test func theOneNamedMostIsMeantAfterAPassingMention() async throws {
        let r = try await result(
            "Maria Lopez said the port would reopen. Lopez has led the harbour board since 2019.",
            "Lopez was joined on stage by her husband, Carlos Lopez, who runs a shipping firm.",
            "The dredging plan has stalled for months and the board has lost patience with the ministry.",
            "Farmers and fishermen have both lodged complaints about the silt in the estuary.",
            "Two ferries were cancelled on Friday. Freight has moved to the rail terminal.",
            "“We cannot wait another winter,” Lopez said.")
        #expect(r.quote("another winter")?.speaker == "Maria Lopez")
    }

    @Test func aTitleChoosesByGender() async throws {
        let r = try await result(
            "Maria Lopez said the port would reopen. Ms. Lopez has led the harbour board since 2019, and Ms. Lopez spoke first.",
            "Her husband, Carlos Lopez, runs a shipping firm.",
            "The dredging plan has stalled for months and the board has lost patience with the ministry.",
            "Farmers and fishermen have both lodged complaints about the silt in the estuary.",
            "Two ferries were cancelled on Friday. Freight has moved to the rail terminal.",
            "“Our ships are waiting,” Mr. Lopez said.")
        #expect(r.quote("ships are waiting")?.speaker == "Carlos Lopez")
    }

    @Test func oneJustNamedInFullIsMeant() async throws {
        let r = try await result(
            "Maria Lopez said the port would reopen. Lopez has led the harbour board since 2019, and Lopez spoke first.",
            "Separately, the shipping executive Carlos Lopez said fuel costs had doubled.",
            "Lopez told the radio station that “the firm will cut two routes.”")
        #expect(r.quote("cut two routes")?.speaker == "Carlos Lopez")
    }

    @Test func aHeadlineVerbDoesNotMakeANewPerson() async throws {
        let text = "Harbour Chief Slams Anna Keller Over Dredging\n\nAnna Keller said the plan was sound. “We will dredge in May,” Keller said.\n"
        let r = try await QuotesFixture.result(["a.txt": text])
        #expect(r.quote("dredge in May")?.speaker == "Anna Keller")
    }
}
