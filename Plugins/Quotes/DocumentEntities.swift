import BriefingCore

import Foundation

/// A person (or speaking body) named in one document, with every way the document names it.
struct DocumentEntity: Sendable, Hashable {
    /// Name forms as written (title stripped), with counts: "Andrey Petrov", "Petrov".
    var forms: [String: Int] = [:]
    /// The longest name form's words.
    var fullName: [String] = []
    /// Roles written with the name ("Russian Foreign Minister", "Moreau’s adviser").
    var roles: [String] = []
    /// Gender from titles.
    var titleGender: Gender = .unknown
    /// Pronoun votes after the name.
    var male = 0
    var female = 0
    /// Number of mentions.
    var count = 0
    /// Spoke (attributed by name) at least once.
    var spoke = false
    /// Mentions in headlines, whose title case turns verbs into name-like words ("Mom Corners Obama").
    var headlineMentions = 0
    /// Sentence of the latest mention, -1 before any.
    var lastMention = -1

    /// Gender, when the document shows it.
    var gender: Gender {
        if titleGender != .unknown { return titleGender }
        // Pronoun votes are noisy: only a clear majority counts.
        if male >= 2, male >= 2 * female + 1 { return .male }
        if female >= 2, female >= 2 * male + 1 { return .female }
        return .unknown
    }

    /// Whether this looks like a person rather than a place or body: a title, a role, a given
    /// name, or speech.
    var isPerson: Bool {
        if isOrganization { return false }
        return fullName.count >= 2 || !roles.isEmpty || titleGender != .unknown || spoke
    }

    /// A body rather than a person: its name ends with a word like "Company" or "Ministry".
    var isOrganization: Bool {
        guard fullName.count >= 2, let last = fullName.last else { return false }
        return English.organizationHeads.contains(NameFolding.fold(last))
    }

    /// The folded surname (last name word).
    var surname: String { NameFolding.fold(fullName.last ?? "") }
}

/// A place in the text where an entity is named.
struct NameOccurrence: Sendable, Hashable {
    var offset: Int
    var sentence: Int
    var entity: Int
    /// Followed by a verb: a likely subject, what a later pronoun most likely refers to.
    var subjectLike: Bool
    /// Role words written with it, lower-cased.
    var roleWords: [String]
}

/// Comparisons of names that survive case, accents and transliteration.
enum NameFolding {
    /// Lower-cased, accents and apostrophes removed: the key names are compared by.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 128 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                if b >= 65 && b <= 90 { bytes.append(b + 32) } else if b >= 97 && b <= 122 { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if CharacterClass.isLetter(scalar) && !scalar.properties.isDiacritic && scalar.properties.generalCategory != .nonspacingMark {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Levenshtein distance divided by the longer length: 0 for equal strings, 1 for unrelated.
    static func normalizedDistance(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty || y.isEmpty { return x.count == y.count ? 0 : 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return Double(previous[y.count]) / Double(max(x.count, y.count))
    }

    /// Whether two surnames are one name spelt two ways ("Yanukovich"/"Yanukovych").
    ///
    /// Transliterations differ in vowels, `y`/`j`/`h` and doubled letters; different names differ
    /// in consonants ("Baker"/"Barker"). So the normalised edit distance must be small and every
    /// edit must be a soft one.
    static func sameSurname(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let la = a.unicodeScalars.count, lb = b.unicodeScalars.count
        guard min(la, lb) >= 5, abs(la - lb) * 4 <= max(la, lb), a.unicodeScalars.first == b.unicodeScalars.first else { return false }
        return normalizedDistance(a, b) <= 0.25 && hardEdits(a, b) <= (min(la, lb) >= 8 ? 1 : 0)
    }

    /// Whether two given names can belong to one person: equal, an initial, or a
    /// transliteration variant ("Andrei"/"Andrey", "Yuri"/"Yury").
    static func compatibleGiven(_ a: String, _ b: String) -> Bool {
        if a.isEmpty || b.isEmpty || a == b { return true }
        if a.count == 1 || b.count == 1 { return a.first == b.first }
        guard a.first == b.first else { return false }
        return normalizedDistance(a, b) <= 0.34 && hardEdits(a, b) == 0
    }

    private static let soft: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y", "j", "h"]

    /// How many edits other than vowels, `y`, `j`, `h` or a doubled letter the cheapest alignment
    /// of the two spellings needs; a long name may differ by one ("Tkachenko"/"Tkatchenko").
    static func hardEdits(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        // Weighted edit distance: soft edits cost 1, hard ones 100.
        func cost(insert c: Unicode.Scalar, next: Unicode.Scalar?, previous: Unicode.Scalar?) -> Int {
            soft.contains(c) || c == next || c == previous ? 1 : 100
        }
        var previousRow = [Int](repeating: 0, count: y.count + 1)
        for j in 1...max(1, y.count) where j <= y.count {
            previousRow[j] = previousRow[j - 1] + cost(insert: y[j - 1], next: j < y.count ? y[j] : nil, previous: j > 1 ? y[j - 2] : nil)
        }
        var row = previousRow
        for i in 1...max(1, x.count) where i <= x.count {
            row[0] = previousRow[0] + cost(insert: x[i - 1], next: i < x.count ? x[i] : nil, previous: i > 1 ? x[i - 2] : nil)
            if y.count >= 1 {
                for j in 1...y.count {
                    let substitute = x[i - 1] == y[j - 1] ? 0 : (soft.contains(x[i - 1]) && soft.contains(y[j - 1]) ? 1 : 100)
                    row[j] = min(previousRow[j - 1] + substitute,
                                 previousRow[j] + cost(insert: x[i - 1], next: i < x.count ? x[i] : nil, previous: i > 1 ? x[i - 2] : nil),
                                 row[j - 1] + cost(insert: y[j - 1], next: j < y.count ? y[j] : nil, previous: j > 1 ? y[j - 2] : nil))
                }
            }
            previousRow = row
        }
        return previousRow[y.count] / 100
    }
}
