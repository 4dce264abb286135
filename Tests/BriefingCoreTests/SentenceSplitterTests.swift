import Testing
@testable import BriefingCore

/// One splitting case: a paragraph of news-style text and the sentences expected from it.
struct SplitCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

/// The sentences of one paragraph, as strings.
func sentenceTexts(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSplitter.split(text).map { span in
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }
}

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    static let cases: [SplitCase] = [
        SplitCase("plain boundary", "The talks ended late. Both delegations left at dawn.",
                  ["The talks ended late.", "Both delegations left at dawn."]),
        SplitCase("U.S. before a noun", "The U.S. delegation arrived on Monday. It left on Tuesday.",
                  ["The U.S. delegation arrived on Monday.", "It left on Tuesday."]),
        SplitCase("U.S. ends a sentence", "Troops will return to the U.S. The move was expected.",
                  ["Troops will return to the U.S.", "The move was expected."]),
        SplitCase("U.S. President", "U.S. President Jane Doe spoke briefly. She took no questions.",
                  ["U.S. President Jane Doe spoke briefly.", "She took no questions."]),
        SplitCase("U.N. Security Council", "The U.N. Security Council met again. It adjourned without a vote.",
                  ["The U.N. Security Council met again.", "It adjourned without a vote."]),
        SplitCase("Mr. and Dr.", "Mr. Novak and Dr. Ana Ruiz met in Vienna. They talked for an hour.",
                  ["Mr. Novak and Dr. Ana Ruiz met in Vienna.", "They talked for an hour."]),
        SplitCase("military title", "Gen. Mark Olsen said the drills would go on. No date was set.",
                  ["Gen. Mark Olsen said the drills would go on.", "No date was set."]),
        SplitCase("Gov. and Rep.", "Gov. Lena Park and Rep. Tom Ford met. Neither spoke afterwards.",
                  ["Gov. Lena Park and Rep. Tom Ford met.", "Neither spoke afterwards."]),
        SplitCase("month before a day", "The vote is set for Jan. 5 in the capital. Officials confirmed the date.",
                  ["The vote is set for Jan. 5 in the capital.", "Officials confirmed the date."]),
        SplitCase("month ends a sentence", "The law took effect in Sept. Critics called it rushed.",
                  ["The law took effect in Sept.", "Critics called it rushed."]),
        SplitCase("No. before a number", "He spoke outside No. 10 on Friday. Reporters waited in the rain.",
                  ["He spoke outside No. 10 on Friday.", "Reporters waited in the rain."]),
        SplitCase("the word no", "The answer was no. Talks collapsed an hour later.",
                  ["The answer was no.", "Talks collapsed an hour later."]),
        SplitCase("middle initial", "John F. Kennedy International Airport was closed. Flights resumed later.",
                  ["John F. Kennedy International Airport was closed.", "Flights resumed later."]),
        SplitCase("two initials", "The memoir by J. R. Hartley sold well. Critics were kinder than expected.",
                  ["The memoir by J. R. Hartley sold well.", "Critics were kinder than expected."]),
        SplitCase("decimals and money", "Growth slowed to 2.5 percent in May. The deal is worth $1.2 billion.",
                  ["Growth slowed to 2.5 percent in May.", "The deal is worth $1.2 billion."]),
        SplitCase("quote closes a sentence", "He called it \u{201C}a useful first move.\u{201D} He then left the room.",
                  ["He called it \u{201C}a useful first move.\u{201D}", "He then left the room."]),
        SplitCase("quote inside a sentence", "\u{201C}We are ready to talk,\u{201D} Mayor Diaz said on Tuesday. Nobody answered.",
                  ["\u{201C}We are ready to talk,\u{201D} Mayor Diaz said on Tuesday.", "Nobody answered."]),
        SplitCase("quoted question with attribution", "\u{201C}Why now?\u{201D} Okafor asked reporters. The room fell silent.",
                  ["\u{201C}Why now?\u{201D} Okafor asked reporters.", "The room fell silent."]),
        SplitCase("quoted exclamation, titled speaker", "\u{201C}Enough!\u{201D} Prime Minister Ana Costa shouted.",
                  ["\u{201C}Enough!\u{201D} Prime Minister Ana Costa shouted."]),
        SplitCase("quoted question then new sentence", "\u{201C}Who will pay?\u{201D} The question hung over the meeting.",
                  ["\u{201C}Who will pay?\u{201D}", "The question hung over the meeting."]),
        SplitCase("lower-case attribution", "\u{201C}Can we win?\u{201D} he asked. \u{201C}Yes.\u{201D}",
                  ["\u{201C}Can we win?\u{201D} he asked.", "\u{201C}Yes.\u{201D}"]),
        SplitCase("multi-sentence quotation", "\u{201C}We will not back down. We never have,\u{201D} the union leader said.",
                  ["\u{201C}We will not back down.", "We never have,\u{201D} the union leader said."]),
        SplitCase("straight quotes", "She said the talks were \"tense.\" Then she left.",
                  ["She said the talks were \"tense.\"", "Then she left."]),
        SplitCase("lone straight closing quote", "The aide called the talks \"useful but tough. \" The office agreed.",
                  ["The aide called the talks \"useful but tough. \"", "The office agreed."]),
        SplitCase("wire-style backtick quotes", "Troops massed at the border. ``We are ready,'' the general said. ``Very ready.''",
                  ["Troops massed at the border.", "``We are ready,'' the general said.", "``Very ready.''"]),
        SplitCase("bullets inside a paragraph", "Key points: \u{2022} Talks resume Monday. \u{2022} Prisoners will be swapped.",
                  ["Key points: \u{2022} Talks resume Monday.", "\u{2022} Prisoners will be swapped."]),
        SplitCase("single quotes", "He said: \u{2018}It is over.\u{2019} Then he hung up.",
                  ["He said: \u{2018}It is over.\u{2019}", "Then he hung up."]),
        SplitCase("ellipsis inside a sentence", "The minister paused ... and then continued reading.",
                  ["The minister paused ... and then continued reading."]),
        SplitCase("ellipsis ends a sentence", "He said he was waiting... The answer never came.",
                  ["He said he was waiting...", "The answer never came."]),
        SplitCase("ellipsis character", "Prices climbed for weeks\u{2026} Then they fell.",
                  ["Prices climbed for weeks\u{2026}", "Then they fell."]),
        SplitCase("em dashes", "The envoy \u{2014} a veteran of many talks \u{2014} said little. Others spoke at length.",
                  ["The envoy \u{2014} a veteran of many talks \u{2014} said little.", "Others spoke at length."]),
        SplitCase("em dash inside a quote", "\u{201C}I thought it would be rude \u{2014} I did not want that,\u{201D} he said.",
                  ["\u{201C}I thought it would be rude \u{2014} I did not want that,\u{201D} he said."]),
        SplitCase("question and exclamation", "Is a deal close? Nobody knows! Talks resume Monday.",
                  ["Is a deal close?", "Nobody knows!", "Talks resume Monday."]),
        SplitCase("repeated marks", "What?! No way!!! He left.", ["What?!", "No way!!!", "He left."]),
        SplitCase("a.m. before a day", "The blast came at 3 a.m. Monday near the port. Police sealed the area.",
                  ["The blast came at 3 a.m. Monday near the port.", "Police sealed the area."]),
        SplitCase("p.m. ends a sentence", "Polls closed at 8 p.m. The count began at once.",
                  ["Polls closed at 8 p.m.", "The count began at once."]),
        SplitCase("Inc. before a verb", "Apple Inc. said sales rose. Analysts agreed.",
                  ["Apple Inc. said sales rose.", "Analysts agreed."]),
        SplitCase("Inc. ends a sentence", "The stake was sold to Acme Holdings Inc. Terms were not disclosed.",
                  ["The stake was sold to Acme Holdings Inc.", "Terms were not disclosed."]),
        SplitCase("Corp. with a ticker", "The buyer is Marine Response Corp. (MRC), a cooperative. It declined to comment.",
                  ["The buyer is Marine Response Corp. (MRC), a cooperative.", "It declined to comment."]),
        SplitCase("Co. Ltd", "Hanil Electronics Co. Ltd. reported a profit. Shares rose.",
                  ["Hanil Electronics Co. Ltd. reported a profit.", "Shares rose."]),
        SplitCase("state abbreviation", "Sen. Tom Jones, D-Calif., said no. The bill died in committee.",
                  ["Sen. Tom Jones, D-Calif., said no.", "The bill died in committee."]),
        SplitCase("state ends a sentence", "The plant is in Fresno, Calif. The closure affects 300 workers.",
                  ["The plant is in Fresno, Calif.", "The closure affects 300 workers."]),
        SplitCase("Markdown emphasis", "**Talks failed.** The envoys left. *Why?* Nobody would say.",
                  ["**Talks failed.**", "The envoys left.", "*Why?*", "Nobody would say."]),
        SplitCase("dateline", "BUFFALO, N.Y. (AP) \u{2014} The mayor resigned on Friday.",
                  ["BUFFALO, N.Y. (AP) \u{2014} The mayor resigned on Friday."]),
        SplitCase("list marker", "1. Agree a ceasefire along the front.", ["1. Agree a ceasefire along the front."]),
        SplitCase("parenthetical sentence", "The talks failed. (A second round is planned.) Diplomats were gloomy.",
                  ["The talks failed.", "(A second round is planned.)", "Diplomats were gloomy."]),
        SplitCase("e.g. before a name", "Some states, e.g. Texas, objected to the plan.",
                  ["Some states, e.g. Texas, objected to the plan."]),
        SplitCase("vs.", "The case, Smith vs. Jones, was heard. A ruling is due in May.",
                  ["The case, Smith vs. Jones, was heard.", "A ruling is due in May."]),
        SplitCase("Saint before a name", "He flew to St. Louis on Friday. He returns Monday.",
                  ["He flew to St. Louis on Friday.", "He returns Monday."]),
        SplitCase("Street ends a sentence", "The office is on Main St. The building is old.",
                  ["The office is on Main St.", "The building is old."]),
        SplitCase("year ends a sentence", "The last meeting was in 2019. Since then, relations have soured.",
                  ["The last meeting was in 2019.", "Since then, relations have soured."]),
        SplitCase("number opens a sentence", "Turnout was low. 42 percent voted.", ["Turnout was low.", "42 percent voted."]),
        SplitCase("opening quote after a period", "He left. \u{201C}We will return,\u{201D} he said.",
                  ["He left.", "\u{201C}We will return,\u{201D} he said."]),
        SplitCase("web address", "Details are at example.com. The site was down on Sunday.",
                  ["Details are at example.com.", "The site was down on Sunday."]),
        SplitCase("academic degree", "She holds a Ph.D. from Oxford. She teaches law.",
                  ["She holds a Ph.D. from Oxford.", "She teaches law."]),
        SplitCase("Jr. inside a name", "Martin Luther King Jr. Day is a holiday. Offices close.",
                  ["Martin Luther King Jr. Day is a holiday.", "Offices close."]),
        SplitCase("compound with an initial", "Flights to New York-J.F. Kennedy were cut. Others flew.",
                  ["Flights to New York-J.F. Kennedy were cut.", "Others flew."]),
        SplitCase("headline without punctuation", "Council rejects transit levy", ["Council rejects transit levy"]),
        SplitCase("lower case after a period", "The index rose 3.5 pct. in early trade, dealers said.",
                  ["The index rose 3.5 pct. in early trade, dealers said."]),
        SplitCase("hard-wrapped lines", "The Fed said\nrates would rise. Markets\nfell sharply.",
                  ["The Fed said\nrates would rise.", "Markets\nfell sharply."]),
    ]

    @Test("splits news text", arguments: cases)
    func splits(_ example: SplitCase) {
        #expect(sentenceTexts(example.text) == example.expected)
    }

    @Test("spans are trimmed and index the original scalars")
    func spansAreTrimmed() {
        let text = "  First one.   Second one.  "
        #expect(SentenceSplitter.split(text) == [Span(2, 12), Span(15, 26)])
    }

    @Test("offsets count Unicode scalars, not bytes or characters")
    func scalarOffsets() {
        let text = "Okafor\u{2019}s caf\u{E9} \u{1F600} visit ended. \u{C7}a va."
        let spans = SentenceSplitter.split(text)
        let scalars = Array(text.unicodeScalars)
        #expect(spans.count == 2)
        #expect(spans[1].start == scalars.count - 6)
        #expect(String(String.UnicodeScalarView(scalars[spans[1].start..<spans[1].end])) == "\u{C7}a va.")
    }

    @Test("blank text has no sentences")
    func blank() {
        #expect(SentenceSplitter.split("   \n  ").isEmpty)
        #expect(SentenceSplitter.split("").isEmpty)
    }

    @Test("only the span asked for is split")
    func respectsSpan() {
        let text = SourceText("Ignore this. Keep this one. And this.")
        let spans = SentenceSplitter.split(text.scalars, in: Span(13, text.count))
        #expect(spans.map(text.slice) == ["Keep this one.", "And this."])
    }

    @Test("sentences are numbered across paragraphs and point at their paragraph")
    func numberedAcrossParagraphs() {
        let text = SourceText("Transit levy rejected\n\nThe council said no. The mayor agreed.\n\nTalks go on.")
        let paragraphs = ParagraphSplitter.paragraphs(of: text, in: Span(0, text.count), format: .text, titleSpan: Span(0, 20))
        let sentences = SentenceSplitter.sentences(of: text, paragraphs: paragraphs)
        #expect(sentences.map { text.slice($0.span) } == ["Transit levy rejected", "The council said no.", "The mayor agreed.", "Talks go on."])
        #expect(sentences.map(\.index) == [0, 1, 2, 3])
        #expect(sentences.map(\.paragraph) == [0, 1, 1, 2])
    }
}
