/// An error the user can fix: bad input, config, flags, a template or a plugin. Its
/// description is the whole message — the file and line when there is one, what is wrong and
/// what to do — and the CLI prints it as `error: …` and exits with status 1. Any other error is
/// an internal one (status 2, "please report it").
///
/// One protocol, so the pipeline and the CLI tell the two kinds apart without keeping lists of
/// types that drift apart.
public protocol UserFacingError: Error, CustomStringConvertible {}
