/// The result of a pass: written as JSON and handed to later passes and templates.
///
/// `Encodable` gives the data file and the template context; `Sendable` lets results cross
/// into concurrently running passes.
public protocol PassResult: Encodable, Sendable {}
