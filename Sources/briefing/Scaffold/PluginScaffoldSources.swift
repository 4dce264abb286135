/// Program and test sources of the plugin scaffolds, one language each.
enum PluginScaffoldSources {
    static func python(_ id: String) -> String {
        """
        #!/usr/bin/env python3
        \"\"\"The '\(id)' briefing plugin: reads one JSON request on stdin, prints one JSON result.

        Protocol (docs/plugins.md): the request has "protocol", "corpus" (documents with "id",
        "title", "text", "paragraphs", "sentences", "page"), "results" (of the dependencies
        listed in plugin.yml), "options" and "settings". Print {"data": ...} and optionally
        "figures", "annotations" and "view". Anything written to stderr goes to briefing's log.
        \"\"\"
        import json
        import re
        import sys

        WORD = re.compile(r"[^\\W\\d_]+(?:['\u{2019}-][^\\W\\d_]+)*")


        def analyse(request):
            documents = []
            for doc in request["corpus"]["documents"]:
                documents.append({
                    "doc": doc["id"],
                    "title": doc["display_title"],
                    "page": doc["page"],
                    "words": len(WORD.findall(doc["text"])),
                })
            documents.sort(key=lambda row: (-row["words"], row["doc"]))
            top = int(request["options"].get("top", 10))
            return {
                "data": {"documents": documents[:top], "total_words": sum(row["words"] for row in documents)},
            }


        def main():
            request = json.load(sys.stdin)
            if request.get("protocol") != 1:
                sys.exit("\(id) speaks protocol 1, got %r" % request.get("protocol"))
            print("%d documents" % len(request["corpus"]["documents"]), file=sys.stderr)
            json.dump(analyse(request), sys.stdout)


        if __name__ == "__main__":
            main()

        """
    }

    static let pythonTest = """
        import json
        import pathlib
        import subprocess
        import sys
        import unittest

        HERE = pathlib.Path(__file__).resolve().parent


        class PluginTest(unittest.TestCase):
            def test_counts_words_of_the_sample(self):
                request = (HERE / "sample-input.json").read_text()
                run = subprocess.run([sys.executable, str(HERE / "main.py")], input=request,
                                     capture_output=True, text=True, check=True)
                result = json.loads(run.stdout)
                self.assertEqual(result["data"]["documents"][0]["words"], 9)
                self.assertEqual(result["data"]["total_words"], 9)


        if __name__ == "__main__":
            unittest.main()

        """

    static func shell(_ id: String) -> String {
        """
        #!/bin/sh
        # The '\(id)' briefing plugin in POSIX shell: reads one JSON request on stdin and prints
        # one JSON result (docs/plugins.md). Anything on stderr goes to briefing's log.
        set -eu
        request=$(cat)
        documents=$(printf '%s' "$request" | grep -o '"page":"[^"]*"' | wc -l | tr -d ' ')
        words=$(printf '%s' "$request" | grep -o '"text":"[^"]*"' | sed 's/^"text":"//; s/"$//' | wc -w | tr -d ' ')
        echo "$documents documents" >&2
        printf '{"data":{"documents":[],"total_words":%s,"document_count":%s}}\\n' "$words" "$documents"

        """
    }

    static func shellTest(program: String) -> String {
        """
        #!/bin/sh
        # Feeds the sample request to the plugin and checks its result.
        set -eu
        cd "$(dirname "$0")"
        output=$(\(program) < sample-input.json)
        case "$output" in
          *'"total_words":9'*) echo "1 passed, 0 failed" ;;
          *) echo "unexpected output: $output" >&2; echo "0 passed, 1 failed"; exit 1 ;;
        esac

        """
    }

    static func swift(_ id: String) -> String {
        """
        // The '\(id)' briefing plugin in Swift, run as a script (`swift main.swift`): reads one
        // JSON request on stdin and prints one JSON result (docs/plugins.md).
        import Foundation

        struct Request: Decodable {
            struct Corpus: Decodable { let documents: [Document] }
            struct Document: Decodable { let id: String; let display_title: String; let page: String; let text: String }
            let `protocol`: Int
            let corpus: Corpus
        }

        struct Row: Encodable { let doc: String; let title: String; let page: String; let words: Int }
        struct Data_: Encodable { let documents: [Row]; let total_words: Int }
        struct Result: Encodable { let data: Data_ }

        let request = try JSONDecoder().decode(Request.self, from: FileHandle.standardInput.readDataToEndOfFile())
        guard request.protocol == 1 else {
            FileHandle.standardError.write("\(id) speaks protocol 1\\n".data(using: .utf8)!)
            exit(1)
        }
        let rows = request.corpus.documents.map { document in
            Row(doc: document.id, title: document.display_title, page: document.page,
                words: document.text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).count)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let result = Result(data: Data_(documents: rows, total_words: rows.reduce(0) { $0 + $1.words }))
        FileHandle.standardOutput.write(try encoder.encode(result))

        """
    }
}
