import GraphCore

/// The output formats graph-export writes, and the sink for each.
///
/// Only N-Triples and N-Quads **stream**: each triple is written as it arrives, and memory
/// stays flat. Pretty Turtle, TriG, GraphML and DOT **need the whole graph** (Turtle and TriG
/// group by subject and sort; GraphML and DOT reconstruct a property graph); they keep an
/// interned copy of the triples and write everything in `finish()`. TriG and N-Quads carry
/// named graphs (``hasNamedGraphs``).
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Pretty Turtle (`.ttl`), whole graph.
    case turtle
    /// N-Triples (`.nt`), streaming.
    case ntriples
    /// GraphML 1.1 (`.graphml`), whole graph.
    case graphml
    /// Graphviz DOT (`.dot`), whole graph.
    case dot
    /// TriG (`.trig`): pretty Turtle with named graphs, whole graph.
    case trig
    /// N-Quads (`.nq`): one triple and its graph per line, streaming.
    case nquads

    /// The format of a file extension without the dot (`ttl`, `nt`, `graphml`, `dot`, `trig`, `nq`; case-insensitive).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "ttl": self = .turtle
        case "nt": self = .ntriples
        case "graphml": self = .graphml
        case "dot", "gv": self = .dot
        case "trig": self = .trig
        case "nq": self = .nquads
        default: return nil
        }
    }

    /// The format named by `name` (`turtle`, `ntriples`, `graphml`, `dot`, `trig`, `nquads`) or by an extension (`ttl`, `nt`, `nq`).
    public init(name: String) throws(ExportersError) {
        if let format = OutputFormat(rawValue: name.lowercased()) ?? OutputFormat(fileExtension: name) {
            self = format
        } else {
            throw .unknownFormatName(name)
        }
    }

    /// The format of an output path, from its extension (`out/graph.ttl` → `.turtle`).
    public init(path: String) throws(ExportersError) {
        let utf8 = path.utf8
        let slash = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[slash...].lastIndex(of: UInt8(ascii: ".")),
              let format = OutputFormat(fileExtension: String(path[utf8.index(after: dot)...])) else {
            throw .unknownFileExtension(path: path)
        }
        self = format
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .turtle: return "ttl"
        case .ntriples: return "nt"
        case .graphml: return "graphml"
        case .dot: return "dot"
        case .trig: return "trig"
        case .nquads: return "nq"
        }
    }

    /// True when the writer streams triples as they arrive (N-Triples, N-Quads); false when it needs the whole graph.
    public var streams: Bool { self == .ntriples || self == .nquads }

    /// True for the dataset formats with named graphs (TriG, N-Quads), whose sinks are ``QuadSink``s.
    public var hasNamedGraphs: Bool { self == .trig || self == .nquads }

    /// A fresh quad sink of this format, or nil for the formats without named graphs.
    public func makeQuadSink(output: ByteOutput) -> (any QuadSink)? {
        switch self {
        case .trig: return TriGWriter(output: output)
        case .nquads: return NQuadsWriter(output: output)
        case .turtle, .ntriples, .graphml, .dot: return nil
        }
    }

    /// A fresh sink of this format writing to `output`.
    public func makeSink(output: ByteOutput) -> any GraphSink {
        makeSink(output: output, threads: 1)
    }

    /// A fresh sink of this format writing to `output` that may use `threads` threads in `finish()` (the Turtle
    /// writer uses two when given two or more); the bytes are the same for any number.
    public func makeSink(output: ByteOutput, threads: Int) -> any GraphSink {
        switch self {
        case .turtle: return TurtleWriter(output: output, threads: threads)
        case .ntriples: return NTriplesWriter(output: output)
        case .graphml: return GraphMLWriter(output: output)
        case .dot: return DOTWriter(output: output)
        case .trig: return TriGWriter(output: output)
        case .nquads: return NQuadsWriter(output: output)
        }
    }

    /// Runs `start`, `write` for each triple and `finish` on a fresh sink of this format.
    ///
    /// For an array, the loop runs on the array itself, not through the generic `Sequence` iterator of
    /// ``write(prefixes:triples:to:)-(_,S,_)`` (which a caller in another module runs unspecialised, copying each
    /// triple through value witnesses).
    public func write(prefixes: [Prefix], triples: [Triple], to output: ByteOutput) throws(GraphCoreError) {
        var sink = makeSink(output: output)
        try sink.start(prefixes: prefixes)
        for index in triples.indices { try sink.write(triples[index]) }
        try sink.finish()
    }

    /// Runs `start`, `write` for each triple and `finish` on a fresh sink of this format.
    public func write<S: Sequence<Triple>>(prefixes: [Prefix], triples: S, to output: ByteOutput) throws(GraphCoreError) {
        var sink = makeSink(output: output)
        try sink.start(prefixes: prefixes)
        for triple in triples { try sink.write(triple) }
        try sink.finish()
    }
}
