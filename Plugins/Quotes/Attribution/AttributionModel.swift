import Foundation

/// A linear (logistic regression) model over `AttributionFeature`s: each candidate's score is
/// the weighted sum of its features plus the bias, and the best candidate is the speaker only
/// when its score passes `threshold` — otherwise the quote has no speaker ("no speaker" is a
/// choice, not a fallback).
///
/// The default weights (`AttributionModel.trained`, in `AttributionWeights.swift`) are learned
/// from PolNeAR's train split by `Benchmarks/quotes/train.py`; the `attribution_model` option
/// of the quotes pass loads another model written by that script as JSON.
public struct AttributionModel: Sendable, Hashable {
    var weights: [Float]
    var bias: Float
    var threshold: Float

    /// A model from weights by feature name; names the model does not know are an error.
    init(weights named: [String: Double], bias: Double, threshold: Double) throws(AttributionModelError) {
        var weights = Array(repeating: Float(0), count: AttributionFeature.allCases.count)
        for (name, value) in named {
            guard let f = AttributionFeature.allCases.first(where: { $0.name == name }) else {
                throw .unknownFeature(name)
            }
            weights[f.rawValue] = Float(value)
        }
        self.weights = weights
        self.bias = Float(bias)
        self.threshold = Float(threshold)
    }

    /// Loads a model written by `Benchmarks/quotes/train.py` (`{"weights": {...}, "bias": …,
    /// "threshold": …}`).
    public static func load(path: String) throws(AttributionModelError) -> AttributionModel {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let weights = object["weights"] as? [String: Double],
              let bias = object["bias"] as? Double, let threshold = object["threshold"] as? Double else {
            throw .malformed(path)
        }
        do { return try AttributionModel(weights: weights, bias: bias, threshold: threshold) } catch {
            throw .unknownFeatureIn(path, error.feature)
        }
    }

    /// The candidate's score (log-odds that it is the speaker).
    func score(_ f: FeatureVector) -> Float {
        var s = bias
        for (w, x) in zip(weights, f.values) where x != 0 { s += w * x }
        return s
    }

    /// Scores every candidate and returns the index of the speaker, or nil for "no speaker".
    func choose(_ candidates: inout [SpeakerCandidate]) -> Int? {
        var best: Int?
        for k in candidates.indices {
            candidates[k].score = score(candidates[k].features)
            if best.map({ candidates[k].score > candidates[$0].score }) ?? true { best = k }
        }
        guard let best, candidates[best].score > threshold else { return nil }
        return best
    }
}

/// Why an attribution model file could not be used.
public enum AttributionModelError: Error, CustomStringConvertible, Sendable {
    case unreadable(String)
    case malformed(String)
    case unknownFeature(String)
    case unknownFeatureIn(String, String)

    var feature: String {
        if case .unknownFeature(let name) = self { return name }
        return ""
    }

    public var description: String {
        switch self {
        case .unreadable(let path):
            "cannot read the attribution model \(path): check the path in passes.quotes.attribution_model"
        case .malformed(let path):
            "\(path) is not an attribution model: expected JSON with \"weights\" (feature name to number), \"bias\" and \"threshold\", as Benchmarks/quotes/train.py writes"
        case .unknownFeature(let name):
            "unknown attribution feature '\(name)'"
        case .unknownFeatureIn(let path, let name):
            "\(path) names the unknown feature '\(name)': it was trained for another version of briefing; retrain it with Benchmarks/quotes/train.py"
        }
    }
}
