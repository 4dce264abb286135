import Testing
@testable import BriefingCore

/// Token texts and kinds of a string.
func tokens(_ string: String) -> [String] {
    let text = SourceText(string)
    return Tokenizer.tokens(text).map { token in
        let kind = switch token.kind {
        case .word: "w"
        case .number: "n"
        case .punctuation: "p"
        }
        return "\(text.slice(token.span))/\(kind)"
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("words, numbers and punctuation")
    func basics() {
        #expect(tokens("Prices rose 3.5% to $1,200.") == ["Prices/w", "rose/w", "3.5/n", "%/p", "to/w", "$/p", "1,200/n", "./p"])
    }

    @Test("inner apostrophes and hyphens stay inside words")
    func joiners() {
        #expect(tokens("Don\u{2019}t trust state-run media's claims") ==
                ["Don\u{2019}t/w", "trust/w", "state-run/w", "media's/w", "claims/w"])
    }

    @Test("a trailing apostrophe or hyphen is punctuation")
    func trailingJoiner() {
        #expect(tokens("the players' union - sources") == ["the/w", "players/w", "'/p", "union/w", "-/p", "sources/w"])
    }

    @Test("dotted acronyms are one word")
    func acronyms() {
        #expect(tokens("The U.S. and U.K. met at 9 a.m. today") ==
                ["The/w", "U.S./w", "and/w", "U.K./w", "met/w", "at/w", "9/n", "a.m./w", "today/w"])
        #expect(tokens("Ph.D. holders") == ["Ph.D./w", "holders/w"])
    }

    @Test("an initial is a letter and a period")
    func initial() {
        #expect(tokens("John F. Kennedy") == ["John/w", "F/w", "./p", "Kennedy/w"])
    }

    @Test("letters and digits joined by a hyphen are one word")
    func alphanumeric() {
        #expect(tokens("COVID-19 and F-16 jets, G7 talks") == ["COVID-19/w", "and/w", "F-16/w", "jets/w", ",/p", "G7/w", "talks/w"])
    }

    @Test("ordinals and decades are one number")
    func ordinals() {
        #expect(tokens("the 5th round since the 1980s") == ["the/w", "5th/n", "round/w", "since/w", "the/w", "1980s/n"])
    }

    @Test("a number's trailing period is punctuation")
    func numberAtSentenceEnd() {
        #expect(tokens("in 2019. Then") == ["in/w", "2019/n", "./p", "Then/w"])
    }

    @Test("accented and non-Latin letters form words")
    func unicodeWords() {
        #expect(tokens("Zelens\u{2019}kyi caf\u{E9} \u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}") ==
                ["Zelens\u{2019}kyi/w", "caf\u{E9}/w", "\u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}/w"])
    }

    @Test("tokens of a span keep offsets into the whole text")
    func spanOffsets() {
        let text = SourceText("Ignore. Keep this")
        let result = Tokenizer.tokens(text, in: Span(8, text.count))
        #expect(result.map(\.span) == [Span(8, 12), Span(13, 17)])
    }

    @Test("words() lower-cases and folds typographic apostrophes")
    func words() {
        #expect(Tokenizer.words(SourceText("Don\u{2019}t STOP, 3 times!")) == ["don't", "stop", "3", "times"])
        #expect(Tokenizer.normalized("Lagos\u{2019}s") == "lagos's")
    }

    @Test("empty and blank text have no tokens")
    func empty() {
        #expect(Tokenizer.tokens(SourceText("")).isEmpty)
        #expect(Tokenizer.tokens(SourceText(" \n\t ")).isEmpty)
    }
}
