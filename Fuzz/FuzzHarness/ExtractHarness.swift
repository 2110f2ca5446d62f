import Exporters
import Extractors
import GraphCore

/// The whole of graph-export on arbitrary bytes: reader, extraction, resolution, mapping and every writer.
///
/// The first byte may choose the reader: `0x01` plain text, `0x02` Markdown, `0x03` HTML (the byte is then
/// dropped); any other input is sniffed as standard input is. Returns the broken invariants (empty when all
/// hold); the fuzz target traps on a non-empty result, the regression tests expect it empty.
public enum ExtractHarness {
    /// Inputs larger than this are cut, so that one fuzz input cannot take unbounded time.
    public static let maximumInputBytes = 1 << 20

    /// Runs the pipeline on `data` and returns every invariant it broke.
    public static func run(_ data: [UInt8]) -> [String] {
        var bytes = data.count > maximumInputBytes ? Array(data[0..<maximumInputBytes]) : data
        var format: DocumentFormat
        if let first = bytes.first, first >= 0x01 && first <= 0x03 {
            format = first == 0x01 ? .plainText : first == 0x02 ? .markdown : .html
            bytes.removeFirst()
        } else {
            format = DocumentReader.sniffFormat(bytes)
            if format == .plainText, DocumentFormat.looksLikeMarkdown(bytes) { format = .markdown }
        }
        let name = "fuzz." + (format == .html ? "html" : format == .markdown ? "md" : "txt")
        let document: SourceDocument
        do {
            document = try DocumentReader.read(bytes: bytes, name: name, format: format)
        } catch {
            // A refusal is allowed, but it must name the input.
            return error.description.contains(name) ? [] : ["reader error does not name the input: \(error)"]
        }
        var problems: [String] = []
        for warning in document.warnings where !warning.contains(name) {
            problems.append("warning does not name the input: \(warning)")
        }
        if document.text.utf8.contains(0x0D) { problems.append("extracted text contains CR") }
        if document.text.utf8.contains(0x00) { problems.append("extracted text contains NUL") }
        let extraction = Extractor.bundled().extract(name: document.name, text: document.text, contentHash: document.contentHash)
        problems += ExtractionChecks.check(extraction, text: document.text)
        var graph: KnowledgeGraph
        do { graph = try KnowledgeGraph() } catch { return problems + ["default base rejected: \(error)"] }
        graph.add(extraction)
        problems += OutputChecks.writeAll(graph.resolve(), name: name, saveTo: nil)
        return problems
    }
}

/// Invariants of one document's extraction.
enum ExtractionChecks {
    static func check(_ extraction: DocumentExtraction, text: String) -> [String] {
        var problems: [String] = []
        let scalars = text.unicodeScalars.count
        for (index, entity) in extraction.entities.enumerated() {
            if entity.label.isEmpty { problems.append("entity \(index) has an empty label") }
        }
        for fact in extraction.facts {
            if fact.subject < 0 || fact.subject >= extraction.entities.count {
                problems.append("fact \(fact.relation) has subject index \(fact.subject) out of range")
            }
            switch fact.object {
            case .entity(let o) where o < 0 || o >= extraction.entities.count:
                problems.append("fact \(fact.relation) has object index \(o) out of range")
            case .post(_, let o?) where o < 0 || o >= extraction.entities.count:
                problems.append("fact \(fact.relation) has post organisation index \(o) out of range")
            default: break
            }
            let e = fact.evidence
            if e.begin < 0 || e.end < e.begin || e.end > scalars {
                problems.append("evidence offsets \(e.begin)..<\(e.end) outside the text (\(scalars) scalars)")
            }
            if !(0...1).contains(e.confidence) { problems.append("confidence \(e.confidence) outside 0…1") }
        }
        return problems
    }
}
