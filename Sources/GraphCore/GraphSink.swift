/// The one protocol every output format implements, in the manner of Jena's `StreamRDF`.
///
/// A producer calls ``start(prefixes:)`` once, ``write(_:)`` for every triple, then
/// ``finish()`` once. Streaming formats (N-Triples) write each triple at once; formats
/// that group or lay out the graph (pretty Turtle, GraphML, DOT) keep a compact
/// interned copy and write everything in `finish()`. Bytes go to a ``ByteOutput``.
public protocol GraphSink {
    /// Begins a document; `prefixes` are the namespace bindings to declare, in order.
    mutating func start(prefixes: [Prefix]) throws(GraphCoreError)
    /// Accepts one triple.
    mutating func write(_ triple: Triple) throws(GraphCoreError)
    /// Ends the document and flushes everything to the output.
    mutating func finish() throws(GraphCoreError)
}

/// A triple in a named graph, or in the default graph when `graph` is nil: one line of N-Quads.
public struct Quad: Hashable, Sendable {
    /// The triple.
    public let triple: Triple
    /// The graph name; nil for the default graph.
    public let graph: IRI?

    /// A quad.
    public init(_ triple: Triple, in graph: IRI?) {
        self.triple = triple
        self.graph = graph
    }
}

/// A sink for formats with named graphs (TriG, N-Quads), in the manner of Jena's `StreamRDF.quad`.
///
/// The protocol order is the same as ``GraphSink``'s; ``GraphSink/write(_:)`` puts a triple
/// into the default graph, ``write(_:in:)`` into the named graph `graph` (nil: default graph).
public protocol QuadSink: GraphSink {
    /// Accepts one triple in the graph named `graph`, or in the default graph when it is nil.
    mutating func write(_ triple: Triple, in graph: IRI?) throws(GraphCoreError)
}

extension QuadSink {
    /// Accepts one quad.
    public mutating func write(_ quad: Quad) throws(GraphCoreError) {
        try write(quad.triple, in: quad.graph)
    }
}
