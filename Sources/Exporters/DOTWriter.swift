import GraphCore

/// Writes a Graphviz `digraph`; needs the whole graph, so everything is written in `finish()`.
///
/// Draws the same ``PropertyGraph`` as GraphML: one node per entity, shaped and coloured
/// by kind, labelled with its `rdfs:label`; one edge per relation, labelled with the
/// relation (the role label for posts); tooltips name the IRI, the source documents and,
/// for edges, the quotes. A `cluster_legend` subgraph shows one node per entity kind.
/// Every ID and attribute value goes through ``DOTEscaping/appendQuoted(_:to:)``.
public struct DOTWriter: GraphSink {
    private var buffer: ByteBuffer
    private var state = SinkState()
    private var builder = PropertyGraphBuilder()

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        buffer = ByteBuffer(output: output)
    }

    /// Begins the document; DOT has no prefixes, so `prefixes` is ignored.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("DOTWriter")
    }

    /// Keeps the triple for `finish()`.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try state.checkWrite("DOTWriter")
        builder.add(triple)
    }

    /// Builds the property graph, writes the digraph and flushes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("DOTWriter")
        let graph = builder.build()
        buffer.appendStatic("digraph ")
        DOTEscaping.appendQuoted("graph-export", to: &buffer)
        buffer.appendStatic(" {\n  graph [")
        attributes([("charset", "UTF-8"), ("rankdir", "LR"), ("fontname", "Helvetica")])
        buffer.appendStatic("];\n  node [")
        attributes([("fontname", "Helvetica"), ("style", "filled"), ("color", "#555555")])
        buffer.appendStatic("];\n  edge [")
        attributes([("fontname", "Helvetica"), ("fontsize", "10"), ("color", "#555555")])
        buffer.appendStatic("];\n\n  subgraph ")
        DOTEscaping.appendQuoted("cluster_legend", to: &buffer)
        buffer.appendStatic(" {\n    graph [")
        attributes([("label", "legend"), ("style", "dashed")])
        buffer.appendStatic("];\n")
        for kind in EntityKind.allCases {
            let style = DOTWriter.style(kind)
            buffer.appendStatic("    ")
            DOTEscaping.appendQuoted("legend_" + kind.rawValue, to: &buffer)
            buffer.appendStatic(" [")
            attributes([("label", kind.rawValue), ("shape", style.shape), ("fillcolor", style.color),
                        ("tooltip", kind.classIRI.string)])
            buffer.appendStatic("];\n")
        }
        buffer.appendStatic("  }\n\n")

        for node in graph.nodes {
            let style = DOTWriter.style(node.kind)
            var tooltip = node.iri.string
            if !node.sources.isEmpty { tooltip += "\nsource: " + node.sources.joined(separator: ", ") }
            buffer.appendStatic("  ")
            DOTEscaping.appendQuoted(node.id, to: &buffer)
            buffer.appendStatic(" [")
            attributes([("label", node.label), ("shape", style.shape), ("fillcolor", style.color), ("tooltip", tooltip)])
            buffer.appendStatic("];\n")
            try buffer.flushIfNeeded()
        }
        if !graph.edges.isEmpty { buffer.append(UInt8(ascii: "\n")) }
        for edge in graph.edges {
            var tooltip = edge.relation
            if !edge.sources.isEmpty { tooltip += "\nsource: " + edge.sources.joined(separator: ", ") }
            for quote in edge.quotes { tooltip += "\n" + quote }
            buffer.appendStatic("  ")
            DOTEscaping.appendQuoted(graph.nodes[edge.source].id, to: &buffer)
            buffer.appendStatic(" -> ")
            DOTEscaping.appendQuoted(graph.nodes[edge.target].id, to: &buffer)
            buffer.appendStatic(" [")
            attributes([("label", edge.role ?? edge.relation), ("tooltip", tooltip)])
            buffer.appendStatic("];\n")
            try buffer.flushIfNeeded()
        }
        buffer.appendStatic("}\n")
        try buffer.flush()
    }

    /// Writes `name="value", …`; names are fixed DOT attribute names, values are escaped.
    private mutating func attributes(_ pairs: [(StaticString, String)]) {
        for (i, pair) in pairs.enumerated() {
            if i > 0 { buffer.appendStatic(", ") }
            buffer.appendStatic(pair.0)
            buffer.append(UInt8(ascii: "="))
            DOTEscaping.appendQuoted(pair.1, to: &buffer)
        }
    }

    /// The node shape and fill colour of an entity kind.
    public static func style(_ kind: EntityKind) -> (shape: String, color: String) {
        switch kind {
        case .person: return ("ellipse", "#fdd0a2")
        case .organization: return ("box", "#c6dbef")
        case .city: return ("house", "#c7e9c0")
        case .administrativeArea: return ("hexagon", "#a1d99b")
        case .country: return ("octagon", "#74c476")
        case .event: return ("cds", "#fcbba1")
        case .agreement: return ("note", "#dadaeb")
        }
    }
}
