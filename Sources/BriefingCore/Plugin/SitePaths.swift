/// Where things live in the built site, so passes can build links in their view data
/// without knowing anything about HTML.
public enum SitePaths {
    /// The page of a source document, relative to the site root: `sources/<slug>.html`.
    public static func sourcePage(_ documentID: String) -> String {
        "sources/\(slug(documentID)).html"
    }

    /// The anchor (without `#`) of the sentence or annotated span starting at `offset`.
    public static func anchor(_ offset: Int) -> String { "s\(offset)" }

    /// A link from the site root to the sentence or span starting at `offset` in a document.
    public static func link(_ documentID: String, offset: Int) -> String {
        "\(sourcePage(documentID))#\(anchor(offset))"
    }

    /// The page of a pass, relative to the site root.
    public static func passPage(_ passID: String) -> String { "\(passID).html" }

    /// A file-name-safe, readable form of a document id; distinct ids stay distinct.
    public static func slug(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".":
                result.unicodeScalars.append(scalar)
            case "/":
                result += "--"
            default:
                result += "~" + String(scalar.value, radix: 16)
            }
        }
        return result
    }
}
