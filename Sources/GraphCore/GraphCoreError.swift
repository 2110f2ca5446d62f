/// Everything that can go wrong in GraphCore, one case per cause.
public enum GraphCoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A string that is not an absolute IRI or contains a character IRIREF forbids.
    case invalidIRI(String)
    /// A language tag that is not `[A-Za-z]+(-[A-Za-z0-9]+)*`.
    case invalidLanguageTag(String)
    /// A blank node label with characters outside `[A-Za-z0-9_-]`.
    case invalidBlankNode(String)
    /// The base IRI for entities does not end in `/` or `#`.
    case baseIRIWithoutSeparator(String)
    /// Writing to an output failed; `path` is the file (or `-` for standard output).
    case writeFailed(path: String, reason: String)
    /// Creating, renaming or removing an output file failed.
    case fileOperationFailed(path: String, operation: String, reason: String)
    /// A sink received `write` before `start` or after `finish`.
    case sinkMisuse(String)

    public var description: String {
        switch self {
        case .invalidIRI(let s): return "invalid IRI: \(s.debugDescription)"
        case .invalidLanguageTag(let s): return "invalid language tag: \(s.debugDescription)"
        case .invalidBlankNode(let s): return "invalid blank node label: \(s.debugDescription)"
        case .baseIRIWithoutSeparator(let s): return "base IRI must end with '/' or '#': \(s)"
        case .writeFailed(let path, let reason): return "\(path): write failed: \(reason)"
        case .fileOperationFailed(let path, let operation, let reason): return "\(path): \(operation) failed: \(reason)"
        case .sinkMisuse(let s): return "sink used out of order: \(s)"
        }
    }
}
