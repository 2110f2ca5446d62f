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
