import BriefingCore

/// Turns dated sentences into timeline events and merges the ones several sources report.
///
/// A sentence with a date expression (a DATE or TIME that names a day, week, month…) is an
/// event dated by its most specific expression. Events with the same date merge when dedup
/// says their sentences are equivalent, or when their content words overlap strongly, so a
/// fact carried by three outlets is one event with three sources.
struct EventBuilder {
    /// A candidate event from one sentence of one document.
    struct Candidate: Sendable {
        var doc: String
        var sentence: Span
        var text: String
        var timex: Timex
        var anchor: CalendarDate?
        var words: Set<String>
        var equivalence: Int?
    }

    /// The event candidates of one document.
    static func candidates(_ doc: Document, timexes: [Timex], anchor: CalendarDate?,
                           duplicates: (any DuplicateFindings)?, groupOf: [String: Int]) -> [Candidate] {
        var out: [Candidate] = []
        var k = 0
        let headings = Set(doc.paragraphs.filter { $0.kind == .heading }.map(\.index))
        for sentence in doc.sentences {
            while k < timexes.count, timexes[k].span.end <= sentence.span.start { k += 1 }
            var best: Timex?
            var window: Timex?
            var j = k
            while j < timexes.count, timexes[j].span.start < sentence.span.end {
                let t = timexes[j]
                j += 1
                if window == nil, let a = anchor, let w = expectedWindow(t, anchor: a, text: doc.text, sentence: sentence.span) { window = w }
                guard t.type == .date || t.type == .time, let v = t.value, !v.hasSuffix("_REF") else { continue }
                guard t.days != nil || t.relativeDays != nil else { continue }
                if let b = best, width(b) <= width(t) { continue }
                best = t
            }
            guard let timex = best ?? window else { continue }
            if headings.contains(sentence.paragraph) { continue }
            if let d = duplicates, d.isBoilerplate(doc.id, sentence.span) || d.isRepeat(doc.id, sentence.span) { continue }
            let text = doc.slice(sentence.span)
            out.append(Candidate(doc: doc.id, sentence: sentence.span, text: text, timex: timex, anchor: anchor,
                                 words: contentWords(text), equivalence: groupOf["\(doc.id)#\(sentence.index)"]))
        }
        return out
    }

    /// "within the next two weeks", "in the coming days": a stretch ahead of the anchor is an
    /// expected window, dated from the anchor to its end (`2025-08-19/2025-09-02`).
    static func expectedWindow(_ t: Timex, anchor: CalendarDate, text: SourceText, sentence: Span) -> Timex? {
        guard t.type == .duration, let value = t.value, let days = durationDays(value) else { return nil }
        let lower = t.text.lowercased()
        var ahead = lower.contains("next") || lower.contains("coming")
        if !ahead {
            // "in two weeks", "within 10 days": the preposition before the expression
            var i = t.span.start - 1
            while i > sentence.start, text.scalars[i] == " " { i -= 1 }
            var word = ""
            while i >= sentence.start, CharacterClass.isLetter(text.scalars[i]) {
                word = String(Character(text.scalars[i])) + word
                i -= 1
            }
            ahead = ["within", "in"].contains(word.lowercased()) && t.future
        }
        guard ahead, days > 0, days <= 3660 else { return nil }
        var w = t
        w.days = anchor.dayNumber...(anchor.dayNumber + days)
        w.future = true
        return w
    }

    /// Days in a simple TIMEX3 duration (P2W, P10D, P3M, P1Y); nil for vague or compound ones.
    static func durationDays(_ value: String) -> Int? {
        guard value.hasPrefix("P"), !value.contains("T"), !value.contains("X") else { return nil }
        let body = value.dropFirst()
        guard let unit = body.last, let n = Int(body.dropLast()) else { return nil }
        switch unit {
        case "D": return n
        case "W": return n * 7
        case "M": return n * 30
        case "Y": return n * 365
        default: return nil
        }
    }

    private static func width(_ t: Timex) -> Int {
        if let d = t.days { return d.count }
        return 1_000_000
    }

    /// Lower-cased words of four letters or more: enough to tell two reports of a fact apart.
    static func contentWords(_ text: String) -> Set<String> {
        var set = Set<String>()
        var current = ""
        for c in text.lowercased().unicodeScalars {
            if CharacterClass.isLetter(c) || (c.value >= 48 && c.value <= 57) {
                current.unicodeScalars.append(c)
            } else {
                if current.count >= 4, !commonWords.contains(current) { set.insert(current) }
                current = ""
            }
        }
        if current.count >= 4, !commonWords.contains(current) { set.insert(current) }
        return set
    }

    /// Merges candidates into events, sorted by date.
    static func events(_ candidates: [Candidate]) -> [TimelineEvent] {
        var limited = 0
        return events(candidates, limited: &limited)
    }

    /// Groups of one date a candidate is compared with through each of its words (the latest
    /// ones): a huge text with thousands of mentions of one day would otherwise compare each
    /// mention with every earlier one.
    static let maxGroupsPerWord = 256

    /// The events; `limited` counts the candidates whose comparisons were cut at `maxGroupsPerWord`.
    static func events(_ all: [Candidate], limited: inout Int) -> [TimelineEvent] {
        // dates no news event can have (prehistory, projections decades ahead) are left out
        let latest = all.compactMap(\.anchor?.year).max()
        let candidates = all.filter { c in c.timex.days.map { DatePlausibility.isEventDate($0, latestYear: latest) } ?? true }
        // bucket by date value; merge within a bucket
        var buckets: [String: [Int]] = [:]
        var order: [String] = []
        for (i, c) in candidates.enumerated() {
            let key = c.timex.value ?? ""
            if buckets[key] == nil { order.append(key) }
            buckets[key, default: []].append(i)
        }
        var merged: [[Candidate]] = []
        for key in order {
            // groups of one date; a word index finds the groups a candidate shares words with,
            // so merging stays linear in the number of candidates
            var groups: [[Candidate]] = []
            var byWord: [String: [Int]] = [:]
            var byEquivalence: [Int: Int] = [:]
            for i in buckets[key]! {
                let c = candidates[i]
                var target: Int?
                if let e = c.equivalence, let g = byEquivalence[e] { target = g }
                if target == nil {
                    var shared: [Int: Int] = [:]
                    var cut = false
                    for w in c.words {
                        let posting = byWord[w] ?? []
                        if posting.count > Self.maxGroupsPerWord { cut = true }
                        for g in posting.suffix(Self.maxGroupsPerWord) { shared[g, default: 0] += 1 }
                    }
                    if cut { limited += 1 }
                    for (g, _) in shared.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key })
                    where same(groups[g][0], c) {
                        target = g
                        break
                    }
                }
                let g = target ?? groups.count
                if target == nil {
                    groups.append([c])
                    for w in c.words { byWord[w, default: []].append(g) }
                } else {
                    groups[g].append(c)
                }
                if let e = c.equivalence { byEquivalence[e] = g }
            }
            merged.append(contentsOf: groups)
        }
        var events: [(sort: (Int, Double, Int, String), event: TimelineEvent)] = []
        for group in merged {
            let first = group[0]
            var seen = Set<String>()
            var sources: [EventSource] = []
            for c in group where !seen.contains(c.doc) {
                seen.insert(c.doc)
                sources.append(EventSource(doc: c.doc, start: c.sentence.start, end: c.sentence.end))
            }
            let t = first.timex
            let value = t.value ?? ""
            let date: String
            let label: String
            let relative = t.days == nil
            if let days = t.days, t.type == .duration {
                let a = CalendarDate(dayNumber: days.lowerBound), b = CalendarDate(dayNumber: days.upperBound)
                date = "\(a)/\(b)"
                label = "by \(DateLabel.label(value: b.description, days: days.upperBound...days.upperBound))"
            } else if let days = t.days {
                date = sortableDate(value, days)
                label = DateLabel.label(value: value, days: days)
            } else {
                date = t.relativeLabel ?? value
                label = t.relativeLabel ?? value
            }
            var status = status(t, anchor: first.anchor, text: first.text)
            // announced once, reported as done by articles written after the day: it happened
            if status != .past, let days = t.days, group.contains(where: { c in
                (c.anchor.map { $0.dayNumber > days.upperBound } ?? false)
                    && self.status(c.timex, anchor: c.anchor, text: c.text) == .past
            }) {
                status = .past
            }
            let key: (Int, Double, Int, String) = relative
                ? (1, t.relativeDays ?? 0, 0, date)
                : (0, Double(t.days!.lowerBound), -t.days!.count, date)
            events.append((key, TimelineEvent(
                id: "", date: date, value: value, label: label, text: Excerpt.sentence(first.text.trimmingSpaces), status: status,
                sources: sources, timex: EventSource(doc: first.doc, start: t.span.start, end: t.span.end), relative: relative)))
        }
        events.sort { a, b in
            if a.sort.0 != b.sort.0 { return a.sort.0 < b.sort.0 }
            if a.sort.0 == 0 { return a.event.date != b.event.date ? a.event.date < b.event.date : a.event.sources.count > b.event.sources.count }
            return a.sort.1 != b.sort.1 ? a.sort.1 < b.sort.1 : a.event.date < b.event.date
        }
        return events.enumerated().map { i, e in
            var ev = e.event
            ev.id = "e\(i + 1)"
            return ev
        }
    }

    /// Whether a candidate reports the same thing as a group already formed: dedup says the
    /// sentences are equivalent, or most content words of the shorter one are in the other
    /// (a paraphrase keeps its names and nouns). Within one document only near-copies merge.
    private static func same(_ g: Candidate, _ c: Candidate) -> Bool {
        if let a = g.equivalence, let b = c.equivalence, a == b { return true }
        let inter = g.words.intersection(c.words).count
        let smaller = min(g.words.count, c.words.count)
        guard smaller > 0 else { return false }
        let overlap = Double(inter) / Double(smaller)
        return g.doc == c.doc ? overlap >= 0.9 : (inter >= 3 && overlap >= 0.5)
    }

    /// Words too common in news to say two sentences report the same thing.
    static let commonWords: Set<String> = [
        "said", "says", "that", "with", "this", "from", "have", "will", "would", "their", "which", "about", "after", "been",
        "were", "they", "there", "also", "when", "what", "could", "should", "into", "than", "them", "then", "some", "more",
        "other", "over", "such", "only", "told", "added", "according", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "week", "year", "month", "today", "yesterday", "tomorrow", "last", "next", "while",
        "where", "before", "being", "those", "these", "because", "just", "very", "most", "many", "much", "even",
    ]

    /// The event's `date`: calendar values as they are, other periods as ISO intervals.
    static func sortableDate(_ value: String, _ days: ClosedRange<Int>) -> String {
        let s = Array(value.unicodeScalars)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= s.count && r.allSatisfy { s[$0].value >= 48 && s[$0].value <= 57 } }
        let year = digits(0..<4)
        let month = year && s.count >= 7 && s[4] == "-" && digits(5..<7)
        let day = month && s.count >= 10 && s[7] == "-" && digits(8..<10)
        if year && (s.count == 4 || (month && s.count == 7) || (day && (s.count == 10 || s[10] == "T"))) { return value }
        let a = CalendarDate(dayNumber: days.lowerBound), b = CalendarDate(dayNumber: days.upperBound)
        return a == b ? a.description : "\(a)/\(b)"
    }

    /// past, ongoing or expected.
    static func status(_ t: Timex, anchor: CalendarDate?, text: String) -> EventStatus {
        let lower = text.lowercased()
        let plans = [" will ", " is due ", " are due ", " is expected to ", " are expected to ", " plans to ", " plan to ",
                     " is scheduled ", " are scheduled ", " is set to ", " are set to ", " would meet", " to be held", "’ll ", "'ll "]
        if let a = anchor, let days = t.days {
            if days.lowerBound > a.dayNumber { return .expected }
            if days.contains(a.dayNumber) {
                if t.future || plans.contains(where: lower.contains) { return .expected }
                return days.count > 1 ? .ongoing : .past
            }
            return .past
        }
        if let r = t.relativeDays {
            if r > 0 { return .expected }
            if r == 0 && (t.future || plans.contains(where: lower.contains)) { return .expected }
            return .past
        }
        return t.future ? .expected : .past
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
