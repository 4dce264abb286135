/// Which addresses from the corpus may become links.
///
/// A `url` comes from whoever wrote the article file or JSON record; `javascript:`, `data:`
/// and friends there would run or show attacker content from the reader's copy of the site.
/// Only absolute `http` and `https` addresses written exactly (no leading spaces, no control
/// characters or whitespace anywhere, which browsers strip to rebuild `java\nscript:`) become
/// links; anything else is shown as text.
public enum LinkPolicy {
    /// Whether `url` may be an `href`.
    public static func isLinkable(_ url: String) -> Bool {
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0.properties.isWhitespace }) else {
            return false
        }
        let lower = url.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            return lower.count > scheme.count
        }
        return false
    }
}
