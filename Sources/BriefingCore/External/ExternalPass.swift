import Foundation

/// A pass implemented by an external program, speaking the plugin protocol over stdin/stdout.
///
/// Anything the program does wrong — crash, hang, garbage, flood — becomes a `PluginError`
/// naming it, so one bad plugin cannot take the tool down with it.
public struct ExternalPass: AnalysisPass {
    /// The plugin's manifest.
    public let manifest: PluginManifest

    public var id: String { manifest.id }
    public var summary: String { manifest.description }
    public var dependencies: [String] { manifest.dependencies }
    /// The options declared in plugin.yml are the ones it understands; a plugin that declares
    /// none accepts any key (it reads what it likes from the request).
    public var optionKeys: [String]? { manifest.options.isEmpty ? nil : manifest.options.keys.sorted() }

    /// Wraps a manifest, refusing protocol versions this binary does not speak.
    public init(manifest: PluginManifest) throws {
        guard PluginProtocol.supported.contains(manifest.protocolVersion) else {
            throw PluginError.unsupportedProtocol(plugin: manifest.id, version: manifest.protocolVersion, supported: PluginProtocol.supported)
        }
        self.manifest = manifest
    }

    public func run(_ input: PassInput) async throws -> PassOutput {
        var results: [String: JSONValue] = [:]
        let encoder = BriefingJSON.encoder()
        for dependency in dependencies {
            guard let result = input.results[dependency] else {
                throw PluginError.dependencyFailed(plugin: id, dependency: dependency)
            }
            results[dependency] = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(AnyEncodable(result)))
        }
        var options = manifest.options
        for (key, value) in input.options.values { options[key] = value }
        let document = PluginInput(plugin: id, corpus: input.corpus, results: results, options: options, settings: input.settings)
        let payload = try encoder.encode(document)

        let runner = ChildProcess(arguments: manifest.command, directory: manifest.folder,
                                  timeout: .milliseconds(Int64(manifest.timeout * 1000)), maxOutputBytes: manifest.maxOutput)
        let outcome: ChildProcess.Outcome
        do {
            outcome = try await Task.detached { try runner.run(input: payload) }.value
        } catch {
            throw PluginError.launch(plugin: id, reason: "\(error)")
        }
        let stderr = String(decoding: outcome.stderr, as: UTF8.self)
        for line in stderr.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            input.logger.notice("\(line)")
        }
        if outcome.timedOut { throw PluginError.timedOut(plugin: id, seconds: manifest.timeout, stderr: stderr) }
        if outcome.outputExceeded { throw PluginError.outputTooLarge(plugin: id, limit: manifest.maxOutput, stderr: stderr) }
        if let signal = outcome.signal {
            throw PluginError.exited(plugin: id, status: "was killed by signal \(signal)", stderr: stderr)
        }
        if let status = outcome.status, status != 0 {
            let hint = status == 127 ? " (command not found: check `command` in its plugin.yml)" : ""
            throw PluginError.exited(plugin: id, status: "exited with status \(status)\(hint)", stderr: stderr)
        }
        let output: PluginOutput
        do {
            output = try JSONDecoder().decode(PluginOutput.self, from: outcome.stdout)
        } catch {
            let problem = outcome.stdout.isEmpty ? "it printed nothing" : "\(Self.describe(error, data: outcome.stdout))"
            throw PluginError.invalidOutput(plugin: id, problem: problem, stderr: stderr)
        }
        return PassOutput(
            result: output.data,
            annotations: (output.annotations ?? []).map {
                Annotation(doc: $0.doc, span: Span($0.start, $0.end), kind: $0.kind, label: $0.label)
            },
            figures: output.figures ?? [],
            view: output.view)
    }

    /// A decoding error as a plugin author can act on it: where in the output (`figures[0].value`)
    /// and what was wrong, rather than "not JSON" for a value that is JSON of the wrong shape.
    static func describe(_ error: Error, data: Data = Data()) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "the field \"\(path(context.codingPath + [key]))\" is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\"\(path(context.codingPath))\" has the wrong type: \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
            return "\"\(path(context.codingPath))\" has the wrong value: \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context) where (try? JSONSerialization.jsonObject(with: data)) != nil:
            return "the JSON does not fit the result format (\(context.debugDescription)); a number where a whole number belongs?"
        case DecodingError.dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return "not JSON (\(underlying ?? context.debugDescription))"
        default: return "\(error)"
        }
    }
}
