/// The files of a new external plugin, in one of the supported languages.
///
/// Each scaffold is a complete, useful plugin — it runs on the next build, has a page and an
/// index section, and a test that feeds it a sample protocol document — so that a user starts
/// from something working and changes it, rather than from a blank page and the spec.
struct PluginScaffold {
    /// Languages a plugin can be created in.
    enum Language: String, CaseIterable {
        case python, shell, swift
    }

    /// A file to create.
    struct File {
        var text: String
        var executable = false
    }

    let id: String
    let language: Language

    /// How to run the plugin's own test.
    var testCommand: String {
        switch language {
        case .python: return "python3 -m unittest discover -s Plugins/\(id)"
        case .shell, .swift: return "sh Plugins/\(id)/test.sh"
        }
    }

    /// Files by path relative to the plugin folder.
    func files() -> [String: File] {
        var files: [String: File] = [
            "plugin.yml": File(text: manifest),
            "page.mustache": File(text: page),
            "section.mustache": File(text: section),
            "sample-input.json": File(text: sampleInput),
        ]
        switch language {
        case .python:
            files["main.py"] = File(text: PluginScaffoldSources.python(id), executable: true)
            files["test_main.py"] = File(text: PluginScaffoldSources.pythonTest)
        case .shell:
            files["main.sh"] = File(text: PluginScaffoldSources.shell(id), executable: true)
            files["test.sh"] = File(text: PluginScaffoldSources.shellTest(program: "sh main.sh"), executable: true)
        case .swift:
            files["main.swift"] = File(text: PluginScaffoldSources.swift(id))
            files["test.sh"] = File(text: PluginScaffoldSources.shellTest(program: "swift main.swift"), executable: true)
        }
        return files
    }

    var command: String {
        switch language {
        case .python: return "[python3, main.py]"
        case .shell: return "[sh, main.sh]"
        case .swift: return "[swift, main.swift]"
        }
    }

    var manifest: String {
        """
        # Manifest of the '\(id)' plugin; every key is described in docs/plugins.md.
        id: \(id)
        description: Counts the words of each document.
        command: \(command)
        dependencies: []          # e.g. [sources, quotes]: their results arrive under "results"
        timeout: \(language == .swift ? 180 : 60)               # seconds before it is stopped
        template: page.mustache   # its page, \(id).html
        index_partial: section.mustache
        options:
          top: 10                 # override in briefing.yml under passes: \(id): {top: 5}

        """
    }

    var page: String {
        """
        {{<layout}}
        {{$title}}\(id){{/title}}
        {{$content}}
        <h1>\(id)</h1>
        <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Document</th><th scope="col" class="num">Words</th></tr></thead>
          <tbody>
          {{#data.documents}}
            <tr><td><a href="{{root}}{{page}}">{{title}}</a></td><td class="num">{{words}}</td></tr>
          {{/data.documents}}
          </tbody>
        </table>
        </div>
        {{/content}}
        {{/layout}}

        """
    }

    var section: String {
        """
        <h2 id="section-\(id)">\(id)</h2>
        <p>{{data.total_words}} words in all documents; the longest: {{#data.documents.0}}<a href="{{root}}{{page}}">{{title}}</a>{{/data.documents.0}}.</p>

        """
    }

    var sampleInput: String {
        """
        {"corpus":{"documents":[{"display_title":"The council approved the bridge plan on Tuesday evening.","id":"a.txt","metadata":{},"page":"sources/a.txt.html","paragraphs":[{"end":57,"kind":"body","line":1,"start":0}],"path":"a.txt","format":"text","sentences":[{"end":57,"paragraph":0,"start":0}],"text":"The council approved the bridge plan on Tuesday evening."}]},"options":{"top":"10"},"plugin":"\(id)","protocol":1,"results":{},"settings":{"reference_date":"2025-08-19"}}

        """
    }
}
