import BriefingCore
import Foundation

/// The people quoted across the corpus, each under one canonical name.
///
/// Documents name people differently: with or without titles, by surname alone, in other
/// transliterations ("Andrei"/"Andrey", "Yanukovich"/"Yanukovych"). Full names merge when their
/// surnames are one name spelt two ways and their given names are compatible (normalised
/// edit distance, initials); a surname alone joins the full name the same document uses, else
/// the most frequent one in the corpus. No list of names is involved.
struct SpeakerDirectory: Sendable {
    /// A canonical person.
    struct Person: Sendable {
        var name: String
        var forms: [String: Int] = [:]
        var roles: [String: Int] = [:]
        var roleWords: Set<String> = []
        var count = 0
        var isPerson = false
    }

    private(set) var people: [Person] = []
    /// (document index, entity index) → person index.
    private var personOf: [Int: [Int]] = [:]

    /// Merges the entities of every analysed document.
    init(_ analyses: [DocumentAnalysis]) {
        // 1. Cluster full names (two or more words) by surname bucket.
        var sets = UnionFind(count: 0)
        func find(_ x: Int) -> Int { sets.find(x) }
        var fullKeys: [String: Int] = [:]   // folded "given surname" → node
        var nodeNames: [(given: String, surname: String)] = []
        var buckets: [String: [Int]] = [:]   // surname and its one-deletion variants → nodes
        var compactKeys: [String: Int] = [:]   // the whole name's letters → node ("Ban Ki-moon" = "Ban Ki Moon")
        for analysis in analyses {
            for entity in analysis.entities where entity.fullName.count >= 2 {
                let given = NameFolding.fold(entity.fullName[0])
                let surname = entity.surname
                let key = given + " " + surname
                guard fullKeys[key] == nil else { continue }
                let node = nodeNames.count
                fullKeys[key] = node
                nodeNames.append((given, surname))
                sets.add()
                // Names that differ only by a hyphen, a space or accents are one name.
                let compact = entity.fullName.map(NameFolding.fold).joined()
                if let other = compactKeys[compact] { sets.union(node, other) } else { compactKeys[compact] = node }
                let keys = Self.deletionKeys(surname)
                var checked = Set<Int>()
                for key in keys {
                    for other in buckets[key] ?? [] where checked.insert(other).inserted {
                        let o = nodeNames[other]
                        guard find(other) != find(node) else { continue }
                        if NameFolding.sameSurname(o.surname, surname), NameFolding.compatibleGiven(o.given, given) {
                            sets.union(node, other)
                        }
                    }
                }
                for key in keys { buckets[key, default: []].append(node) }
            }
        }
        // Surname → root clusters, with weight, for linking lone surnames.
        var rootIndex: [Int: Int] = [:]
        var weightOfRoot: [Int: Int] = [:]
        for analysis in analyses {
            for entity in analysis.entities where entity.fullName.count >= 2 {
                let node = fullKeys[NameFolding.fold(entity.fullName[0]) + " " + entity.surname]!
                weightOfRoot[find(node), default: 0] += entity.count
            }
        }
        var rootsBySurname: [String: [(surname: String, root: Int)]] = [:]
        for (node, names) in nodeNames.enumerated() {
            rootsBySurname[names.surname, default: []].append((names.surname, find(node)))
        }
        // How often each word stands alone as a name across the corpus.
        var loneWeight: [String: Int] = [:]
        for analysis in analyses {
            for entity in analysis.entities where entity.fullName.count == 1 { loneWeight[entity.surname, default: 0] += entity.count }
        }
        var singles: [String: Int] = [:]
        for (d, analysis) in analyses.enumerated() {
            var mapping: [Int] = []
            for entity in analysis.entities {
                var person: Int
                if entity.fullName.count >= 2 {
                    let root = find(fullKeys[NameFolding.fold(entity.fullName[0]) + " " + entity.surname]!)
                    person = rootIndex[root] ?? {
                        people.append(Person(name: ""))
                        rootIndex[root] = people.count - 1
                        return people.count - 1
                    }()
                } else {
                    let surname = entity.surname
                    // A surname alone links only to a full name with exactly that surname: a lone
                    // capitalised word is too often something else for spelling variants to be safe.
                    // A word used alone far more often than the rare "full name" ending in it is not
                    // that person's surname: "BP" and a stray "Magazine BP", "Libya" and "East Libya".
                    // "Embassy" or "Ministry" alone is no one's surname: which embassy is not known.
                    let candidates = English.organizationHeads.contains(surname) ? [] : (rootsBySurname[surname] ?? []).filter {
                        let w = weightOfRoot[$0.root] ?? 0
                        return w > 3 || w * 10 >= loneWeight[surname, default: 0]
                    }
                    if let best = candidates.max(by: { (weightOfRoot[$0.root] ?? 0, $1.root) < (weightOfRoot[$1.root] ?? 0, $0.root) }) {
                        person = rootIndex[best.root] ?? {
                            people.append(Person(name: ""))
                            rootIndex[best.root] = people.count - 1
                            return people.count - 1
                        }()
                    } else {
                        person = singles[surname] ?? {
                            people.append(Person(name: ""))
                            singles[surname] = people.count - 1
                            return people.count - 1
                        }()
                    }
                }
                for (form, n) in entity.forms { people[person].forms[form, default: 0] += n }
                for role in entity.roles {
                    let cleaned = Self.cleanRole(role)
                    if !cleaned.isEmpty {
                        people[person].roles[cleaned, default: 0] += 1
                        for w in cleaned.split(separator: " ") { people[person].roleWords.insert(NameFolding.fold(String(w))) }
                    }
                }
                people[person].count += entity.count
                if entity.isPerson { people[person].isPerson = true }
                mapping.append(person)
            }
            personOf[d] = mapping
        }
        // Canonical name: the most common full form (two words or more), longer on a tie; a
        // stray capitalised word before a name ("Exchequer Nigel Lawson") is rarer than the name.
        for p in people.indices {
            let forms = people[p].forms
            let full = forms.filter { $0.key.split(separator: " ").count >= 2 }
            let pool = full.isEmpty ? forms : full
            let best = pool.max { a, b in
                (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
            }
            people[p].name = best?.key ?? ""
        }
        roleCache = people.indices.map { computeRole(of: $0) }
    }

    /// A surname and its variants with one letter deleted: two spellings one edit apart always
    /// share one of these keys, so variants are found without comparing every pair of names.
    static func deletionKeys(_ surname: String) -> [String] {
        let scalars = Array(surname.unicodeScalars)
        guard scalars.count >= 4, scalars.count <= 24 else { return [surname] }
        var keys = [surname]
        for i in scalars.indices {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<i])
            view.append(contentsOf: scalars[(i + 1)...])
            keys.append(String(view))
        }
        return keys
    }

    /// The person an entity of document `d` is.
    func person(document d: Int, entity: Int) -> Int? {
        personOf[d].flatMap { entity < $0.count ? $0[entity] : nil }
    }

    /// The person a description ("the Ukrainian president") in document `d` refers to: among
    /// the people that document names, the most mentioned one whose roles anywhere in the
    /// corpus carry the description's words.
    func person(document d: Int, head: String, modifiers: [String], analysis: DocumentAnalysis) -> Int? {
        var best: (Int, Int)?
        for (e, entity) in analysis.entities.enumerated() where entity.isPerson {
            guard let p = person(document: d, entity: e) else { continue }
            let roleWords = Array(people[p].roleWords)
            guard DocumentAnalyzer.roleMatches(roleWords, head: head, modifiers: modifiers) else { continue }
            if best == nil || entity.count > best!.1 { best = (p, entity.count) }
        }
        return best?.0
    }

    /// The most common role of a person.
    func role(of p: Int) -> String? { roleCache[p] }

    private var roleCache: [String?] = []

    private func computeRole(of p: Int) -> String? {
        // Titles ("Foreign Minister") read better than descriptions ("Poland's top diplomat") when
        // equally common.
        func score(_ role: String, _ count: Int) -> Double {
            let last = role.split(separator: " ").last.map(String.init) ?? ""
            return Double(count) + (last.first?.isUppercase == true ? 0.5 : 0)
        }
        return people[p].roles.max { (score($0.key, $0.value), $1.key) < (score($1.key, $1.value), $0.key) }?.key
    }

    /// A role as shown: determiners and courtesy titles dropped.
    static func cleanRole(_ role: String) -> String {
        let courtesy: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame"]
        let determiners: Set<String> = ["the", "a", "an"]
        var words = role.split(separator: " ").filter { !courtesy.contains($0.lowercased()) }
        while let first = words.first, determiners.contains(first.lowercased()) { words.removeFirst() }
        // A relative clause is not part of the role: "resident of Hawaii who had returned …".
        if let relative = words.firstIndex(where: { ["who", "whose", "which", "that", "whom"].contains($0.lowercased()) }) {
            words = Array(words[..<relative])
        }
        // A participle phrase describes an act, not a role: "speaking on state TV".
        if let first = words.first, first.lowercased().hasSuffix("ing"), first.first?.isLowercase == true { return "" }
        return words.joined(separator: " ").trimmingCharacters(in: .init(charactersIn: " ,"))
    }
}
