/// The dependency graph of a set of passes, validated once.
///
/// Validation happens before anything runs so that a cycle or a misspelt dependency is
/// reported with the names involved instead of a pass failing half-way through a build.
public struct PassGraph: Sendable {
    /// Passes by id.
    public let passes: [String: any AnalysisPass]
    /// Ids in a deterministic topological order (dependencies first, ties by id).
    public let order: [String]

    /// Validates ids and dependencies; throws for duplicates, unknown dependencies and cycles.
    public init(_ list: [any AnalysisPass]) throws {
        var byID: [String: any AnalysisPass] = [:]
        for pass in list {
            if byID[pass.id] != nil { throw PassError.duplicateID(pass.id) }
            byID[pass.id] = pass
        }
        let known = byID.keys.sorted()
        for id in known {
            for dependency in byID[id]!.dependencies where byID[dependency] == nil {
                throw PassError.unknownDependency(pass: id, dependency: dependency, known: known)
            }
        }
        // Depth-first search, visiting in id order so the result does not depend on input order.
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var order: [String] = []
        func visit(_ id: String, _ path: [String]) throws {
            if state[id] == 2 { return }
            if state[id] == 1 {
                let start = path.firstIndex(of: id) ?? 0
                throw PassError.cycle(Array(path[start...]) + [id])
            }
            state[id] = 1
            for dependency in byID[id]!.dependencies.sorted() { try visit(dependency, path + [id]) }
            state[id] = 2
            order.append(id)
        }
        for id in known { try visit(id, []) }
        self.passes = byID
        self.order = order
    }

    /// The ids needed to run `selected`: the selection plus all it depends on, transitively.
    public func closure(of selected: [String]) throws -> Set<String> {
        var result: Set<String> = []
        var stack = selected
        while let id = stack.popLast() {
            guard let pass = passes[id] else { throw PassError.unknownPass(id, known: passes.keys.sorted()) }
            if result.insert(id).inserted { stack.append(contentsOf: pass.dependencies) }
        }
        return result
    }
}
