import BriefingCore

/// The quotation marks of English news text and how to tell an opening mark from a closing one.
///
/// News uses curly marks (“ ”), straight marks (") whose direction depends on context, the
/// doubled apostrophe ('') of some wire and newspaper archives, and single marks (‘ ’) for
/// quotes in headlines or nested quotes. Straight and doubled marks have no direction, so the
/// neighbouring characters decide.
enum QuoteMarks {
    static let leftDouble: Unicode.Scalar = "\u{201C}"
    static let rightDouble: Unicode.Scalar = "\u{201D}"
    static let leftSingle: Unicode.Scalar = "\u{2018}"
    static let rightSingle: Unicode.Scalar = "\u{2019}"
    static let straight: Unicode.Scalar = "\""
    static let apostrophe: Unicode.Scalar = "'"
    static let lowDouble: Unicode.Scalar = "\u{201E}"

    /// Whether a scalar is any kind of quotation mark (used to mask quoted text).
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        c == leftDouble || c == rightDouble || c == straight || c == leftSingle || c == rightSingle || c == lowDouble
    }

    /// Whether a scalar can stand right before an opening mark: the start of a clause.
    static func opensAfter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        if CharacterClass.isSpace(c) { return true }
        switch c {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":", leftDouble, leftSingle, "\u{2015}": return true
        default: return false
        }
    }

    /// Whether a scalar is a letter or digit: text that a closing mark follows or an opening one precedes.
    static func isWordish(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return CharacterClass.isLetter(c) || CharacterClass.isDigit(c)
    }
}
