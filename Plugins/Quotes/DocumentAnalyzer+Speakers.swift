import BriefingCore

/// Resolution of a quote's speaker within its document: named people, surnames alone,
/// pronouns and descriptions ("the Ukrainian president") matched to the people named before.
extension DocumentAnalyzer {
    /// Adds a name mention to the document's entities, linking a surname alone to the full name.
    static func register(_ m: Mention, at sentence: Int, inHeadline: Bool = false,
                         entities: inout [DocumentEntity], bySurname: inout [String: Int]) -> Int {
        var m = m
        // A short acronym is a body's whole name: words before it are run-in text ("BP PLC BP").
        if let last = m.nameWords.last, m.nameWords.count >= 2, (2...3).contains(last.unicodeScalars.count),
           last.unicodeScalars.allSatisfy({ CharacterClass.isUpper($0) }) {
            m.nameWords = [last]
        }
        let surname = NameFolding.fold(m.nameWords.last ?? m.text)
        var id: Int?
        if m.nameWords.count == 1 {
            // A surname alone when several people in the document bear it ("Bill Clinton" and
            // "Hillary Clinton"): a title's gender decides ("Mrs. Clinton"); then the one named in
            // the last few sentences (a passage about him); else the one named most so far —
            // news writes the secondary person in full or by role.
            var bearers = entities.indices.filter { entities[$0].fullName.count >= 2 && NameFolding.fold(entities[$0].fullName.last ?? "") == surname }
            // A longer form ending with another bearer's full name is that person with a word
            // too many (a title-case headline's verb: "… Rip Donald Trump").
            let all = bearers
            bearers.removeAll { b in
                all.contains { o in o != b && entities[o].fullName.count < entities[b].fullName.count
                    && entities[b].fullName.suffix(entities[o].fullName.count).map(NameFolding.fold) == entities[o].fullName.map(NameFolding.fold) }
            }
            // Only named in a headline: the body's bearer is the person.
            if bearers.contains(where: { entities[$0].count > entities[$0].headlineMentions }) {
                bearers.removeAll { entities[$0].count == entities[$0].headlineMentions }
            }
            if bearers.count > 1 {
                let matching = m.gender == .unknown ? bearers : bearers.filter { entities[$0].gender == m.gender || entities[$0].gender == .unknown }
                let pool = matching.isEmpty ? bearers : matching
                let recent = pool.filter { entities[$0].lastMention >= 0 && sentence - entities[$0].lastMention <= 3 }
                id = recent.max { entities[$0].lastMention < entities[$1].lastMention }
                    ?? pool.max { entities[$0].count < entities[$1].count }
            } else if let only = bearers.first, bySurname[surname] != only {
                id = only
            }
        }
        if id == nil, let known = bySurname[surname] {
            let given = entities[known].fullName.count >= 2 ? NameFolding.fold(entities[known].fullName[0]) : ""
            let mine = m.nameWords.count >= 2 ? NameFolding.fold(m.nameWords[0]) : ""
            if NameFolding.compatibleGiven(given, mine) { id = known }
        }
        // Spelling variants inside one document are rare; they merge across the corpus (SpeakerDirectory).
        if id == nil, m.nameWords.count == 1 {
            // A lone given name ("Hillary") refers to the only full name that starts with it.
            let candidates = entities.indices.filter { entities[$0].fullName.count >= 2 && NameFolding.fold(entities[$0].fullName[0]) == surname }
            if candidates.count == 1 { id = candidates[0] }
        }
        let entity = id ?? {
            entities.append(DocumentEntity())
            return entities.count - 1
        }()
        bySurname[surname] = entity
        let form = m.nameWords.joined(separator: " ")
        entities[entity].forms[form, default: 0] += 1
        if m.nameWords.count > entities[entity].fullName.count { entities[entity].fullName = m.nameWords }
        if let role = m.role, !role.isEmpty { entities[entity].roles.append(role) }
        if m.gender != .unknown { entities[entity].titleGender = m.gender }
        entities[entity].count += 1
        if inHeadline { entities[entity].headlineMentions += 1 }
        entities[entity].lastMention = max(entities[entity].lastMention, sentence)
        return entity
    }

    /// Resolves a mention to a speaker within the document.
    static func resolve(_ m: Mention, at sentence: Int, entities: inout [DocumentEntity], bySurname: inout [String: Int],
                        occurrences: [NameOccurrence], previousSpeaker: (SpeakerRef, Int)?) -> SpeakerRef? {
        switch m.kind {
        case .name:
            return .entity(register(m, at: sentence, entities: &entities, bySurname: &bySurname))
        case .pronoun:
            return resolvePronoun(m, sentence: sentence, entities: entities, occurrences: occurrences, previousSpeaker: previousSpeaker)
        case .nominal:
            return resolveDescription(m, entities: entities, occurrences: occurrences)
        }
    }

    private static func compatible(_ entity: DocumentEntity, _ gender: Gender) -> Bool {
        guard entity.isPerson else { return false }
        let g = entity.gender
        return g == .unknown || gender == .unknown || g == gender
    }

    static func resolvePronoun(_ m: Mention, sentence: Int, entities: [DocumentEntity], occurrences: [NameOccurrence],
                               previousSpeaker: (SpeakerRef, Int)?) -> SpeakerRef? {
        guard m.gender == .male || m.gender == .female else { return nil }
        // Occurrences are in text order: the ones before the pronoun are a prefix.
        var low = 0, high = occurrences.count
        while low < high {
            let mid = (low + high) / 2
            if occurrences[mid].offset < m.span.start { low = mid + 1 } else { high = mid }
        }
        let before = occurrences[..<low]
        // 1. A subject earlier in the same sentence.
        /// The nearest occurrence before the pronoun meeting `test`, looking back while `within` holds.
        func nearest(within: (NameOccurrence) -> Bool, _ test: (NameOccurrence) -> Bool) -> NameOccurrence? {
            var k = before.endIndex - 1
            while k >= before.startIndex, within(before[k]) {
                if test(before[k]) { return before[k] }
                k -= 1
            }
            return nil
        }
        if let o = nearest(within: { $0.sentence == sentence }, { $0.subjectLike && compatible(entities[$0.entity], m.gender) }) {
            return .entity(o.entity)
        }
        // 2. The speaker of the quote before, unless a later sentence opened with another person.
        if let (ref, at) = previousSpeaker, case .entity(let id) = ref, sentence - at <= 6, compatible(entities[id], m.gender) {
            if let newer = nearest(within: { $0.sentence > at }, { $0.subjectLike && compatible(entities[$0.entity], m.gender) }),
               newer.sentence < sentence, newer.entity != id,
               !before.contains(where: { $0.sentence == newer.sentence && $0.offset < newer.offset && $0.subjectLike }) {
                return .entity(newer.entity)
            }
            return ref
        }
        // 3. A subject in the sentences before; 4. any person named before.
        if let o = nearest(within: { sentence - $0.sentence <= 8 }, { $0.subjectLike && compatible(entities[$0.entity], m.gender) }) {
            return .entity(o.entity)
        }
        if let o = nearest(within: { sentence - $0.sentence <= 40 }, { compatible(entities[$0.entity], m.gender) }) {
            return .entity(o.entity)
        }
        return nil
    }

    static func resolveDescription(_ m: Mention, entities: [DocumentEntity], occurrences: [NameOccurrence]) -> SpeakerRef? {
        let words = (m.role ?? m.text).split(separator: " ").map { NameFolding.fold(String($0)) }
        let determiner = m.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard let head = words.last else { return nil }
        let modifiers = words.dropLast().filter { !English.determiners.contains($0) && !$0.isEmpty }
        let bare = m.text.split(separator: " ").drop { English.determiners.contains($0.lowercased()) }.joined(separator: " ")
        if determiner == "a" || determiner == "an" || determiner == "one" || head.hasSuffix("s") && !head.hasSuffix("ss") {
            return .role(bare)
        }
        // The person last given this role in the document.
        var k = occurrences.count - 1
        while k >= 0, occurrences[k].offset >= m.span.start { k -= 1 }
        var looked = 0
        while k >= 0, looked < 400 {
            if !occurrences[k].roleWords.isEmpty, roleMatches(occurrences[k].roleWords.map(NameFolding.fold), head: head, modifiers: modifiers) {
                return .entity(occurrences[k].entity)
            }
            k -= 1
            looked += 1
        }
        return .description(head: head, modifiers: Array(modifiers), text: bare)
    }

    /// Whether role words carry the head noun and every modifier (a nationality matches its country by prefix).
    static func roleMatches(_ role: [String], head: String, modifiers: [String]) -> Bool {
        guard role.contains(head) else { return false }
        for modifier in modifiers where !English.roles.contains(modifier) || modifier == "foreign" || modifier == "prime" {
            let stem = String(modifier.prefix(5))
            if !role.contains(where: { $0.hasPrefix(stem) || stem.hasPrefix($0) && $0.count >= 2 }) { return false }
        }
        return true
    }
}
