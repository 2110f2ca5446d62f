import GraphCore

/// Writes N-Quads: one triple per line with its graph name, streamed, handed to the output in 64 KiB chunks.
///
/// Terms are written exactly as ``NTriplesWriter`` writes them (the same escaping function);
/// a triple in the default graph is written without a graph term. Prefixes are accepted and ignored.
public struct NQuadsWriter: QuadSink {
    private var buffer: ByteBuffer
    private var state = SinkState()

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        buffer = ByteBuffer(output: output)
    }

    /// Begins the document; N-Quads declares no prefixes, so `prefixes` is ignored.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("NQuadsWriter")
    }

    /// Writes the triple into the default graph.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try write(triple, in: nil)
    }

    /// Writes the triple as one line, with `graph` as the fourth term unless it is nil.
    public mutating func write(_ triple: Triple, in graph: IRI?) throws(GraphCoreError) {
        try state.checkWrite("NQuadsWriter")
        NTriplesSyntax.appendTerm(triple.subject, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        NTriplesSyntax.appendIRI(triple.predicate, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        NTriplesSyntax.appendTerm(triple.object, to: &buffer)
        if let graph {
            buffer.append(UInt8(ascii: " "))
            NTriplesSyntax.appendIRI(graph, to: &buffer)
        }
        buffer.appendStatic(" .\n")
        try buffer.flushIfNeeded()
    }

    /// Flushes the remaining bytes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("NQuadsWriter")
        try buffer.flush()
    }
}
