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

    /// Names the site itself uses for pages, templates and folders, which a plugin id would
    /// silently replace (`id: index` would overwrite the index page), with what each is.
    public static let reservedNames: [String: String] = [
        "index": "the index page (index.html, Templates/index.mustache)",
        "source": "the template of every source page (Templates/source.mustache)",
        "layout": "the layout every page extends (Templates/layout.mustache)",
        "sources": "the folder of source pages (sources/) and the built-in sources pass",
        "assets": "the folder of the theme's assets (assets/)",
        "data": "the folder of pass results (data/)",
        "partials": "the folder of index sections (Templates/partials/)",
    ]

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
