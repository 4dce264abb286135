import Foundation

/// Reads a folder of articles into a `Corpus`.
///
/// The walk is recursive and sorted so that every build sees the same documents in the same
/// order. Problems a user can live with (bad encoding, binary or empty files) become warnings;
/// problems that would silently lose or garble an article (broken front matter or JSON) are
/// errors naming the file and line.
public struct CorpusLoader: Sendable {
    /// Files larger than this are skipped with a warning rather than risking memory exhaustion.
    public var maxFileBytes: Int

    /// Creates a loader.
    public init(maxFileBytes: Int = 256 * 1024 * 1024) {
        self.maxFileBytes = maxFileBytes
    }

    /// File extensions that hold articles, and how each is read.
    public static let formats: [String: DocumentFormat] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "json": .json, "jsonl": .jsonl,
    ]

    /// Loads every article under `folder`, except under the folders in `skipping` (the build's
    /// output, resolved) and in any briefing site (a folder with a `.briefing-site` marker), so
    /// a site written inside the corpus is never read back as articles.
    public func load(folder: String, skipping: [String] = []) throws -> Corpus {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CorpusError.missingFolder(folder)
        }
        guard isDirectory.boolValue else { throw CorpusError.notAFolder(folder) }

        var documents: [Document] = []
        var warnings: [LoadWarning] = []
        var skipped = 0
        for relative in try articleFiles(in: folder, skipping: skipping, warnings: &warnings) {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(relative)
            guard let format = Self.formats[url.pathExtension.lowercased()] else { continue }
            let data: Data
            do {
                let size = (try fm.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
                if size > maxFileBytes {
                    warnings.append(LoadWarning(file: relative, message: "skipped: \(size) bytes is over the \(maxFileBytes)-byte limit per file; split it into smaller files"))
                    skipped += 1
                    continue
                }
                data = try Data(contentsOf: url)
            } catch {
                // One unreadable file (permissions, a broken link) should not cost the other articles.
                warnings.append(LoadWarning(file: relative, message: "skipped: the file cannot be read (\(Self.reason(error))); check its permissions"))
                skipped += 1
                continue
            }
            guard let text = decode(data, file: relative, warnings: &warnings) else {
                skipped += 1
                continue
            }
            let read: [Document]
            switch format {
            case .text: read = [PlainTextReader.document(path: relative, text: text)]
            case .markdown: read = [try MarkdownReader.document(path: relative, text: text)]
            case .json: read = try JSONRecordReader.documents(path: relative, text: text, lines: false, warnings: &warnings)
            case .jsonl: read = try JSONRecordReader.documents(path: relative, text: text, lines: true, warnings: &warnings)
            }
            for document in read {
                if document.paragraphs.isEmpty {
                    warnings.append(LoadWarning(file: document.id, message: "skipped: no article text"))
                    skipped += 1
                } else {
                    documents.append(document)
                }
            }
        }
        guard !documents.isEmpty else {
            throw CorpusError.noDocuments(folder, skipped: skipped, reasons: warnings.prefix(CorpusError.listed).map(\.description))
        }
        return Corpus(documents: documents, warnings: warnings)
    }

    /// Relative paths of candidate files, sorted (see `CorpusWalk` for what is left out).
    func articleFiles(in folder: String, skipping: [String] = [], warnings: inout [LoadWarning]) throws -> [String] {
        var walk = CorpusWalk(root: folder, skipping: skipping)
        try walk.run()
        warnings += walk.warnings
        return walk.files
    }

    /// The marker file of a briefing site (see `SiteWriter`).
    public static let siteMarker = ".briefing-site"

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return ns.localizedDescription
    }

    /// UTF-8 text with universal newlines, or nil (with a warning) for empty and binary files.
    func decode(_ data: Data, file: String, warnings: inout [LoadWarning]) -> String? {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            warnings.append(LoadWarning(file: file, message: "skipped: the file is empty"))
            return nil
        }
        let head = data.prefix(8192)
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        let controls = head.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }.count
        if !utf16, head.contains(0) || controls * 10 > head.count {
            warnings.append(LoadWarning(file: file, message: "skipped: the file looks binary, not text"))
            return nil
        }
        var text: String
        if utf16, let decoded = String(data: data, encoding: .utf16) {
            // UTF-16 with a byte-order mark (saved by some Windows editors): readable, just not UTF-8.
            text = decoded
            warnings.append(LoadWarning(file: file, message: "read as UTF-16 (byte-order mark found); offsets refer to the decoded text"))
        } else {
            // Decoding replaces invalid sequences; the bytes round-trip exactly when there were none.
            // (A byte-order mark is kept, as Python keeps it, so offsets agree.)
            text = String(decoding: data, as: UTF8.self)
            if !text.utf8.elementsEqual(data) {
                let bad = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
                warnings.append(LoadWarning(file: file, message: "not valid UTF-8: \(bad) invalid byte sequence(s) replaced with U+FFFD; re-save the file as UTF-8 to keep those characters"))
            }
        }
        if text.unicodeScalars.contains("\r") {
            // Python's universal newlines, which the data contract's offsets assume.
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }
}
