/// Which templates each template pulls in (`{{<parent}}` inheritance and `{{>partial}}`
/// includes), so that a cycle (a layout extending itself, a partial including itself) is an
/// error naming the files when the theme loads, instead of unbounded recursion — a crash with
/// no message — when a page renders.
///
/// With no cycle, rendering goes at most as deep as there are templates.
enum TemplateGraph {
    /// The names `text` extends or includes, in order of appearance.
    static func references(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound].drop(while: { $0 == " " || $0 == "{" })
            rest = rest[close.upperBound...]
            guard let sigil = tag.first, sigil == "<" || sigil == ">" else { continue }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !name.hasPrefix("*") { names.append(name) }
        }
        return names
    }

    /// The first cycle found, as the chain of names from a template back to itself
    /// (`["layout", "layout"]`), or nil. Templates are tried in sorted order, so the same theme
    /// always reports the same cycle.
    static func cycle(in templates: [String: String]) -> [String]? {
        let edges = templates.mapValues { references(in: $0).filter { templates[$0] != nil } }
        var done: Set<String> = []
        var path: [String] = []
        func visit(_ name: String) -> [String]? {
            if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
            if done.contains(name) { return nil }
            path.append(name)
            for next in edges[name] ?? [] {
                if let found = visit(next) { return found }
            }
            path.removeLast()
            done.insert(name)
            return nil
        }
        for name in templates.keys.sorted() {
            if let found = visit(name) { return found }
        }
        return nil
    }
}
