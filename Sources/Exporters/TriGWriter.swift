import GraphCore

/// Writes pretty TriG: the default graph as plain Turtle blocks, then one `<graph> { … }` block per named graph.
///
/// Needs the whole dataset, so everything is written in `finish()`. Quads are kept interned
/// (each term once, duplicates dropped). After the prefixes come the default graph's subject
/// blocks, laid out exactly as ``TurtleWriter`` lays them out, then the named graphs sorted
/// by IRI, each wrapped in `<name> {` … `}` with its blocks indented by four spaces. A blank
/// node used as an object nowhere in the dataset is written `[]`. The bytes depend only on
/// the set of quads and the prefixes, never on the order of `write` calls.
public struct TriGWriter: QuadSink {
    private var buffer: ByteBuffer
    private var state = SinkState()
    private var prefixes: [Prefix] = []
    private var terms = TurtleTriples(syntax: TurtleSyntax(prefixes: []))
    private var seen: Set<IDQuad> = []
    private var quads: [IDQuad] = []

    /// One quad as term ids; `graph` is ``IDQuad/defaultGraph`` for the default graph.
    private struct IDQuad: Hashable {
        static let defaultGraph = UInt32.max
        var triple: InternedTriples.IDTriple
        var graph: UInt32
    }

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        buffer = ByteBuffer(output: output)
    }

    /// Records the prefixes to declare; a prefix whose name is not a valid PN_PREFIX, or that repeats an earlier name, is skipped.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("TriGWriter")
        self.prefixes = TurtleSyntax.declarable(prefixes)
        terms = TurtleTriples(syntax: TurtleSyntax(prefixes: self.prefixes))
    }

    /// Keeps the triple for `finish()`, in the default graph.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try write(triple, in: nil)
    }

    /// Keeps the triple for `finish()`, in the graph named `graph` (nil: the default graph).
    public mutating func write(_ triple: Triple, in graph: IRI?) throws(GraphCoreError) {
        try state.checkWrite("TriGWriter")
        let t = InternedTriples.IDTriple(subject: terms.intern(triple.subject), predicate: terms.intern(.iri(triple.predicate)),
                                         object: terms.intern(triple.object))
        let quad = IDQuad(triple: t, graph: graph.map { terms.intern(.iri($0)) } ?? IDQuad.defaultGraph)
        if seen.insert(quad).inserted { quads.append(quad) }
    }

    /// Writes the prefixes, the default graph and every named graph, and flushes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("TriGWriter")
        TurtleSyntax.appendPrefixes(prefixes, to: &buffer)
        var referencedAsObject = [Bool](repeating: false, count: terms.table.count)
        var byGraph: [UInt32: [InternedTriples.IDTriple]] = [:]
        for quad in quads {
            referencedAsObject[Int(quad.triple.object)] = true
            byGraph[quad.graph, default: []].append(quad.triple)
        }
        let blocks = TurtleBlocks(table: terms.table, referencedAsObject: referencedAsObject)
        if let defaultTriples = byGraph.removeValue(forKey: IDQuad.defaultGraph) {
            try blocks.write(defaultTriples, indent: "", to: &buffer)
        }
        let rank = blocks.rank
        for graph in byGraph.keys.sorted(by: { rank[Int($0)] < rank[Int($1)] }) {
            buffer.append(UInt8(ascii: "\n"))
            blocks.appendTerm(graph, subject: false, to: &buffer)
            buffer.appendStatic(" {")
            try blocks.write(byGraph[graph]!, indent: "    ", to: &buffer)
            buffer.appendStatic("}\n")
            try buffer.flushIfNeeded()
        }
        try buffer.flush()
    }
}
