import BriefingCore
import Testing
@testable import Dedup
import BriefingTestSupport

/// Cruft inside pages without line breaks: template text many pages carry, bylines, stamps,
/// shouted lines; and copies told from reports of one kind by their figures.
@Suite struct RunTogetherCruftTests {
    static let topics: [(place: String, story: String)] = [
        ("harbour", "Ferry crews at the harbour voted to accept a new rota after weeks of talks with the operator."),
        ("orchestra", "The city orchestra announced a winter season built around young soloists and new commissions."),
        ("election", "Voters in the northern ward chose a new councillor after a recount that lasted into the night."),
        ("hospital", "Nurses at the general hospital opened a garden for patients recovering from long stays."),
        ("railway", "Engineers finished relaying the track on the coastal railway two days ahead of schedule."),
        ("library", "The central library extended its opening hours after students asked for more study space."),
        ("market", "Stallholders at the covered market welcomed a cut in rents agreed by the council."),
        ("stadium", "Supporters raised enough money to repair the stadium roof damaged in last month's storm."),
        ("airport", "The regional airport added three routes to southern cities for the summer timetable."),
        ("museum", "The town museum put a collection of old maps on show after years of careful restoration."),
        ("school", "Pupils at the village school planted an orchard with help from their grandparents."),
        ("bakery", "A family bakery celebrated fifty years on the high street with free bread for neighbours."),
    ]
    static let teaser = "Singer cancels tour dates after injury during rehearsal in the capital."
    static let widget = "Comments are moderated before they appear and must follow our house rules for discussion."

    /// One run-together page per topic: a teaser of another story, the article, a widget.
    static func pages() -> [String: String] {
        var files: [String: String] = [:]
        for (i, t) in topics.enumerated() {
            let body = "\(t.story) Officials said the \(t.place) work had been planned for a long time and cost less than expected."
            files["\(i).jsonl"] = #"{"id": "p\#(i)", "date": "2024-03-\#(10 + i)", "text": "\#(teaser) \#(body) \#(widget)"}"#
        }
        return files
    }

    @Test func textManyUnrelatedPagesCarryIsCruftInsideOneLine() async throws {
        let corpus = try loadCorpus(Self.pages())
        let (result, _) = try await runDedup(corpus)
        for document in corpus.documents {
            let spans = result.boilerplate.filter { $0.doc == document.id }
            let texts = spans.map { document.slice(Span($0.start, $0.end)) }
            #expect(texts.contains(Self.teaser), "teaser not found in \(document.id): \(texts)")
            #expect(texts.contains(Self.widget), "widget not found in \(document.id): \(texts)")
            #expect(spans.allSatisfy { $0.reason.contains("carried by 12 documents") })
            // The article's own sentences are not cruft.
            for sentence in document.sentences where !document.slice(sentence.span).hasPrefix("Singer")
                && !document.slice(sentence.span).hasPrefix("Comments") {
                #expect(!result.isBoilerplate(document.id, sentence.span), "\(document.slice(sentence.span))")
            }
        }
        // Shared cruft does not make the pages copies of each other.
        #expect(result.clusters.isEmpty)
    }

    @Test func aSharedPhrasingAroundVaryingWordsIsNotCruft() async throws {
        // "met on Monday … budget of" is a template report's wording, cut by its slots.
        var files: [String: String] = [:]
        for (i, t) in Self.topics.enumerated() {
            files["\(i).txt"] = "The \(t.place) board met on Monday to discuss plans for the coming year and approved a budget of \(i + 2) million. Members said the \(t.place) plan followed months of consultation."
        }
        let documents = try loadCorpus(files).documents
        let runs = RepeatedText.find(documents)
        #expect(runs.allSatisfy { $0.isEmpty }, "\(runs)")
    }

    @Test(arguments: [
        ("February 4, 2011 | By Jane Fielding, NEWS Soldiers kept order in the square on Thursday.", "February 4, 2011 | By Jane Fielding, NEWS", "byline"),
        ("By Tomas Greer and Ana Ruiz, WIRE The port reopened.", "By Tomas Greer and Ana Ruiz, WIRE", "byline"),
        ("Last updated: 10:23 GMT, Tuesday, 14 May 2024 The council met.", "Last updated: 10:23 GMT, Tuesday, 14 May 2024", "publication stamp"),
        ("The vote passed. Tickets sold out fast 7:01 pm ET March 3, 2024 RETWEET", "7:01 pm ET March 3, 2024", "time stamp"),
        ("Good reporting. March 3, 2024 at 11:27 pm | Report abuse | I agree with the mayor.", "March 3, 2024 at 11:27 pm | Report abuse |", "time stamp"),
        ("THIS IS A RUSH TRANSCRIPT FOR VIEWERS. HOST: Welcome back to the programme.", "THIS IS A RUSH TRANSCRIPT FOR VIEWERS.", "line in capitals"),
    ])
    func furnitureByShape(_ text: String, _ expected: String, _ reason: String) throws {
        let document = try #require(try loadCorpus(["a.txt": text]).documents.first)
        let found = PageFurniture.find(in: document, avoiding: [])
        #expect(found.map { document.slice($0.span) } == [expected])
        #expect(found.first?.reason == reason)
    }

    @Test(arguments: [
        "The mayor said by the end of the day the road would reopen.",
        "Updated figures will follow on Monday, officials said.",
        "The NATO summit opened in the capital.",
    ])
    func articleTextIsNotFurniture(_ text: String) throws {
        let document = try #require(try loadCorpus(["a.txt": text]).documents.first)
        #expect(PageFurniture.find(in: document, avoiding: []).isEmpty)
    }

    @Test func twoReportsOfOneKindWithOtherFiguresAreNotCopies() async throws {
        let template = { (day: String, amount: String, rate: String) in
            "The central bank lent \(amount) billion to commercial banks on \(day) at a rate of \(rate) per cent in its weekly operation. Demand from the banks was steady and the operation was fully covered, the bank said in a statement. The next operation is scheduled for next week."
        }
        let corpus = try loadCorpus([
            "a.txt": template("Tuesday 4 June", "12.5", "4.25"),
            "b.txt": template("Tuesday 11 June", "9.75", "4.5"),
            "c.txt": template("Tuesday 4 June", "12.5", "4.25") + " Analysts expected little change.",
        ])
        let (result, _) = try await runDedup(corpus)
        let relation = { (a: String, b: String) in result.pairs.first { $0.a == a && $0.b == b }?.relation }
        #expect(relation("a.txt", "b.txt") != .nearDuplicate)
        #expect(relation("a.txt", "c.txt") == .nearDuplicate)
    }

    @Test func theOriginalIsTheEarliestDatedMember() async throws {
        let text = "Ferry crews at the harbour voted to accept a new rota after weeks of talks with the operator. The union said the rota would give members two more days off each month. The operator said services would run as normal."
        let corpus = try loadCorpus([
            "a.jsonl": #"{"id": "late", "date": "2024-05-09", "text": "\#(text) A spokesman added that talks went well."}"#,
            "b.jsonl": #"{"id": "early", "date": "2024-05-07", "text": "\#(text)"}"#,
        ])
        let (result, _) = try await runDedup(corpus)
        let late = try #require(result.documents.first { $0.doc.hasSuffix("#late") })
        #expect(late.duplicateOf?.hasSuffix("#early") == true)
    }
}
