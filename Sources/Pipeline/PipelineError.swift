import GraphCore
import Extractors
import Store

/// Everything that can stop or spoil an extraction run, one case per cause.
public enum PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The output could not be created, written or renamed.
    case output(GraphCoreError)
    /// An input could not be found, read or decoded; the run goes on with the other inputs.
    case input(ExtractorsError)
    /// The lexicons the extractors need could not be loaded.
    case lexicons(ExtractorsError)
    /// No input named a readable document.
    case noDocuments
    /// The extraction store could not be opened, read or written.
    case store(StoreError)
    /// A `--shard` value that is not `K/N` with 1 ≤ K ≤ N.
    case invalidShard(String)

    public var description: String {
        switch self {
        case .output(let e): return e.description
        case .input(let e): return e.description
        case .lexicons(let e): return e.description
        case .noDocuments: return "no readable document among the inputs"
        case .store(let e): return e.description
        case .invalidShard(let s): return "invalid shard \(s.debugDescription): write K/N with 1 ≤ K ≤ N, e.g. 2/8"
        }
    }
}

/// A message for the user about one input or the run as a whole.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable { case warning, error }
    /// Warning (the document was still processed) or error (it was not).
    public let severity: Severity
    /// The message, naming the file and the reason.
    public let message: String

    /// A diagnostic.
    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(message)" }
}
