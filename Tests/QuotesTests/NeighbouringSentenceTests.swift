import BriefingCore
import Testing
@testable import Quotes

/// Attribution from the sentences around a quote, organisations that speak but are never
/// "she", and descriptions that give a gender or hide the name.
@Suite struct NeighbouringSentenceTests {
    private func result(_ paragraphs: String...) async throws -> QuotesResult { try await QuotesFixture.harbour(paragraphs) }

    @Test func wholeSentenceQuoteAfterReportedSpeechIsTheReportersSource() async throws {
        let r = try await result("Tomas Reyes said the port authority had ignored the silt for years. “Please help us.” The authority did not reply.")
        let q = try #require(r.quote("Please help us"))
        #expect(q.kind == .full)
        #expect(q.speaker == "Tomas Reyes")
    }

    @Test func aVerbWithItsOwnClauseInTheNextSentenceDoesNotAttribute() async throws {
        let r = try await result("“The cranes are idle.” Outside the port in the north, the reporter Anna Keller said she heard sirens.")
        // Regressed with the learned attribution (issue 14): a verb whose clause has a subject of its own in the next sentence still attributes.
        withKnownIssue("learned attribution: a verb whose clause has a subject of its own in the next sentence still attributes") {
            #expect(r.quote("cranes are idle")?.speaker != "Anna Keller")
        }
    }

    @Test func anOrganisationKeepsItsWholeNameAndIsNeverShe() async throws {
        let r = try await result(
            "Maria Lopez, a spokeswoman for the harbour board, said the dredgers were late.",
            "“A generator has been restored,” Tokyo Electric Power Company said.",
            "“Then I heard the second explosion,” she said.")
        #expect(r.speakers.contains { $0.name == "Tokyo Electric Power Company" })
        #expect(r.quote("second explosion")?.speaker == "Maria Lopez")
    }

    @Test func anAcronymBeforeANameIsAnAffiliation() async throws {
        let r = try await result("“The road to the port is closed,” said BBC Anna Keller.")
        #expect(r.quote("road to the port")?.speaker == "Anna Keller")
    }

    @Test func aDescriptionGivesAGenderThroughARelativeClause() async throws {
        let r = try await result(
            "“There is a need for more oversight,” said Tom Reyes, a lawyer in the port.",
            "Angelique Brunner, a developer and spokeswoman for the Harbour Investment Coalition, which is made up of investors, said the critics were wrong.",
            "“People look at what an area looks like after the investment,” she said.")
        #expect(r.quote("after the investment")?.speaker == "Angelique Brunner")
    }

    @Test func aNameBetweenCommasIsTheSubjectNotTheWordBefore() async throws {
        let r = try await result(
            "His former business partner at Lenox, Lawrence Cummings, called him a master of impossible deals. “He showed again and again an ability to close deals others could not.”")
        #expect(r.quote("He showed again")?.speaker == "Lawrence Cummings")
    }
}

/// Speakers hidden behind a place, an outlet or an acronym.
@Suite struct AffiliationTests {
    private func result(_ paragraphs: String...) async throws -> QuotesResult { try await QuotesFixture.harbour(paragraphs) }

    @Test func thePersonBeforeAPlaceSpeaks() async throws {
        let r = try await result(
            "The BBC's Andy Gallagher in Port Alder says: “The quays are busier than ever.”",
            "“The city will recover,” the mayor of London said.")
        #expect(r.quote("busier than ever")?.speaker == "Andy Gallagher")
        #expect(r.quote("city will recover")?.speakerMention == "the mayor of London")
    }

    @Test func aCompanyBeforeARoleIsPartOfTheDescription() async throws {
        let r = try await result("“I had no prior knowledge of this well,” says the BP boss.")
        #expect(r.quote("prior knowledge")?.speakerMention == "the BP boss")
    }

    @Test func anAcronymAfterANameIsNoPartOfIt() async throws {
        let r = try await result(
            "“We are being dragged into politics,” said Sandy Lamb BP shareholder from Chester.",
            "“The dividend is gone,” said Magazine BP.")
        #expect(r.quote("dragged into politics")?.speaker == "Sandy Lamb")
        #expect(r.quote("dividend is gone")?.speaker == "BP")
    }

    @Test func theyAndItPointBackToAGroupOrABody() async throws {
        let r = try await result(
            "Dock workers marched through Port Alder on Monday. “We will not go back until the bonus is restored,” they said.",
            "The Harbour Board issued a statement on Tuesday. “The port will reopen on Friday,” it said.",
            "The union leaders met the mayor. They said “nothing has changed.”")
        #expect(r.quote("bonus is restored")?.speaker == "Dock workers")
        #expect(r.quote("reopen on Friday")?.speaker == "Harbour Board")
        #expect(r.quote("nothing has changed")?.speaker == "union leaders")
        #expect(r.quote("bonus is restored")?.speakerMention == "they")
    }

    @Test func itIsTheBodyThatHeadsItsPhraseNotAModifierOrALoneWord() async throws {
        let r = try await result(
            "The mayor ordered a police crackdown on the quays, national television said. “The curfew covers all of Port Alder,” it said.",
            "The U.S. Embassy issued a warning on Thursday. “Crowds near the port should be avoided,” it said.")
        #expect(r.quote("curfew covers")?.speaker == "national television")
        #expect(r.quote("should be avoided")?.speaker == "U.S. Embassy")
        let state = try await result("The port stayed shut on Monday, state television said. “The curfew covers all of Port Alder,” it said.")
        #expect(state.quote("curfew covers")?.speaker == "state television")
    }

    @Test func aPronounFromTheParagraphBeforeIsReadThere() async throws {
        // The lead-in's "They" lies in the previous paragraph, whose words the quote's own
        // paragraph does not have: looking for its antecedent there must not go out of bounds.
        let r = try await result(
            "Hundreds of dock workers gathered outside the harbour office on a cold and windy Monday morning in Port Alder. They said:",
            "“We will not go back.”")
        #expect(r.quote("will not go back")?.speakerMention == "They")
    }

    @Test func aNextSentenceWithAClauseOfItsOwnDoesNotAttribute() async throws {
        let r = try await result("The ferry was late again. “The berths are silted up.” The harbour master Tom Reyes said she saw many causes.")
        // Regressed with the learned attribution (issue 14): a verb whose clause has a subject of its own in the next sentence still attributes.
        withKnownIssue("learned attribution: a verb whose clause has a subject of its own in the next sentence still attributes") {
            #expect(r.quote("berths are silted")?.speaker != "Tom Reyes")
        }
        let bare = try await result("The ferry was late again. “The berths are silted up.” The harbour master Tom Reyes said on Tuesday.")
        #expect(bare.quote("berths are silted")?.speaker == "Tom Reyes")
    }
}

/// Bodies, places and shouted headlines that look like names.
@Suite struct NotAPersonTests {
    private func result(_ paragraphs: String...) async throws -> QuotesResult { try await QuotesFixture.harbour(paragraphs) }

    @Test func aCapitalisedModifierBeforeABodyIsADescription() async throws {
        let r = try await result("“The port will stay closed,” the Libyan government said on Friday.")
        #expect(r.quote("stay closed")?.speakerMention == "the Libyan government")
        #expect(r.speakers.allSatisfy { $0.name != "Libyan" })
    }

    @Test func aShoutedHeadlineIsNoName() async throws {
        let r = try await result("STOP BLAMING BP said the placards. “We are doing everything we can,” BP said.")
        #expect(r.speakers.allSatisfy { !$0.name.contains("BLAMING") })
        #expect(r.quote("doing everything")?.speaker == "BP")
    }

    @Test func aShortAcronymIsAWholeName() async throws {
        let r = try await result("“Claims will be paid,” said Business BP in a statement.", "“The well is capped,” BP said.")
        #expect(r.quote("Claims will be paid")?.speaker == "BP")
        #expect(r.quote("well is capped")?.speaker == "BP")
    }

    @Test func aWordUsedAloneFarMoreOftenIsNotTheSurnameOfARareFullName() async throws {
        var files: [String: String] = ["a.txt": "Harbour talks\n\n“Nobody will leave,” said East Harbour.\n"]
        for k in 0..<12 { files["b\(k).txt"] = "Harbour talks \(k)\n\n“The quays are open,” Harbour said in statement number \(k).\n" }
        let r = try await QuotesFixture.result(files)
        #expect(r.quote("quays are open")?.speaker == "Harbour")
    }
}

/// Roles as shown on the Quotes page.
@Suite struct RoleCleaningTests {
    @Test func relativeClausesAndParticiplesAreNoRole() {
        #expect(SpeakerDirectory.cleanRole("a resident of the port who had returned to the quays to") == "resident of the port")
        #expect(SpeakerDirectory.cleanRole("speaking early Sunday on state television").isEmpty)
        #expect(SpeakerDirectory.cleanRole("the Harbour Board's Chief Executive") == "Harbour Board's Chief Executive")
    }

    @Test func aByLineOrAPrepositionDoesNotStartAName() async throws {
        let text = "Harbour talks\n\nBy the Wire Staff Port Alder officials met on Friday. Amid Calls For Calm, the port reopened. “We are open again,” the harbour master said.\n"
        let r = try await QuotesFixture.result(["a.txt": text])
        #expect(r.speakers.allSatisfy { !$0.name.contains("Staff") && !$0.name.contains("Amid") })
    }
}
