import Testing
@testable import BriefingCore

@Suite("Character classes")
struct CharacterClassTests {
    /// The ASCII table is only a fast path: on every ASCII scalar it must give the Unicode answer.
    @Test("the ASCII table agrees with the Unicode properties on all 128 scalars")
    func asciiTableMatchesProperties() throws {
        for v in 0..<128 {
            let c = try #require(Unicode.Scalar(v))
            let p = c.properties
            #expect(CharacterClass.isLetter(c) == p.isAlphabetic, "letter \(v)")
            #expect(CharacterClass.isSpace(c) == p.isWhitespace, "space \(v)")
            #expect(CharacterClass.isUpper(c) == p.isUppercase, "upper \(v)")
            #expect(CharacterClass.isLower(c) == p.isLowercase, "lower \(v)")
            #expect(CharacterClass.isDiacritic(c) == p.isDiacritic, "diacritic \(v)")
            #expect(CharacterClass.isAlphanumeric(c) == (p.isAlphabetic || p.numericType != nil), "alphanumeric \(v)")
            #expect(CharacterClass.isDigit(c) == (p.numericType == .decimal), "digit \(v)")
            #expect(CharacterClass.lowerValue(c) == p.lowercaseMapping.unicodeScalars.first!.value, "lower case of \(v)")
        }
    }

    @Test("beyond ASCII the Unicode properties answer", arguments: [
        ("é", true, false, false), ("Ж", true, false, true), ("\u{00A0}", false, true, false),
        ("\u{2003}", false, true, false), ("İ", true, false, true), ("٣", false, false, false),
    ])
    func beyondASCII(_ s: String, _ letter: Bool, _ space: Bool, _ upper: Bool) throws {
        let c = try #require(s.unicodeScalars.first)
        #expect(CharacterClass.isLetter(c) == letter)
        #expect(CharacterClass.isSpace(c) == space)
        #expect(CharacterClass.isUpper(c) == upper)
    }

    @Test("digits of other scripts are alphanumeric but not digits; marks continue words")
    func otherScripts() {
        #expect(CharacterClass.isAlphanumeric("٣") && !CharacterClass.isDigit("٣") && !CharacterClass.isLetterOrDigit("٣"))
        #expect(CharacterClass.isMark("\u{0301}") && !CharacterClass.isMark("^") && CharacterClass.isDiacritic("^"))
        #expect(CharacterClass.lowerValue("İ") == 0x69)
        #expect(CharacterClass.string(["a", "b"][...]) == "ab" && CharacterClass.string(["é", "t", "é"][...]) == "été")
    }
}
