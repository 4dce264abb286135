import Testing
@testable import BriefingSite

/// Issue 16 item 6: only http(s) addresses written exactly become links.
@Suite("which corpus addresses become links")
struct LinkPolicyTests {
    @Test("http and https are links; scripts, data, spaces and control characters are text",
          arguments: [
              ("https://example.org/a?b=c#d", true), ("http://example.org", true), ("HTTPS://EXAMPLE.ORG/", true),
              ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), (" javascript:alert(1)", false),
              ("java\nscript:alert(1)", false), ("java\tscript:alert(1)", false), ("data:text/html,<script>", false),
              ("vbscript:msgbox", false), (" https://example.org", false), ("https://exa mple.org", false),
              ("https://example.org\u{0}", false), ("https://", false), ("//example.org", false),
              ("example.org", false), ("file:///etc/passwd", false), ("https://example.org\u{2028}", false),
          ])
    func links(url: String, linkable: Bool) {
        #expect(LinkPolicy.isLinkable(url) == linkable)
    }
}
