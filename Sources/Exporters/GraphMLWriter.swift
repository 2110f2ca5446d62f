import CLibXML2
import GraphCore

/// Writes GraphML 1.1 through libxml2's `xmlTextWriter`; needs the whole graph, so everything is written in `finish()`.
///
/// The triples are reconstructed into a ``PropertyGraph``: entity nodes with data `iri`,
/// `label`, `type`, `altLabels` (joined by ` | `), `roles`, the literal facts and `source`;
/// edges with `relation`, `role`, `source` and `quote`. Every `<key>` declares `for`,
/// `attr.name` and `attr.type`; ids are `d…`, `n…`, `e…`. Text passes through
/// ``XMLText/appendSanitized(_:to:)`` before libxml2 escapes it, so the result is always
/// well-formed XML 1.0 and valid against the GraphML schema.
public struct GraphMLWriter: GraphSink {
    private let output: ByteOutput
    private var state = SinkState()
    private var builder = PropertyGraphBuilder()

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        self.output = output
    }

    /// Begins the document; GraphML has no prefixes, so `prefixes` is ignored.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("GraphMLWriter")
    }

    /// Keeps the triple for `finish()`.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try state.checkWrite("GraphMLWriter")
        builder.add(triple)
    }

    /// Builds the property graph, serialises it with libxml2 and writes the bytes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("GraphMLWriter")
        let bytes = try GraphMLWriter.serialize(builder.build())
        var buffer = ByteBuffer(output: output)
        buffer.append(contentsOf: bytes)
        try buffer.flush()
    }

    /// The GraphML document of `graph` as UTF-8 bytes.
    public static func serialize(_ graph: PropertyGraph) throws(GraphCoreError) -> [UInt8] {
        let xml = try XMLTextWriter()
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation",
                          "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd")

        // Keys: node keys, then edge keys, numbered d0, d1, … in this order.
        let nodeKeys = ["iri", "label", "type", "altLabels", "roles"] + graph.dataKeys + ["source"]
        let edgeKeys = ["relation", "role", "source", "quote"]
        var nodeKeyID: [String: String] = [:], edgeKeyID: [String: String] = [:]
        var counter = 0
        for (domain, names) in [("node", nodeKeys), ("edge", edgeKeys)] {
            for name in names {
                let keyID = "d" + String(counter)
                counter += 1
                if domain == "node" { nodeKeyID[name] = keyID } else { edgeKeyID[name] = keyID }
                try xml.startElement("key")
                try xml.attribute("id", keyID)
                try xml.attribute("for", domain)
                try xml.attribute("attr.name", name)
                try xml.attribute("attr.type", "string")
                try xml.endElement()
            }
        }

        try xml.startElement("graph")
        try xml.attribute("id", "G")
        try xml.attribute("edgedefault", "directed")
        func data(_ key: String?, _ value: String) throws(GraphCoreError) {
            guard let key, !value.isEmpty else { return }
            try xml.startElement("data")
            try xml.attribute("key", key)
            try xml.text(value)
            try xml.endElement()
        }
        for node in graph.nodes {
            try xml.startElement("node")
            try xml.attribute("id", node.id)
            try data(nodeKeyID["iri"], node.iri.string)
            try data(nodeKeyID["label"], node.label)
            try data(nodeKeyID["type"], node.kind.rawValue)
            try data(nodeKeyID["altLabels"], node.altLabels.joined(separator: " | "))
            try data(nodeKeyID["roles"], node.roles.joined(separator: " | "))
            for datum in node.data { try data(nodeKeyID[datum.key], datum.value) }
            try data(nodeKeyID["source"], node.sources.joined(separator: " | "))
            try xml.endElement()
        }
        for edge in graph.edges {
            try xml.startElement("edge")
            try xml.attribute("id", edge.id)
            try xml.attribute("source", graph.nodes[edge.source].id)
            try xml.attribute("target", graph.nodes[edge.target].id)
            try data(edgeKeyID["relation"], edge.relation)
            try data(edgeKeyID["role"], edge.role ?? "")
            try data(edgeKeyID["source"], edge.sources.joined(separator: " | "))
            try data(edgeKeyID["quote"], edge.quotes.joined(separator: " | "))
            try xml.endElement()
        }
        try xml.endElement()  // graph
        try xml.endElement()  // graphml
        return try xml.finish()
    }
}

/// A thin owner of an `xmlTextWriter` writing into memory; every string is sanitised for XML 1.0 on the way in.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?

    init() throws(GraphCoreError) {
        guard let buffer = xmlBufferCreate() else { throw XMLTextWriter.failure("xmlBufferCreate") }
        self.buffer = buffer
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLTextWriter.failure("xmlNewTextWriterMemory")
        }
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        _ = XMLTextWriter.cString("  ").withUnsafeBufferPointer { xmlTextWriterSetIndentString(writer, $0.baseAddress) }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    static func failure(_ call: String) -> GraphCoreError {
        .writeFailed(path: "GraphML", reason: "libxml2 \(call) failed")
    }

    /// `text` sanitised for XML 1.0 and NUL-terminated, ready for a `const xmlChar *` parameter.
    static func cString(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 1)
        XMLText.appendSanitized(text, to: &bytes)
        bytes.append(0)
        return bytes
    }

    private func check(_ result: Int32, _ call: String) throws(GraphCoreError) {
        if result < 0 { throw XMLTextWriter.failure(call) }
    }

    func startDocument() throws(GraphCoreError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    func startElement(_ name: String) throws(GraphCoreError) {
        try check(xmlTextWriterStartElement(writer, XMLTextWriter.cString(name)), "xmlTextWriterStartElement")
    }

    func attribute(_ name: String, _ value: String) throws(GraphCoreError) {
        try check(xmlTextWriterWriteAttribute(writer, XMLTextWriter.cString(name), XMLTextWriter.cString(value)),
                  "xmlTextWriterWriteAttribute")
    }

    func text(_ value: String) throws(GraphCoreError) {
        try check(xmlTextWriterWriteString(writer, XMLTextWriter.cString(value)), "xmlTextWriterWriteString")
    }

    func endElement() throws(GraphCoreError) {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Ends the document, frees the writer and returns the bytes written.
    func finish() throws(GraphCoreError) -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        xmlFreeTextWriter(writer)  // flushes into the buffer
        writer = nil
        guard let content = xmlBufferContent(buffer) else { throw XMLTextWriter.failure("xmlBufferContent") }
        let length = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: length))
    }
}
