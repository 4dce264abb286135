/// Starting inputs for each fuzz target: small valid examples of what it reads.
public enum FuzzSeeds {
    static let article = """
    Council approves the river bridge budget

    The city council voted 7-2 on Tuesday to approve the budget, three weeks after talks began.

    “We have waited long enough,” Mayor Ana Ruiz said. She added that work starts in March 2026.

    Critics said the plan, first proposed in 2019, was “too expensive”. A spokesman for the \
    agency told reporters: "The contract will be signed next week."
    """

    /// Seeds for `target`.
    public static func inputs(for target: FuzzTarget) -> [[UInt8]] {
        let texts: [String]
        switch target {
        case .txt, .sentences, .quotes, .timex:
            texts = [article, "Dr. Smith arrived at 5 p.m. on Jan. 3. He left.\n\n\"No,\" he said.", "a"]
        case .markdown:
            texts = ["---\ntitle: Bridge budget\ndate: 2025-08-19\nsource: Example News\nurl: https://example.com/a\n---\n\n# Heading\n\n" + article,
                     "# Only a heading\n\nSome *text* with [a link](https://example.com).\n", "---\na: &x [1, 2]\nb: *x\n---\nBody."]
        case .json:
            texts = ["{\"id\": \"1\", \"title\": \"Bridge\", \"date\": \"2025-08-19\", \"text\": \"The council voted. \\\"Yes,\\\" she said.\"}",
                     "[{\"text\": \"One.\"}, {\"id\": 2, \"text\": \"Two.\", \"source\": \"X\"}]"]
        case .jsonl:
            texts = ["{\"id\": \"1\", \"text\": \"The council voted on Monday.\"}\n{\"id\": \"2\", \"title\": \"T\", \"text\": \"\\\"Yes,\\\" he said.\"}\n"]
        case .templates:
            texts = ["<!doctype html><title>{{page.title}}</title>{{#site}}{{title}}{{/site}}{{$content}}{{/content}}",
                     "{{! comment }}{{^missing}}none{{/missing}}{{{page.title}}}{{> figures}}"]
        }
        return texts.map { Array($0.utf8) }
    }
}
