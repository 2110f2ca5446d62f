import GraphCore

/// Where a query command gets its triples: an RDF file, documents extracted on the spot, or (later) a store.
///
/// This is the extension point for other graph back ends: a SQLite store adds a type
/// conforming to `TripleSource` and the CLI's graph options choose it (`--store`).
public protocol TripleSource {
    /// A short name for messages (a path, or "N documents").
    var name: String { get }
    /// Every triple of the graph, in the contract's shapes.
    func triples() throws -> [Triple]
}

/// A Turtle or N-Triples file, parsed with Raptor.
public struct RDFFileSource: TripleSource {
    /// The file's path.
    public let path: String

    /// A source reading `path` (syntax from the extension: `.nt` N-Triples, otherwise Turtle).
    public init(path: String) { self.path = path }

    /// The path.
    public var name: String { path }

    /// Parses the file.
    public func triples() throws -> [Triple] {
        do { return try RDFReader.read(path: path) } catch { throw error }
    }
}
