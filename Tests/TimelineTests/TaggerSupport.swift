import BriefingCore
@testable import Timeline

/// A Tuesday, in ISO week 2025-W34: the anchor most tests use.
let tuesday = CalendarDate(year: 2025, month: 8, day: 19)

/// Tags one line of text against `anchor`.
func tag(_ text: String, anchor: CalendarDate? = tuesday) -> [Timex] {
    TemporalTagger().tag(text, anchor: anchor)
}

/// The single expression in `text` (fails the caller's expectation when there is not one).
func only(_ text: String, anchor: CalendarDate? = tuesday) -> Timex? {
    let found = tag(text, anchor: anchor)
    return found.count == 1 ? found[0] : nil
}

/// (text, value) pairs of everything found.
func pairs(_ text: String, anchor: CalendarDate? = tuesday) -> [String] {
    tag(text, anchor: anchor).map { "\($0.text)=\($0.value ?? "nil")" }
}

/// "text=value" of the single expression in `text`, nil when there is not exactly one.
func single(_ text: String, anchor: CalendarDate? = tuesday) -> String? {
    let found = pairs(text, anchor: anchor)
    return found.count == 1 ? found[0] : nil
}
