import CCmark
import Foundation

/// Markdown to HTML through the system's libcmark.
///
/// cmark's default options replace raw HTML with a comment, which is what corpus text needs:
/// an article can never inject markup or scripts into the site.
public enum Markdown {
    /// The HTML of a Markdown fragment, raw HTML stripped.
    public static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard let rendered = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    cmark_markdown_to_html($0, bytes.count, CMARK_OPT_DEFAULT)
                }
            } ?? nil
        }) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
