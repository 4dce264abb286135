import BriefingCore
import SourceList
import Dedup
import Quotes
import Summary
import Timeline

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
        ]
    }
}
