import BriefingCore

/// Runs the whole dedup analysis over a corpus and assembles the result.
///
/// Stages, in order: per-document work (paragraph shapes, repeats, MinHash signatures; linear
/// and concurrent), boilerplate (per document, plus line frequencies across larger corpora),
/// candidate pairs (all pairs up to `pairwiseLimit` documents, else LSH), sentence-level
/// comparison of the candidate pairs, clusters, equivalent sentences and what each document adds.
struct DedupAnalysis {
    /// Settings.
    let options: DedupPass.Options
    /// Receives one line per stage with its duration (the pass logs them with `--verbose`).
    var log: @Sendable (String) -> Void = { _ in }
    /// Receives one line per bound that cut work short on a huge corpus (the pass logs them
    /// as warnings, so a user knows what was left out).
    var warn: @Sendable (String) -> Void = { _ in }

    /// Most sentences an equivalent-sentence group lists (the first, in corpus order): a
    /// group of 200,000 copies of one sentence would otherwise fill the data file and make
    /// every reader of the groups quadratic.
    var maxGroupMembers = 200
    /// Most related pairs the data file lists once pairs are not complete (the most similar,
    /// in corpus order): the clusters still count every pair.
    var maxReportedPairs = 50_000

    /// Sentences at or above this similarity are equivalent even outside an ordered alignment
    /// (the same quote carried by independent reports).
    static let strongSentenceSimilarity = 0.6

    /// Analyses `documents` (sorted by id): the data of dedup.json, nothing for display.
    func run(_ documents: [Document]) async -> DedupResult {
        let n = documents.count
        let pairwise = n <= options.pairwiseLimit
        let clock = ContinuousClock()
        var last = clock.now
        func lap(_ stage: String) {
            let now = clock.now
            log("dedup stage \(stage): \(now - last)")
            last = now
        }
        // Template text many pages carry (run-together pages have no lines to compare); it is
        // cruft in every pass and never makes two documents similar.
        let repeated = RepeatedText.find(documents)
        let templateRuns = (0..<n).map { i in Self.runsOutsideFindings(repeated[i], document: documents[i]) }
        lap("repeated text")
        let stages = await DocumentStage.makeAll(documents, options: options, keepShingles: pairwise,
                                                 excluded: templateRuns.map { $0.map(\.span) })

        lap("staged")
        // Boilerplate, with line frequencies across the corpus when it is large enough to tell.
        var sharedLines: [UInt64: Int]?
        if n >= 10 {
            var counts: [UInt64: Int] = [:]
            for stage in stages {
                var keys = Set<UInt64>()
                for shape in stage.shapes where shape.words > 0 && shape.words <= 25 { keys.insert(shape.key) }
                for key in keys { counts[key, default: 0] += 1 }
            }
            sharedLines = counts.filter { $0.value >= 3 }
        }
        let lines = sharedLines
        let boilerplate = Parallel.map(count: n, minimumCount: 128) { i in
            BoilerplateDetector.find(in: documents[i], shapes: stages[i].shapes, repeats: stages[i].repeats,
                                     sharedLines: lines, corpusSize: n)
        }
        lap("boilerplate")
        // Candidate pairs.
        let lsh = LSHIndex(banding: options.banding, maxBucket: 500, maxPartners: LSHIndex.partnerLimit(documents: n))
        let found = await lsh.candidates(stages.map(\.signature))
        let candidates = found.pairs
        if found.cappedDocuments > 0 {
            warn("dedup: \(found.cappedDocuments) of \(n) documents have more than \(lsh.maxPartners) near-duplicate candidates; "
                 + "each was compared with its first \(lsh.maxPartners) only (\(candidates.count) pairs in all)")
        }
        var compared: [(Int, Int)] = []
        if pairwise {
            for i in 0..<n { for j in (i + 1)..<n { compared.append((i, j)) } }
        } else {
            // Verify candidates on their signatures first: only pairs estimated at half the
            // threshold or more are worth comparing sentence by sentence.
            compared = candidates.filter { i, j in
                guard let a = stages[i].signature, let b = stages[j].signature else { return false }
                return MinHasher.similarity(a, b) >= options.threshold / 2
            }
        }

        lap("candidates")
        // Content profiles of every document that takes part in a comparison.
        var scope = Set<Int>()
        if pairwise { scope = Set(0..<n) } else { for (i, j) in compared { scope.insert(i); scope.insert(j) } }
        var vocabulary = StemVocabulary()
        var profiles: [Int: ContentProfile] = [:]
        for i in scope.sorted() {
            var excluded = Set(boilerplate[i].map(\.paragraph))
            for r in stages[i].repeats { excluded.insert(r.paragraph) }
            profiles[i] = ContentProfile.make(documents[i], excluded: excluded, cruft: templateRuns[i].map(\.span),
                                              vocabulary: &vocabulary)
        }
        let similarity = ContentSimilarity(idf: vocabulary.idf(documents: scope.count))
        var vectors: [Int: [(Int32, Double)]] = [:]
        var masses: [Int: [Double]] = [:]
        var best: [Int: [Double]] = [:]
        for (i, profile) in profiles {
            vectors[i] = similarity.vector(profile)
            masses[i] = profile.sentences.map { similarity.mass($0.stems) }
            best[i] = Array(repeating: 0, count: profile.sentences.count)
        }

        lap("profiles")
        // Compare.
        var sentenceIDs: [SentenceKey: Int] = [:]
        var sentenceEdges: [(SentenceKey, SentenceKey)] = []
        var pairs: [PairAnalysis] = []
        pairs.reserveCapacity(compared.count)
        for (i, j) in compared {
            guard let pa = profiles[i], let pb = profiles[j] else { continue }
            let jaccard: Double
            if let sa = stages[i].shingleSet, let sb = stages[j].shingleSet {
                jaccard = Shingles.jaccard(sa, sb)
            } else if let sa = stages[i].signature, let sb = stages[j].signature {
                jaccard = MinHasher.similarity(sa, sb)
            } else {
                jaccard = 0
            }
            let cosine = ContentSimilarity.cosine(vectors[i]!, vectors[j]!)
            var aligned: [AlignedSentences] = []
            if !pairwise || cosine >= options.sameStorySimilarity / 2 || jaccard >= options.threshold / 4 {
                let ma = masses[i]!, mb = masses[j]!
                var matrix = [[Double]](repeating: [], count: pa.sentences.count)
                var bestA = best[i]!, bestB = best[j]!
                for x in 0..<pa.sentences.count {
                    var row = [Double](repeating: 0, count: pb.sentences.count)
                    for y in 0..<pb.sentences.count {
                        let s = similarity.sentences(pa.sentences[x].stems, ma[x], pb.sentences[y].stems, mb[y])
                        row[y] = s
                        if s > bestA[x] { bestA[x] = s }
                        if s > bestB[y] { bestB[y] = s }
                        if s >= Self.strongSentenceSimilarity {
                            sentenceEdges.append((SentenceKey(doc: i, index: x), SentenceKey(doc: j, index: y)))
                        }
                    }
                    matrix[x] = row
                }
                best[i] = bestA
                best[j] = bestB
                aligned = SentenceAligner.align(matrix, threshold: options.sentenceSimilarity)
            }
            let total = pa.sentences.count + pb.sentences.count
            let fraction = total > 0 ? 2 * Double(aligned.count) / Double(total) : 0
            var relation = PairAnalysis.relation(
                jaccard: jaccard, cosine: cosine, aligned: aligned.count,
                sentencesA: pa.sentences.count, sentencesB: pb.sentences.count, options: options)
            // Two reports of one kind (a template filled with other figures) are not copies.
            if relation == .nearDuplicate, PairAnalysis.differInFigures(stages[i].figures, stages[j].figures) {
                relation = cosine >= options.sameStorySimilarity ? .sameStory : .unrelated
            }
            if relation == .nearDuplicate {
                for pair in aligned {
                    sentenceEdges.append((SentenceKey(doc: i, index: pair.a), SentenceKey(doc: j, index: pair.b)))
                }
            }
            pairs.append(PairAnalysis(a: i, b: j, jaccard: jaccard, cosine: cosine, aligned: aligned,
                                      fraction: fraction, relation: relation))
        }

        lap("compared")
        // Clusters of near-duplicates; pairs inside a cluster are rewrites of one text.
        var clustersUF = UnionFind(count: n)
        for p in pairs where p.relation == .nearDuplicate { clustersUF.union(p.a, p.b) }
        for k in pairs.indices where pairs[k].relation == .sameStory
            && clustersUF.find(pairs[k].a) == clustersUF.find(pairs[k].b) {
            pairs[k].relation = .nearDuplicate
        }
        var members: [Int: [Int]] = [:]
        for i in 0..<n { members[clustersUF.find(i), default: []].append(i) }
        var pairSimilarity: [Int: Double] = [:]
        for p in pairs where p.relation == .nearDuplicate {
            pairSimilarity[p.a, default: 0] += p.similarity
            pairSimilarity[p.b, default: 0] += p.similarity
        }
        var representativeOf: [Int: Int] = [:]
        for (root, group) in members where group.count > 1 {
            // The original is the earliest dated member; ties (or no dates): the fullest, then
            // the one most similar to the others, then the first by id.
            representativeOf[root] = group.min { x, y in
                let dx = documents[x].calendarDate?.dayNumber ?? Int.max, dy = documents[y].calendarDate?.dayNumber ?? Int.max
                if dx != dy { return dx < dy }
                let lx = profiles[x]?.sentences.count ?? 0, ly = profiles[y]?.sentences.count ?? 0
                if lx != ly { return lx > ly }
                let sx = pairSimilarity[x] ?? 0, sy = pairSimilarity[y] ?? 0
                if sx != sy { return sx > sy }
                return x < y
            }
        }
        var clusterNumber: [Int: Int] = [:]
        for i in 0..<n where clusterNumber[clustersUF.find(i)] == nil {
            clusterNumber[clustersUF.find(i)] = clusterNumber.count + 1
        }

        lap("clusters")
        // Equivalent sentences.
        for (x, y) in sentenceEdges {
            for key in [x, y] where sentenceIDs[key] == nil { sentenceIDs[key] = sentenceIDs.count }
        }
        var sentenceUF = UnionFind(count: sentenceIDs.count)
        for (x, y) in sentenceEdges { sentenceUF.union(sentenceIDs[x]!, sentenceIDs[y]!) }
        var groups: [Int: [SentenceKey]] = [:]
        for (key, id) in sentenceIDs { groups[sentenceUF.find(id), default: []].append(key) }
        func entry(_ key: SentenceKey) -> DedupResult.SentenceEntry {
            let s = profiles[key.doc]!.sentences[key.index]
            return DedupResult.SentenceEntry(doc: documents[key.doc].id, sentence: s.sentence, start: s.span.start, end: s.span.end)
        }
        var cutGroups = 0
        let sentenceGroups = groups.values
            .map { group -> [SentenceKey] in
                guard group.count > maxGroupMembers else { return group.sorted() }
                cutGroups += 1
                return Array(group.sorted().prefix(maxGroupMembers))
            }
            .filter { Set($0.map(\.doc)).count > 1 }
            .map { $0.map(entry) }
            .sorted { ($0[0].doc, $0[0].start) < ($1[0].doc, $1[0].start) }
        if cutGroups > 0 {
            warn("dedup: \(cutGroups) groups of equivalent sentences have more than \(maxGroupMembers) members; each lists its first \(maxGroupMembers)")
        }

        lap("sentence groups")
        // Assemble.
        var documentEntries: [DedupResult.DocumentEntry] = []
        for (i, document) in documents.enumerated() {
            let root = clustersUF.find(i)
            let representative = representativeOf[root]
            var adds: [DedupResult.SentenceEntry]?
            if let profile = profiles[i], let b = best[i] {
                adds = profile.sentences.indices.filter { b[$0] < options.sentenceSimilarity }
                    .map { entry(SentenceKey(doc: i, index: $0)) }
            }
            documentEntries.append(DedupResult.DocumentEntry(
                doc: document.id, cluster: clusterNumber[root]!,
                duplicateOf: representative.flatMap { $0 == i ? nil : documents[$0].id },
                sentences: profiles[i]?.sentences.count ?? 0, adds: adds))
        }
        let clusters = members.filter { $0.value.count > 1 }
            .map { root, group in
                DedupResult.ClusterEntry(id: clusterNumber[root]!, representative: documents[representativeOf[root]!].id,
                                         members: group.map { documents[$0].id })
            }
            .sorted { $0.id < $1.id }
        var reported = pairs.filter { pairwise || $0.relation != .unrelated }
        if !pairwise && reported.count > maxReportedPairs {
            warn("dedup: \(reported.count) related pairs; the data file lists the \(maxReportedPairs) most similar")
            let kept = reported.indices
                .sorted { reported[$0].similarity != reported[$1].similarity ? reported[$0].similarity > reported[$1].similarity : $0 < $1 }
                .prefix(maxReportedPairs).sorted()
            reported = kept.map { reported[$0] }
        }
        let pairEntries = reported
            .map { p -> DedupResult.PairEntry in
                let evidence = p.relation == .unrelated ? [] : p.aligned.map { s in
                    DedupResult.AlignedPair(a: entry(SentenceKey(doc: p.a, index: s.a)), b: entry(SentenceKey(doc: p.b, index: s.b)),
                                            similarity: Self.rounded(s.similarity))
                }
                return DedupResult.PairEntry(
                    a: documents[p.a].id, b: documents[p.b].id, similarity: Self.rounded(p.similarity), relation: p.relation,
                    jaccard: Self.rounded(p.jaccard), cosine: Self.rounded(p.cosine), alignedFraction: Self.rounded(p.fraction),
                    aligned: evidence)
            }
        var duplicateParagraphs: [DedupResult.DuplicateParagraph] = []
        var boilerplateEntries: [DedupResult.BoilerplateEntry] = []
        for (i, document) in documents.enumerated() {
            let paragraphs = document.paragraphs
            for r in stages[i].repeats {
                let p = paragraphs[r.paragraph]
                duplicateParagraphs.append(DedupResult.DuplicateParagraph(
                    doc: document.id, line: p.line, start: p.span.start, end: p.span.end,
                    duplicateOf: DedupResult.LineRef(doc: document.id, line: paragraphs[r.original].line),
                    similarity: Self.rounded(r.similarity)))
            }
            let whole = Set(boilerplate[i].map(\.paragraph))
            var entries: [DedupResult.BoilerplateEntry] = boilerplate[i].map { b in
                let p = paragraphs[b.paragraph]
                return DedupResult.BoilerplateEntry(doc: document.id, line: p.line, start: p.span.start, end: p.span.end, reason: b.reason)
            }
            // Template runs, clipped to the paragraphs they cross (a paragraph already found whole is not repeated).
            for run in templateRuns[i] {
                for p in paragraphs.enumerated() where !whole.contains(p.offset) && p.element.span.overlaps(run.span) {
                    let start = max(run.span.start, p.element.span.start), end = min(run.span.end, p.element.span.end)
                    guard end > start else { continue }
                    entries.append(DedupResult.BoilerplateEntry(
                        doc: document.id, line: p.element.line, start: start, end: end, reason: run.reason))
                }
            }
            boilerplateEntries.append(contentsOf: entries.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
        }
        let parameters = DedupResult.Parameters(
            threshold: options.threshold, shingleSize: options.shingleSize, permutations: options.permutations,
            bands: options.banding.bands, rows: options.banding.rows, pairwiseLimit: options.pairwiseLimit,
            sentenceSimilarity: options.sentenceSimilarity, rewriteFraction: options.rewriteFraction,
            sameStorySimilarity: options.sameStorySimilarity, candidatePairCount: candidates.count)
        let result = DedupResult(
            documents: documentEntries, pairs: pairEntries, pairsComplete: pairwise, clusters: clusters,
            duplicateParagraphs: duplicateParagraphs, boilerplate: boilerplateEntries, sentenceGroups: sentenceGroups,
            parameters: parameters,
            candidatePairs: options.candidatePairs ? candidates.map { [documents[$0.0].id, documents[$0.1].id] } : nil)
        lap("assembled")
        return result
    }

    /// Cruft runs (template text, page-head bylines and stamps) of one document, in text order.
    static func runsOutsideFindings(_ repeated: [RepeatedRun], document: Document) -> [CruftRun] {
        (repeated.map { CruftRun(span: $0.span, reason: $0.reason) }
            + PageFurniture.find(in: document, avoiding: repeated.map(\.span)))
            .sorted { $0.span.start < $1.span.start }
    }

    /// Three decimals: enough to compare, short to read.
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// A body sentence of a compared document: corpus index and position in its profile.
struct SentenceKey: Hashable, Comparable, Sendable {
    /// Corpus index of the document.
    var doc: Int
    /// Index into the profile's sentences.
    var index: Int

    static func < (l: SentenceKey, r: SentenceKey) -> Bool { (l.doc, l.index) < (r.doc, r.index) }
}
