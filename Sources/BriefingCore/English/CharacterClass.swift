/// The character classes every pass scans text with, in one place.
///
/// Passes look at every scalar of every document, and Unicode property lookups dominate the
/// running time of such scans while most news text is ASCII. Each check therefore reads a
/// 128-entry byte table for ASCII scalars and asks the Unicode properties only beyond ASCII; the
/// table agrees with the properties on every ASCII scalar (a test checks all 128), so the fast
/// path never changes an answer. The functions are `@inlinable` so that passes in other modules
/// get the fast path inlined into their loops.
public enum CharacterClass {
    @usableFromInline static let letter: UInt8 = 1
    @usableFromInline static let digit: UInt8 = 2
    @usableFromInline static let space: UInt8 = 4
    @usableFromInline static let upper: UInt8 = 8
    @usableFromInline static let lower: UInt8 = 16
    @usableFromInline static let diacritic: UInt8 = 32

    /// The classes of each ASCII scalar, as bit flags.
    @usableFromInline static let ascii: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for v in 0x41...0x5A { table[v] = letter | upper }
        for v in 0x61...0x7A { table[v] = letter | lower }
        for v in 0x30...0x39 { table[v] = digit }
        for v in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] { table[v] = space }
        // Unicode counts the spacing circumflex and grave accent as diacritics.
        for v in [0x5E, 0x60] { table[v] = diacritic }
        return table
    }()

    @inlinable @inline(__always) static func has(_ c: Unicode.Scalar, _ flag: UInt8) -> Bool {
        ascii[Int(c.value)] & flag != 0
    }

    /// A letter of any script (Unicode `Alphabetic`).
    @inlinable @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, letter) : c.properties.isAlphabetic
    }

    /// An ASCII decimal digit, 0 to 9: the digits of numbers, dates and figures in news text.
    @inlinable @inline(__always) public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    /// A letter of any script or an ASCII digit: the scalars of a word as readers count words.
    @inlinable @inline(__always) public static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, letter | digit) : c.properties.isAlphabetic
    }

    /// A letter or a numeric character of any script (Python's `str.isalnum`, closely).
    @inlinable @inline(__always) public static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, letter | digit) : c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// White space (Unicode `White_Space`), including no-break spaces and line breaks.
    @inlinable @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, space) : c.properties.isWhitespace
    }

    /// An upper-case letter (Unicode `Uppercase`).
    @inlinable @inline(__always) public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, upper) : c.properties.isUppercase
    }

    /// A lower-case letter (Unicode `Lowercase`).
    @inlinable @inline(__always) public static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, lower) : c.properties.isLowercase
    }

    /// A diacritic (Unicode `Diacritic`), which continues the word it follows; in ASCII the
    /// spacing `^` and `` ` ``.
    @inlinable @inline(__always) public static func isDiacritic(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? has(c, diacritic) : c.properties.isDiacritic
    }

    /// A diacritic beyond ASCII: a combining mark that continues a word, never a typed `^` or `` ` ``.
    @inlinable @inline(__always) public static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 128 && c.properties.isDiacritic
    }

    /// A straight or typographic apostrophe.
    @inlinable @inline(__always) public static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }

    /// A hyphen: ASCII, Unicode hyphen or non-breaking hyphen.
    @inlinable @inline(__always) public static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    /// The lower-case scalar value: ASCII by arithmetic, else the first scalar of the Unicode
    /// lower-case mapping (so "İ" gives "i").
    @inlinable @inline(__always) public static func lowerValue(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 128 { return has(c, upper) ? v + 32 : v }
        return c.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    /// A string from a run of scalars; ASCII runs are built from bytes, which is much faster than
    /// appending scalars one by one.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for c in scalars {
            guard c.value < 128 else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                return String(view)
            }
            bytes.append(UInt8(c.value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
