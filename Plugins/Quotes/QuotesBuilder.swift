import BriefingCore

/// Turns per-document analyses into the corpus-wide result: canonical speakers, groups, ids.
enum QuotesBuilder {
    /// Builds the result; `warn` hears about any bound that cut work short on a huge corpus.
    static func build(analyses: [DocumentAnalysis], corpus: Corpus, options: QuotesPass.Options,
                      warn: (String) -> Void = { _ in }) -> QuotesResult {
        let directory = SpeakerDirectory(analyses)
        var quotes: [Quote] = []
        var speakerNames: [String: (aliases: Set<String>, count: Int, role: String?, named: Bool)] = [:]
        var groupItems: [QuoteGrouper.Item] = []
        let documents = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
        for (d, analysis) in analyses.enumerated() {
            guard let document = documents[analysis.doc] else { continue }
            for found in analysis.quotes {
                if found.kind == .term, !options.terms { continue }
                if found.kind == .partial, !options.partials, !found.opensClause { continue }
                var name: String?
                var role: String?
                var named = true
                switch found.speaker {
                case .entity(let e)?:
                    if let p = directory.person(document: d, entity: e) {
                        name = directory.people[p].name
                        role = directory.role(of: p)
                    }
                case .role(let text)?:
                    name = text
                    named = false
                case .description(let head, let modifiers, let text)?:
                    if let p = directory.person(document: d, head: head, modifiers: modifiers, analysis: analysis) {
                        name = directory.people[p].name
                        role = directory.role(of: p)
                    } else {
                        name = text
                        named = false
                    }
                case nil:
                    break
                }
                if name?.isEmpty == true { name = nil }
                let mention = found.attribution?.mention
                let span = found.quoted.interior
                let quote = Quote(
                    id: "q\(quotes.count + 1)", doc: analysis.doc, start: span.start, end: span.end,
                    text: document.slice(span), speaker: name, speakerMention: mention?.text,
                    speakerStart: mention?.span.start, speakerEnd: mention?.span.end, group: nil,
                    kind: found.kind, repeat: found.isRepeat, role: role, cue: found.attribution?.cue,
                    line: document.text.line(at: span.start))
                // A generic unnamed role ("the company", "a spokesman") is a different body in
                // each source: it is the quote's speaker but not a person in `speakers[]`, and it
                // groups only on near-identical long wording.
                let lastWord = (name ?? "").split(separator: " ").last.map { $0.lowercased() } ?? ""
                let generic = !named && (!(name ?? "").contains { $0.isUppercase } || !English.roleHeads.contains(lastWord))
                if let name, !generic {
                    var entry = speakerNames[name] ?? ([], 0, role, named)
                    entry.count += 1
                    if let m = mention, m.kind == .name, m.text != name { entry.aliases.insert(m.text) }
                    speakerNames[name] = entry
                }
                quotes.append(quote)
                groupItems.append(QuoteGrouper.Item(speaker: found.kind == .term || generic ? nil : name, words: groupWords(quote.text)))
            }
        }
        // Aliases also include every other name form of the person.
        for person in directory.people where speakerNames[person.name] != nil {
            for form in person.forms.keys where form != person.name { speakerNames[person.name]!.aliases.insert(form) }
        }
        // Groups, most widely carried first.
        var limited = 0
        var components = QuoteGrouper.groups(groupItems, maxComparisons: QuoteGrouper.maxComparisons, limited: &limited)
        if limited > 0 {
            warn("quotes: \(limited) of \(groupItems.count) quotes share their words with more than \(QuoteGrouper.maxComparisons) others; "
                 + "each was compared with the first \(QuoteGrouper.maxComparisons) when grouping")
        }
        components.sort { a, b in
            let da = Set(a.map { quotes[$0].doc }).count, db = Set(b.map { quotes[$0].doc }).count
            return da != db ? da > db : (a.count != b.count ? a.count > b.count : a[0] < b[0])
        }
        var groups: [QuoteGroup] = []
        for (g, members) in components.enumerated() {
            let id = "g\(g + 1)"
            for m in members { quotes[m].group = id }
            let longest = members.max { quotes[$0].text.count < quotes[$1].text.count } ?? members[0]
            let speaker = members.lazy.compactMap { quotes[$0].speaker }.first
            var docs: [String] = []
            var listed = Set<String>()
            for m in members where listed.insert(quotes[m].doc).inserted { docs.append(quotes[m].doc) }
            groups.append(QuoteGroup(id: id, speaker: speaker, text: Excerpt.sentence(quotes[longest].text.trimmingQuoteSpace()),
                                     members: members.map { quotes[$0].id }, documents: docs))
        }
        let speakers = speakerNames.map { name, entry in
            Speaker(name: name, aliases: entry.aliases.sorted(), count: entry.count, role: entry.role, named: entry.named)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        return QuotesResult(quotes: quotes, speakers: speakers, groups: groups)
    }

    /// Words compared by the grouper: lower-cased, apostrophes folded, brackets' words kept.
    static func groupWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) {
                current.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}"), !current.isEmpty {
                current.append("'")
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}

extension String {
    /// The text without surrounding spaces and a trailing comma, as a group's headline.
    func trimmingQuoteSpace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "," || last == "\u{00A0}" { s = s.dropLast() }
        while let first = s.first, first == " " { s = s.dropFirst() }
        return String(s)
    }
}
