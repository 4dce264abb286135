/// Something wrong with an input file that the loader could work around.
///
/// Reported to the user (and kept in the corpus) instead of failing the whole build, because
/// one bad file in a folder of scraped articles should not cost the reader the other ones.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the corpus folder.
    public var file: String
    /// What was wrong and what was done about it.
    public var message: String

    /// Creates a warning.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
