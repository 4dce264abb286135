import Yams

/// A bound on how many nodes a YAML document may expand to once its aliases are followed.
///
/// Yams composes an alias as a reference to the anchored node, so a few hundred bytes of
/// nested aliases (an "alias bomb") compose quickly but expand to billions of values when read
/// — 46 s and 800 MB for 367 bytes of front matter, gigabytes for a config. Counting the
/// expanded nodes, and stopping as soon as the count passes the bound, costs at most the bound
/// and happens before any value is built.
public enum YAMLSize {
    /// Front matter is a handful of keys.
    public static let frontMatterLimit = 10_000
    /// A config or plugin manifest holds options for every pass, still small.
    public static let configLimit = 100_000

    /// Whether `node` expands to at most `limit` nodes.
    public static func isWithin(_ node: Node, limit: Int) -> Bool {
        var count = 0
        var stack = [node]
        while let next = stack.popLast() {
            count += 1
            if count > limit { return false }
            switch next {
            case .scalar, .alias: continue
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return true
    }

    /// The problem to report for a document over `limit`.
    public static func problem(limit: Int) -> String {
        "its aliases (*name) expand to more than \(limit) values, which looks like a YAML alias bomb; write the values out instead of nesting aliases"
    }
}
