import Testing
@testable import Timeline

/// TIMEX3 extents: what is inside the tag and what is not.
@Suite struct ExtentTests {
    @Test func leadingPrepositionsAreLeftOut() {
        #expect(only("The leaders met on Monday.")?.text == "Monday")
        #expect(only("Nothing changed for now.")?.text == "now")
        #expect(only("Fighting resumed within the next two weeks.")?.text == "the next two weeks")
    }

    @Test func modifiersAreKeptWithTheirMod() {
        let late = only("The parliament was dissolved late Thursday.")
        #expect(late?.text == "late Thursday" || late?.text == "Thursday")
        #expect(late?.mod == "END")
        let around = only("The call lasted around 40 minutes.")
        #expect(around?.text == "around 40 minutes")
        #expect(around?.mod == "APPROX")
        let early = only("The plant will reopen early next year.")
        #expect(early?.text == "early next year")
        #expect(early?.value == "2026")
        #expect(early?.mod == "START")
        #expect(only("The offer lasts more than two years.")?.mod == "MORE_THAN")
    }

    @Test func possessiveCliticStaysOutside() {
        #expect(only("Last week's summit in Geneva ended without a deal.")?.text == "Last week")
        #expect(only("Tuesday’s talks were frank.")?.text == "Tuesday")
    }

    @Test func determinerOfAPrenominalDateGoesWithTheNoun() {
        #expect(only("Investigators studied the Oct. 23 shooting.")?.text == "Oct. 23")
        #expect(only("He recalled the 1996 bombing.")?.text == "1996")
        #expect(only("The company blamed the third-quarter loss on costs.")?.text == "third-quarter")
        // AP style closes a full date with a comma before its noun
        #expect(only("The Aug. 7, 1998, bombings killed more than 200 people.")?.text == "Aug. 7, 1998")
        #expect(only("He was charged in the Dec. 21, 1988, attack on the airliner.")?.text == "Dec. 21, 1988")
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Officials said on Monday that the summit would take place within the next two weeks."
        let scalars = Array(text.unicodeScalars)
        for t in tag(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.span.start..<t.span.end])
            #expect(String(view) == t.text)
        }
    }

    @Test func programmeTitlesAreNotDates() {
        #expect(tag("He spoke on ABC's This Week program and to VOA Today.").isEmpty)
    }

    @Test func possessivePronounStaysOutside() {
        #expect(only("The retailer blamed its third-quarter loss on weak demand.")?.text == "third-quarter")
        #expect(only("The carrier reported a profit for its fourth quarter.")?.text == "fourth quarter")
        #expect(only("Critics recalled their 1998 campaign against the dam.")?.text == "1998")
        // "in their 20s" is an age
        #expect(tag("Most of the protesters were in their 20s and thirties.").isEmpty)
    }

    @Test func orSoBelongsToTheExpression() {
        // Tuesday 19 August 2025, ISO week 34
        #expect(single("A week or so ago, the envoy flew to Cairo.") == "A week or so ago=2025-W33")
        #expect(only("A week or so ago, the envoy flew to Cairo.")?.mod == "APPROX")
        #expect(single("Prices should stay firm over the next two years or so, analysts said.") == "the next two years or so=P2Y")
        #expect(only("The plant will close over the next year or so.")?.text == "the next year or so")
    }

    @Test func determinerBeforeAPositionModifierIsInside() {
        #expect(single("The company peaked in the early 1980s.") == "the early 1980s=198")
        #expect(only("Sales should double by the mid-2030s.")?.text == "the mid-2030s")
        // before a noun the determiner still belongs to the noun
        #expect(only("He recalled the early 1990s recession.")?.text == "early 1990s")
    }

    @Test func anApproximatorStaysWithAgo() {
        #expect(only("The rebels seized the town almost two years ago.")?.text == "almost two years ago")
        #expect(only("The fund was set up about a decade ago.")?.text == "about a decade ago")
        #expect(only("The talks lasted about two weeks.")?.text == "two weeks")
    }

    @Test func aroundAPointIsInside() {
        let evening = only("Two men entered the shop around 7:15 p.m., police said.")
        #expect(evening?.text == "around 7:15 p.m.")
        #expect(evening?.mod == "APPROX")
        #expect(only("The sale should close around Nov. 1.")?.text == "around Nov. 1")
        // "get around Monday's ruling": "around" governs the noun phrase, not the date
        #expect(only("Lawyers looked for ways to get around Monday's ruling.")?.text == "Monday")
    }

    @Test func justStaysOutside() {
        #expect(only("The border opened just a decade ago.")?.text == "a decade ago")
        #expect(only("The answer comes in just a few minutes.")?.text == "a few minutes")
    }
}
