import BriefingCore
import Foundation

/// The training side of the learned attribution: dumps the speaker candidates of every quote
/// with their features as JSON Lines, for `Benchmarks/quotes/train.py` to label against a gold
/// set and fit.
public enum AttributionTraining {
    /// The names of the features, in the order of each row's `features` array.
    public static var featureNames: [String] { AttributionFeature.allCases.map(\.name) }

    /// One JSON object per quote: `{"doc", "start", "end", "kind", "candidates": [{"start",
    /// "end", "text", "kind", "score", "features": [...]}]}` (offsets in Unicode scalars, as in
    /// `data/quotes.json`). `model` (the built-in one when nil) is the one whose earlier choices feed the continuation features.
    public static func rows(for documents: [Document], model: AttributionModel? = nil) -> [String] {
        var lines: [String] = []
        for document in documents {
            let analysis = DocumentAnalyzer.analyze(document, duplicates: nil, model: model ?? .trained, record: true)
            for row in analysis.candidateRows {
                let candidates: [[String: Any]] = row.candidates.map { c in
                    ["start": c.mention.span.start, "end": c.mention.span.end, "text": c.mention.text,
                     "kind": c.mention.kind.rawValue, "score": Double(c.score), "features": c.features.values.map(Double.init)]
                }
                let object: [String: Any] = ["doc": document.id, "start": row.quote.start, "end": row.quote.end,
                                             "kind": row.kind.rawValue, "candidates": candidates]
                if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
                   let line = String(data: data, encoding: .utf8) {
                    lines.append(line)
                }
            }
        }
        return lines
    }
}
