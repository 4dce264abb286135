// quote-features CORPUS_FOLDER [MODEL.json]
//
// Prints one JSON line per quotation of the corpus with its speaker candidates and their
// features (see `AttributionTraining.rows`), for Benchmarks/quotes/train.py. MODEL.json (as
// train.py writes it) replaces the built-in model whose choices feed the continuation features.
import BriefingCore
import Foundation
import Quotes

let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first, arguments.count <= 2 else {
    FileHandle.standardError.write(Data("usage: quote-features CORPUS_FOLDER [MODEL.json]\n".utf8))
    exit(64)
}
do {
    let corpus = try CorpusLoader().load(folder: folder)
    let model = try arguments.dropFirst().first.map { try AttributionModel.load(path: $0) }
    let rows = AttributionTraining.rows(for: corpus.documents, model: model)
    let header = try JSONSerialization.data(withJSONObject: ["features": AttributionTraining.featureNames])
    print(String(decoding: header, as: UTF8.self))
    for line in rows { print(line) }
} catch {
    FileHandle.standardError.write(Data("quote-features: \(error)\n".utf8))
    exit(1)
}
