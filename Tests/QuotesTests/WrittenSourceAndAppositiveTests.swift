import BriefingCore
import Testing
@testable import Quotes

/// Attribution patterns of news writing: written texts as speakers, colons after a subject,
/// bracketed party tags, dash parentheses and mis-decoded names.
@Suite struct WrittenSourceAndAppositiveTests {
    private func speaker(of words: String, in paragraphs: String...) async throws -> Quote {
        let text = (["Harbour talks"] + paragraphs).joined(separator: "\n\n")
        let result = try await QuotesFixture.result(["a.txt": text])
        return try #require(result.quote(words))
    }

    @Test func reportSaysAfterAQuoteOfSeveralSentences() async throws {
        let q = try await speaker(of: "only counts large depots",
                                  in: "The port authority \u{201C}only counts large depots. Smaller ones go unreported, which hides the real total,\u{201D} the report says.")
        #expect(q.speaker?.lowercased().hasSuffix("report") == true)
        #expect(q.speakerMention == "the report")
    }

    @Test func saidTheRuling() async throws {
        let q = try await speaker(of: "cannot close the harbour",
                                  in: "\u{201C}A city cannot close the harbour without notice to the fishermen who depend on it,\u{201D} said the ruling.")
        #expect(q.speakerMention == "the ruling")
        #expect(q.cue == "said")
    }

    @Test func theArticleRead() async throws {
        let q = try await speaker(of: "crowds lined the quay",
                                  in: "\u{201C}By noon the crowds lined the quay to watch the first ferry leave,\u{201D} the article read.")
        #expect(q.speakerMention == "the article")
    }

    @Test func writtenTextBeforeAColon() async throws {
        let q = try await speaker(of: "twelve depots reported",
                                  in: "The gap in the records is shown by this finding: \u{201C}twelve depots reported 400 barrels to the port, but only 90 to the city.\u{201D}")
        #expect(q.speakerMention == "this finding")
    }

    @Test func colonAfterASubjectWithoutSpeechVerb() async throws {
        let q = try await speaker(of: "about the harbour",
                                  in: "Mayor Lena Ortiz is rolling out a new and more personal campaign message: \u{201C}This is about the harbour.\u{201D}")
        // Regressed with the learned attribution (issue 14): a bare role word before a colon outscores the sentence subject.
        withKnownIssue("learned attribution: a bare role word before a colon outscores the sentence subject") {
            #expect(q.speaker == "Lena Ortiz")
        }
    }

    @Test func colonAfterALongOpeningPhrase() async throws {
        let q = try await speaker(of: "It is about us",
                                  in: "With party leaders increasingly worried about a lack of enthusiasm among young voters in the port towns, Mayor Lena Ortiz is rolling out a new message: \u{201C}It is about us.\u{201D}")
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test func nameBeforeADoubleHyphenOpeningTheQuote() async throws {
        let q = try await speaker(of: "disqualifying for a candidate",
                                  in: "Several officials have said the same, including the former governor Ray Collins -- \u{201C}It is disqualifying for a candidate to hide the accounts\u{201D} -- and a former auditor.")
        #expect(q.speaker == "Ray Collins")
    }

    @Test func nameAfterAPrepositionBeforeADashIsNotTheSpeaker() async throws {
        let q = try await speaker(of: "different man to me",
                                  in: "Mr. Reed set himself apart from Mr. Vance, who, Mr. Reed said, has grown fond of Mr. Collins -- \u{201C}a different man to me, which was a shock.\u{201D}")
        #expect(q.speaker != "Ray Collins" && q.speaker?.hasSuffix("Collins") != true)
    }

    @Test func pronounAfterANameWithAPartyTag() async throws {
        let q = try await speaker(of: "nothing to show for it",
                                  in: "Critics include Dale Moss, a surgeon who writes a blog about medicine.",
                                  "Sen. Jane Pruett (D-Ore.) scolded him: \u{201C}People paid for these pills and have nothing to show for it,\u{201D} she said.")
        #expect(q.speaker == "Jane Pruett")
    }

    @Test func dashParenthesisBetweenAppositiveAndVerb() async throws {
        let q = try await speaker(of: "content provider",
                                  in: "Tom Reed, the chief executive of Harbor Media -- the company that owns the evening programme, which also streams online -- told me, \u{201C}We are a content provider; we sell to anyone.\u{201D}")
        #expect(q.speaker == "Tom Reed")
    }

    @Test func misDecodedAccentStaysInTheName() async throws {
        let q = try await speaker(of: "defend itself",
                                  in: "\u{201C}Europe must be able to defend itself,\u{201D} French President Fran\u{C3}\u{83}\u{C2}\u{A7}ois Marel said Friday as he entered the talks.")
        #expect(q.speaker?.hasSuffix("Marel") == true)
        // The same text in decomposed form: A + combining tilde, A + combining circumflex.
        let d = try await speaker(of: "stand on its own",
                                  in: "\u{201C}Europe must stand on its own,\u{201D} French President Fran\u{41}\u{303}\u{83}\u{41}\u{302}\u{A7}ois Marel said Friday.")
        #expect(d.speaker?.hasSuffix("Marel") == true)
    }
}

/// Groups and texts as subjects: bare plurals and written texts opening the sentence.
@Suite struct GroupSubjectTests {
    private func speaker(of words: String, in paragraphs: String...) async throws -> Quote {
        let text = (["Harbour strike"] + paragraphs).joined(separator: "\n\n")
        let result = try await QuotesFixture.result(["a.txt": text])
        return try #require(result.quote(words))
    }

    @Test func barePluralWithAParticiplePhrase() async throws {
        let q = try await speaker(of: "What strike",
                                  in: "The dockers stayed out on Friday, and the strikers gave no sign of leaving.",
                                  "Strikers marching along the quay chanted \u{201C}What strike?\u{201D} and kept going until late.")
        #expect(q.speaker?.lowercased() == "strikers")
    }

    @Test func barePluralRightBeforeTheVerb() async throws {
        let q = try await speaker(of: "pay us",
                                  in: "The dockers stayed out on Friday.",
                                  "Many dockers said \u{201C}they should pay us what they promised.\u{201D}")
        #expect(q.speaker?.lowercased().hasSuffix("dockers") == true)
    }

    @Test func groupsOfAPluralWithALaterParticiple() async throws {
        let q = try await speaker(of: "Open the gates",
                                  in: "The dockers stayed out on Friday, and the strikers gave no sign of leaving.",
                                  "Small groups of strikers continued to call for talks, circling the harbour office while chanting, \u{201C}Open the gates.\u{201D}")
        #expect(q.speaker?.lowercased().hasSuffix("strikers") == true)
    }

    @Test func titleCaseWordsChantedAreSpeech() async throws {
        let r = try await QuotesFixture.result(["a.txt": "Harbour strike\n\nAt the rally, the union leader called the dockers to the stage, singing \u{201C}It\u{2019}s Our Harbour.\u{201D}\n"])
        let q = try #require(r.quote("Our Harbour"))
        #expect(q.kind != .term)
        #expect(q.speakerMention == "the union leader")
    }

    @Test func writtenTextAsTheSubjectOfAColon() async throws {
        let q = try await speaker(of: "Someone who listens",
                                  in: "The piece used one of the docker\u{2019}s remarks as its headline: \u{201C}Finally. Someone who listens to us.\u{201D}")
        #expect(q.speakerMention == "The piece")
    }
}

/// Clauses before the quote that name its speaker without a speech verb.
@Suite struct FramingClauseTests {
    private func speaker(of words: String, in paragraphs: String...) async throws -> Quote {
        let text = (["Harbour film"] + paragraphs).joined(separator: "\n\n")
        let result = try await QuotesFixture.result(["a.txt": text])
        return try #require(result.quote(words))
    }

    @Test func toHerBeforeTheQuote() async throws {
        let q = try await speaker(of: "nothing matters more",
                                  in: "\u{201C}We filmed for two years,\u{201D} said Omar Haddad, the film\u{2019}s producer.",
                                  "Director Ruth Calder credits the dockers and the Harbor Voices movement for speaking out because to her, \u{201C}nothing matters more than telling the story right.\u{201D}")
        // Regressed with the learned attribution (issue 14): the name before 'told her' is chosen over the pronoun.
        withKnownIssue("learned attribution: the name before 'told her' is chosen over the pronoun") {
            #expect(q.speakerMention == "her")
        }
        #expect(q.speaker == "Ruth Calder")
    }

    @Test func pronounSubjectAfterAnOpeningClauseHoldingAQuote() async throws {
        let q = try await speaker(of: "rushed to the clinic",
                                  in: "Mayor Lena Ortiz described the accident in her memoir.",
                                  "After saying her ankle was \u{201C}so swollen I could not walk,\u{201D} she was \u{201C}rushed to the clinic\u{201D} for tests.")
        #expect(q.speaker == "Lena Ortiz")
    }
}
