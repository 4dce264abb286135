import BriefingCore
import Foundation
import Testing
@testable import Timeline
import BriefingTestSupport

/// Key dates: date ranking, sentence choice, redundancy and novelty, headers, option bounds.
@Suite struct KeyDateTests {
    let day = CalendarDate(year: 2030, month: 3, day: 10).dayNumber

    func days(_ doc: String, published: Int?, mentions: [Int]) -> DocumentDays {
        DocumentDays(doc: doc, published: published, mentioned: Set(mentions), sentences: [])
    }

    func sentence(_ doc: String, _ text: String, day: Int, explicit: Bool = true, position: Int = 1) -> DaySentence {
        DaySentence(doc: doc, span: Span(0, text.unicodeScalars.count), text: text, day: day, explicit: explicit,
                    position: position, future: false, equivalence: nil)
    }

    @Test func daysRankByMentionsAndPublications() {
        // day+1 is named by three documents published on it or the day after (3 + 0.25 for a's
        // publication); day by one follow-up two days later (0.5); day+2 only has two publications (0.5)
        let docs = [
            days("a", published: day + 1, mentions: [day + 1]),
            days("b", published: day + 2, mentions: [day + 1, day]),
            days("c", published: day + 2, mentions: [day + 1]),
        ]
        let ranked = DateRanker().rank(docs)
        #expect(ranked.map(\.day) == [day + 1, day, day + 2])
        #expect(ranked[0].documents == 3)
    }

    @Test func mentionWeightDependsOnWhenTheMentionWasPublished() {
        let r = DateRanker()
        let cases: [(published: Int?, weight: Double)] = [
            (day, 1.0), (day + 1, 1.0), (day + 2, 0.5), (day + 7, 0.5), (day + 8, 2.0), (day + 30, 2.0), (day + 31, 1.0),
            (day + 400, 1.0), (day - 1, 0.25), (nil, 1.0),
        ]
        for c in cases { #expect(r.mentionWeight(day: day, published: c.published) == c.weight, "published \(String(describing: c.published))") }
    }

    @Test func tiesGoToTheEarlierDayAndDistantDaysAreLeftOut() {
        let docs = [
            days("a", published: day, mentions: [day - 5, day - 4, day - 2000]),
        ]
        let ranked = DateRanker().rank(docs).map(\.day)
        // two follow-ups (0.5 each, the earlier first), then the publication day (0.25)
        #expect(ranked == [day - 5, day - 4, day])
    }

    @Test func theCentralSentenceComesFirst() {
        let pool = [
            sentence("a", "Floods forced thousands from their homes in the river valley on Monday.", day: day),
            sentence("b", "Thousands fled their homes as floods hit the river valley on Monday.", day: day),
            sentence("c", "A local bakery also reopened its doors after renovation on Monday.", day: day),
            sentence("d", "Rescue teams said floods in the valley left thousands without homes on Monday.", day: day),
        ]
        let ranked = [DateRanker.RankedDay(day: day, score: 4, documents: 4)]
        let keyDates = SentencePicker().pick(ranked: ranked, sentences: pool, count: 1, sentences: 1, now: day)
        let first = try? #require(keyDates.first?.summary.first)
        #expect(first?.text.contains("bakery") == false)
        #expect(keyDates.first?.date == "2030-03-10")
        #expect(keyDates.first?.rank == 1)
    }

    @Test func sentencesSayingTheSameThingAreOneWithBothSources() {
        let pool = [
            sentence("a", "The central bank raised its main interest rate to four percent on Monday.", day: day),
            sentence("b", "The central bank raised its main interest rate to four percent on Monday.", day: day),
            sentence("c", "Shares in exporters fell sharply after the decision was announced on Monday.", day: day),
        ]
        let ranked = [DateRanker.RankedDay(day: day, score: 3, documents: 3)]
        let summary = SentencePicker().pick(ranked: ranked, sentences: pool, count: 1, sentences: 3, now: day)[0].summary
        #expect(summary.count == 2)
        #expect(summary.filter { $0.text.contains("interest rate") }.count == 1)
        let rate = summary.first { $0.text.contains("interest rate") }
        #expect(Set(rate?.sources.map(\.doc) ?? []) == ["a", "b"])
    }

    @Test func aSentenceToldOnABetterDayIsNotRepeated() {
        let background = "The dispute began when the two neighbours closed their shared border crossing."
        let pool = [
            sentence("a", background, day: day),
            sentence("b", background, day: day + 1),
            sentence("c", "Talks between the neighbours resumed in the capital with a new mediator present.", day: day + 1),
        ]
        let ranked = [DateRanker.RankedDay(day: day, score: 2, documents: 1), DateRanker.RankedDay(day: day + 1, score: 1, documents: 2)]
        let keyDates = SentencePicker().pick(ranked: ranked, sentences: pool, count: 2, sentences: 2, now: day + 1)
        #expect(keyDates.map(\.date) == ["2030-03-10", "2030-03-11"])
        #expect(keyDates[1].summary.map(\.text) == ["Talks between the neighbours resumed in the capital with a new mediator present."])
    }

    @Test func daysWithoutSentencesArePassedOverAndLaterDaysAreExpected() {
        let pool = [sentence("a", "The committee will publish its final report on the spending review.", day: day + 5)]
        let ranked = [DateRanker.RankedDay(day: day, score: 5, documents: 5), DateRanker.RankedDay(day: day + 5, score: 1, documents: 1)]
        let keyDates = SentencePicker().pick(ranked: ranked, sentences: pool, count: 5, sentences: 3, now: day)
        #expect(keyDates.map(\.date) == ["2030-03-15"])
        #expect(keyDates.map(\.status) == ["expected"])
        #expect(keyDates.map(\.rank) == [1])
    }

    @Test func explicitMentionsBeatUndatedLeadSentences() {
        let pool = [
            sentence("a", "Voters queued outside polling stations across the country for the election.", day: day, explicit: false, position: 0),
            sentence("b", "Voters queued outside polling stations across the country on Sunday for the election.", day: day, explicit: true, position: 3),
        ]
        let ranked = [DateRanker.RankedDay(day: day, score: 2, documents: 2)]
        let summary = SentencePicker().pick(ranked: ranked, sentences: pool, count: 1, sentences: 1, now: day)[0].summary
        #expect(summary.map { $0.sources[0].doc } == ["b"])
    }

    @Test func sentenceHeadersAreCut() {
        let cases: [(text: String, content: String)] = [
            ("LIMA | Tue Mar 12, 2030 4:05 am GMT LIMA (Agency) - Heavy rain closed the airport on Monday.",
             "Heavy rain closed the airport on Monday."),
            ("Storm hits coast Tuesday 12 March 2030 16.35 GMT Heavy rain closed the airport on Monday.",
             "Heavy rain closed the airport on Monday."),
            ("PORTO NOVO - Heavy rain closed the airport on Monday.", "Heavy rain closed the airport on Monday."),
            ("Heavy rain closed the airport on Monday - the second closure this year.",
             "Heavy rain closed the airport on Monday - the second closure this year."),
            ("On 12 March 2030 heavy rain closed the airport.", "On 12 March 2030 heavy rain closed the airport."),
        ]
        for c in cases {
            let doc = document("x.txt", c.text, date: "2030-03-12")
            let timexes = TemporalTagger().tag(doc.text, sentences: [doc.body], anchor: doc.calendarDate)
            let start = SentenceHeader.contentStart(doc.text.scalars, sentence: doc.body, timexes: timexes)
            #expect(doc.slice(Span(start, doc.body.end)) == c.content, "\(c.text)")
        }
    }

    @Test func collectorFilesSentencesUnderTheirDays() {
        let text = "Heavy rain closed the main airport for the whole of Monday, officials said. "
            + "The airport authority expects flights to resume normally within the week. "
            + "A photographer walks past the flooded terminal in the city March 11, 2030."
        let doc = document("a.txt", text, date: "2030-03-12")
        let timexes = TemporalTagger().tag(doc.text, sentences: doc.sentences.map(\.span), anchor: doc.calendarDate)
        let days = DaySentenceCollector.collect(doc, timexes: timexes, published: doc.calendarDate, duplicates: nil, groupOf: [:])
        let monday = CalendarDate(year: 2030, month: 3, day: 11).dayNumber
        #expect(days.mentioned.contains(monday))
        #expect(days.sentences.map(\.explicit) == [true])
        #expect(days.sentences.map(\.day) == [monday])
    }

    @Test func optionBounds() throws {
        let defaults = KeyDateSettings()
        let counts: [(documents: Int, keyDates: Int)] = [(0, 5), (30, 5), (98, 7), (150, 10), (271, 18), (600, 40), (20_000, 40)]
        for c in counts { #expect(defaults.count(documents: c.documents) == c.keyDates, "\(c.documents) documents") }
        #expect(KeyDateSettings(keyDates: 3).count(documents: 10_000) == 3)
        let bad: [(key: String, value: String, message: String)] = [
            ("key_dates", "0", "passes.timeline.key_dates: \"0\" is not valid; expected a whole number from 1 to 500"),
            ("key_dates", "501", "passes.timeline.key_dates: \"501\" is not valid; expected a whole number from 1 to 500"),
            ("key_dates", "many", "passes.timeline.key_dates"),
            ("key_date_sentences", "0", "passes.timeline.key_date_sentences: \"0\" is not valid; expected a whole number from 1 to 10"),
            ("key_date_sentences", "11", "passes.timeline.key_date_sentences: \"11\" is not valid; expected a whole number from 1 to 10"),
        ]
        for b in bad {
            let options = PassOptions(pass: "timeline", values: [b.key: .string(b.value)])
            do {
                _ = try options.decode(TimelinePass.Options.self)
                Issue.record("\(b.key): \(b.value) was accepted")
            } catch let error as PassError {
                #expect(error.description.contains(b.message), "\(error.description)")
            }
        }
        let good = try PassOptions(pass: "timeline", values: ["key_dates": .string("12"), "key_date_sentences": .string("1")])
            .decode(TimelinePass.Options.self)
        #expect(good.keyDates == 12 && good.keyDateSentences == 1)
        let unset = try PassOptions(pass: "timeline").decode(TimelinePass.Options.self)
        #expect(unset.keyDates == nil && unset.keyDateSentences == 3)
    }

    @Test func keyDatesInTheDataFile() async throws {
        let corpus = Corpus(documents: [
            document("a.txt", "Ministers met in Vienna on Monday to discuss the grain corridor and shipping. The summit will take place on Friday, officials said in a statement.",
                     date: "2025-08-19"),
            document("b.txt", "Ministers met in Vienna on Monday to discuss the grain corridor and shipping routes. A follow-up summit is due to take place on Friday in the city.",
                     date: "2025-08-19"),
        ])
        let output = try await TimelinePass().run(PassInput(corpus: corpus))
        let data = try BriefingJSON.encoder().encode(try #require(output.result as? TimelineResult))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let keyDates = try #require(json["key_dates"] as? [[String: Any]])
        #expect(keyDates.compactMap { $0["date"] as? String }.first == "2025-08-18")
        #expect(keyDates.compactMap { $0["rank"] as? Int } == Array(1...keyDates.count))
        let first = try #require(keyDates.first)
        for key in ["date", "rank", "summary", "sources_count", "status"] { #expect(first[key] != nil, "key_dates lack \(key)") }
        let summary = try #require((first["summary"] as? [[String: Any]])?.first)
        let sources = try #require(summary["sources"] as? [[String: Any]])
        #expect(Set(sources.compactMap { $0["doc"] as? String }) == ["a.txt", "b.txt"])
    }
}
