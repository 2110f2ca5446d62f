/// Everything that can go wrong in the Extractors module, one case per cause.
public enum ExtractorsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A lexicon file is not among the package resources.
    case lexiconMissing(name: String)
    /// A lexicon file exists but cannot be read.
    case lexiconUnreadable(name: String, reason: String)
    /// A lexicon row does not have the shape its header promises.
    case lexiconMalformed(name: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .lexiconMissing(let name): return "lexicon \(name).tsv is missing from the package resources"
        case .lexiconUnreadable(let name, let reason): return "lexicon \(name).tsv cannot be read: \(reason)"
        case .lexiconMalformed(let name, let line, let reason): return "lexicon \(name).tsv:\(line): \(reason)"
        }
    }
}
