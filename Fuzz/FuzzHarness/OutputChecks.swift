#if canImport(Glibc)
import Glibc
#endif
import CLibXML2
import Exporters
import Extractors
import GraphCore

/// Renders a resolved graph in every format and checks what can be checked in-process.
///
/// Checked: every output is valid UTF-8 without NUL bytes; N-Triples and N-Quads have one line per triple or quad, each
/// ending in ` .`; GraphML is well-formed XML (libxml2, no recovery); DOT quotes are balanced. The third-party
/// validators (rapper, xmllint with the GraphML schema, dot) check the files `scripts/fuzz-validate` saves.
public enum OutputChecks {
    /// Writes `graph` in every format, as the pipeline does (quad formats through ``RDFMapper/writeQuads(_:to:)``);
    /// with `saveTo`, also stores each output as `<saveTo>/<name>.<ext>`.
    public static func writeAll(_ graph: ResolvedGraph, name: String, saveTo directory: String?,
                                mapper: RDFMapper = RDFMapper()) -> [String] {
        var triples = 0, quads = 0
        do {
            try mapper.emit(graph) { _ in triples += 1 }
            try mapper.emitQuads(graph) { _, _ in quads += 1 }
        } catch {
            return ["mapper failed: \(error)"]
        }
        var problems: [String] = []
        for format in OutputFormat.allCases {
            let output = MemoryOutput()
            do {
                if var quadSink = format.makeQuadSink(output: output) {
                    try mapper.writeQuads(graph, to: &quadSink)
                } else {
                    var sink = format.makeSink(output: output)
                    try mapper.write(graph, to: &sink)
                }
            } catch {
                problems.append("\(format) writer failed: \(error)")
                continue
            }
            problems += check(output.bytes, format: format, triples: format == .nquads ? quads : triples)
            if format == .turtle { problems += checkBatches(graph, mapper: mapper, expected: output.bytes) }
            if let directory { save(output.bytes, to: "\(directory)/\(name).\(format.fileExtension)") }
        }
        return problems
    }

    /// The Turtle writer handed the triples as encoded batches (as the pipeline does with two threads), in batches
    /// of a size drawn from the graph, must write `expected`, the bytes it writes when handed `Triple`s.
    static func checkBatches(_ graph: ResolvedGraph, mapper: RDFMapper, expected: [UInt8]) -> [String] {
        let output = MemoryOutput()
        var writer = TurtleWriter(output: output, threads: 2)
        let size = 1 + graph.facts.count % 7
        do throws(GraphCoreError) {
            var triples: [Triple] = []
            try mapper.emit(graph) { triples.append($0) }
            try writer.start(prefixes: mapper.prefixes)
            try writer.write(triples, inBatchesOf: size)
            try writer.finish()
        } catch {
            return ["turtle from batches failed: \(error)"]
        }
        return output.bytes == expected ? [] : ["turtle from batches differs from turtle from triples"]
    }

    /// The invariants of one output of a mapping that emitted `triples` triples.
    public static func check(_ bytes: [UInt8], format: OutputFormat, triples: Int) -> [String] {
        var problems: [String] = []
        if bytes.contains(0) { problems.append("\(format): output contains a NUL byte") }
        if !TextDecoding.isValidUTF8(bytes) { problems.append("\(format): output is not valid UTF-8") }
        switch format {
        case .ntriples, .nquads:
            let label = format == .nquads ? "nquads" : "ntriples"
            var lines = 0
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                lines += 1
                let line = bytes[start..<index]
                if line.count < 2 || line.suffix(2) != [0x20, 0x2E] { problems.append("\(label): line \(lines) does not end with ' .'") }
                start = index + 1
            }
            if start != bytes.count { problems.append("\(label): last line has no line end") }
            // One line per emitted triple, and no triple twice.
            if lines != triples { problems.append("\(label): \(lines) lines for \(triples) statements") }
            var distinct = Set<ArraySlice<UInt8>>()
            var lineStart = 0
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                distinct.insert(bytes[lineStart..<index])
                lineStart = index + 1
            }
            if distinct.count != lines { problems.append("\(label): \(lines - distinct.count) duplicate lines") }
        case .graphml:
            if let message = xmlProblem(bytes) { problems.append("graphml: not well-formed XML: \(message)") }
        case .dot:
            var inQuote = false, escaped = false
            for byte in bytes {
                if escaped { escaped = false; continue }
                if inQuote && byte == 0x5C { escaped = true } else if byte == 0x22 { inQuote.toggle() } else if inQuote && (byte == 0x0A || byte == 0x0D) {
                    problems.append("dot: raw line end inside a quoted ID"); break
                }
            }
            if inQuote { problems.append("dot: unbalanced quotes") }
        case .turtle, .trig:
            break
        }
        return problems
    }

    /// nil when libxml2 parses `bytes` as well-formed XML, else the first error message.
    static func xmlProblem(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return "empty document" }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "fuzz.graphml", "UTF-8", options)
            }
        }
        guard let document else {
            if let error = xmlGetLastError(), let message = error.pointee.message { return String(cString: message) }
            return "libxml2 built no document"
        }
        xmlFreeDoc(document)
        return nil
    }

    static func save(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
}
