/// Character classes with an ASCII fast path: Unicode property lookups dominate the running
/// time of a scan over every scalar of a large corpus, and most news text is ASCII.
enum ScalarClass {
    /// A letter.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    /// A decimal digit.
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// White space, including no-break spaces.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    /// An upper-case letter.
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    /// A combining mark that continues a word.
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 128 && c.properties.isDiacritic
    }

    /// A string from a run of scalars; ASCII runs are built from bytes, which is much faster than
    /// appending scalars one by one.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
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
