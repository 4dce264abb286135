import BriefingCore
import SourceList
import Dedup
import Quotes
import Summary
import Timeline
import Stories

/// The passes compiled into the binary; `briefing plugins` lists them and `build` runs them.
enum BuiltInPasses {
    /// One instance of each built-in pass. Add a compiled pass here to register it.
    static func all() -> [any AnalysisPass] {
        [
            SourcesPass(),
            DedupPass(),
            QuotesPass(),
            SummaryPass(),
            TimelinePass(),
            StoriesPass(),
        ]
    }

    /// The default order of the index: what happened, who said what, when, which sources are
    /// copies, the sources; other passes and plugins follow. `sections:` in briefing.yml overrides it.
    static let sectionOrder = ["summary", "quotes", "timeline", "dedup", "sources"]
}
