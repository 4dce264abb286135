import Foundation
import Testing
import BriefingTestSupport

/// A corpus like scraped news pages: no line breaks, a teaser of another story and a shared
/// photo caption on every page, bylines, and two reports of one kind that differ only in their
/// figures. The built briefing must keep all of that out of titles, summary and timeline.
@Suite("briefing build on run-together pages")
struct RunTogetherPagesTests {
    static let teaser = "Singer cancels tour dates after injury during rehearsal in the capital."
    static let caption = "A ferry leaves the northern quay at dawn as commuters wait on the pier beside the harbour office."
    static let stories: [(headline: String, text: String)] = [
        ("Ferry Crews Accept New Rota", "Ferry crews at the harbour voted on Monday to accept a new rota after weeks of talks. The union said members would get two more days off each month."),
        ("Orchestra Unveils Winter Season", "The city orchestra announced a winter season built around young soloists. Tickets go on sale next week at the box office."),
        ("Councillor Wins Ward After Recount", "Voters in the northern ward chose a new councillor after a recount that lasted into the night. Turnout was the highest in a decade."),
        ("Hospital Opens Patients' Garden", "Nurses at the general hospital opened a garden for patients recovering from long stays. Volunteers planted roses and herbs."),
        ("Coastal Railway Reopens Early", "Engineers finished relaying the track on the coastal railway two days ahead of schedule. Trains resumed on Wednesday morning."),
        ("Library Extends Opening Hours", "The central library extended its opening hours after students asked for more study space. The change starts in October."),
        ("Market Traders Welcome Rent Cut", "Stallholders at the covered market welcomed a cut in rents agreed by the council. Several empty stalls have already been let."),
        ("Supporters Fund Stadium Repairs", "Supporters raised enough money to repair the stadium roof damaged in a storm. Work will finish before the new season."),
        ("Airport Adds Summer Routes", "The regional airport added three routes to southern cities for the summer timetable. Flights start in May."),
        ("Museum Shows Restored Maps", "The town museum put a collection of old maps on show after years of restoration. Entry is free on Sundays."),
        ("Pupils Plant School Orchard", "Pupils at the village school planted an orchard with help from their grandparents. The first apples are expected in three years."),
        ("Bakery Marks Fifty Years", "A family bakery celebrated fifty years on the high street with free bread for neighbours. The founder still bakes every morning."),
    ]
    static func rate(_ day: String, _ amount: String, _ rate: String) -> String {
        "The central bank lent \(amount) billion to commercial banks on \(day) at a rate of \(rate) per cent in its weekly operation. Demand from the banks was steady and the operation was fully covered, the bank said in a statement."
    }

    static func corpus() -> String {
        var lines: [String] = []
        func record(_ id: String, _ date: String, _ text: String) -> String {
            let data = try! JSONSerialization.data(withJSONObject: ["id": id, "date": date, "source": "Daily", "text": text], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        for (i, s) in stories.enumerated() {
            let text = "\(teaser) \(s.headline) March \(i + 1), 2024 | By Jane Fielding, WIRE \(caption) \(s.text)"
            lines.append(record("page\(i)", "2024-03-\(String(format: "%02d", i + 1))", text))
        }
        lines.append(record("rate-a", "2024-03-05", rate("Tuesday 5 March", "12.5", "4.25")))
        lines.append(record("rate-b", "2024-03-12", rate("Tuesday 12 March", "9.75", "4.5")))
        return lines.joined(separator: "\n") + "\n"
    }

    func json(_ folder: TemporaryFolder, _ name: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(try folder.read("data/\(name).json").utf8)) as? [String: Any])
    }

    @Test("cruft is found and kept out of titles, summary and timeline; template reports are not copies")
    func runTogetherPages() throws {
        let corpus = try TemporaryFolder(["pages.jsonl": Self.corpus()])
        let out = try TemporaryFolder()
        defer { corpus.remove(); out.remove() }
        let result = try CLI.run(["build", "--corpus", corpus.path, "--output", out.path, "--force", "--quiet"], in: corpus.url)
        #expect(result.status == 0, "\(result.stderr)")
        let records = Self.corpus().split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]) ?? [:]
        }
        let texts = Dictionary(uniqueKeysWithValues: records.map { ("pages.jsonl#" + ($0["id"] ?? ""), Array(($0["text"] ?? "").unicodeScalars)) })

        let dedup = try json(out, "dedup")
        let boilerplate = try #require(dedup["boilerplate"] as? [[String: Any]])
        var found: [String: [String]] = [:]
        for b in boilerplate {
            let doc = b["doc"] as! String, start = b["start"] as! Int, end = b["end"] as! Int
            found[doc, default: []].append(String(String.UnicodeScalarView(texts[doc]![start..<end])))
        }
        for i in Self.stories.indices {
            let spans = found["pages.jsonl#page\(i)"] ?? []
            #expect(spans.contains { $0.hasPrefix(Self.teaser) }, "teaser of page\(i): \(spans)")
            #expect(spans.contains { $0.contains("By Jane Fielding, WIRE") }, "byline of page\(i): \(spans)")
            #expect(spans.contains { $0.contains(Self.caption) }, "caption of page\(i): \(spans)")
        }
        // The pages share cruft only: no page is a copy of another, and the rate reports are two reports.
        let documents = try #require(dedup["documents"] as? [[String: Any]])
        #expect(documents.allSatisfy { $0["duplicate_of"] is NSNull }, "\(documents)")

        let sources = try #require(try json(out, "sources")["documents"] as? [[String: Any]])
        let titles = sources.compactMap { $0["title"] as? String }
        #expect(!titles.contains { $0.contains("Singer cancels") })
        #expect(titles.contains("Ferry Crews Accept New Rota"))

        let summary = try #require(try json(out, "summary")["sentences"] as? [[String: Any]])
        for s in summary.compactMap({ $0["text"] as? String }) {
            #expect(!s.contains("Singer cancels") && !s.contains("Jane Fielding") && !s.contains("ferry leaves the northern quay"), "\(s)")
        }
        let events = try #require(try json(out, "timeline")["events"] as? [[String: Any]])
        for e in events.compactMap({ $0["text"] as? String }) {
            #expect(!e.contains("Singer cancels") && !e.contains("Jane Fielding"), "\(e)")
        }
        let index = try out.read("index.html")
        #expect(!index.contains("<title>Briefing</title>"))
    }
}
