import CRasqal
import GraphCore
import Exporters

/// The answer to a SPARQL query.
public enum SPARQLResult: Equatable, Sendable {
    /// SELECT: the projected variables and one row per solution (nil where a variable is unbound).
    case bindings(variables: [String], rows: [[Term?]])
    /// ASK.
    case boolean(Bool)
    /// CONSTRUCT: the constructed triples.
    case graph([Triple])
}

/// SPARQL 1.1 SELECT, ASK and CONSTRUCT over one RDF graph, answered by Redland's Rasqal.
///
/// The graph is held as N-Triples or Turtle bytes and handed to Rasqal as its default
/// graph for each query. The project's prefixes are declared in front of the query on
/// one extra line (unless the query declares the prefix itself), and syntax errors are
/// reported with lines counted in the user's query.
public final class SPARQLEngine {
    private let data: [UInt8]
    private let syntax: RDFSyntax
    /// The prefixes declared in front of every query.
    public let prefixes: [Prefix]

    /// An engine over RDF text in `syntax`.
    public init(rdf: [UInt8], syntax: RDFSyntax, prefixes: [Prefix]) {
        self.data = rdf
        self.syntax = syntax
        self.prefixes = prefixes
    }

    /// An engine over `triples`, serialised to N-Triples in memory with the project's writer.
    public convenience init(triples: [Triple], prefixes: [Prefix]) throws(QueryError) {
        let memory = MemoryOutput()
        var writer = NTriplesWriter(output: memory)
        do throws(GraphCoreError) {
            try writer.start(prefixes: prefixes)
            for triple in triples { try writer.write(triple) }
            try writer.finish()
        } catch {
            throw .engineUnavailable("cannot serialise the graph: \(error)")
        }
        self.init(rdf: memory.bytes, syntax: .ntriples, prefixes: prefixes)
    }

    /// The PREFIX line put in front of `query`: every project prefix the query does not declare itself.
    public func preamble(for query: String) -> String {
        let declared = SPARQLText.declaredPrefixes(query)
        return prefixes.filter { !declared.contains($0.name) }
            .map { "PREFIX \($0.name): <\($0.namespace.string)>" }
            .joined(separator: " ") + "\n"
    }

    /// Parses and runs `query`; syntax errors carry the line and column in `query` itself.
    public func execute(_ query: String) throws(QueryError) -> SPARQLResult {
        let form = SPARQLText.form(query)
        if let form, form != "SELECT", form != "ASK", form != "CONSTRUCT" { throw .unsupportedQueryForm(form) }
        let world = try RasqalWorld()
        guard let q = rasqal_new_query(world.world, "sparql11", nil) else { throw .engineUnavailable("no sparql11 query language") }
        defer { rasqal_free_query(q) }
        let full = preamble(for: query) + query
        guard let base = world.uri("file:///graph-export/query") else { throw .engineUnavailable("raptor_new_uri failed") }
        defer { raptor_free_uri(base) }
        if rasqal_query_prepare(q, full, base) != 0 {
            let logged = world.firstError
            let message = logged?.text ?? "the query does not parse"
            // Rasqal counts lines in the full text (one preamble line) and gives no column: find the token in the user's line.
            let line = logged?.line.map { max(1, $0 - 1) }
            let preamble = preamble(for: query)
            let position = SPARQLText.locate(message: message, line: line, in: query) { prefix in
                world.clearLog()
                guard let trial = rasqal_new_query(world.world, "sparql11", nil) else { return nil }
                defer { rasqal_free_query(trial) }
                if rasqal_query_prepare(trial, preamble + prefix, base) == 0 { return nil }
                return world.firstError?.text
            }
            throw .querySyntax(line: position.line, column: position.column, message: message)
        }
        world.clearLog()
        // Rasqal reads the data when the query runs; the bytes must stay alive until then.
        return try data.withUnsafeBufferPointer { (buffer) throws(QueryError) -> SPARQLResult in
            guard let stream = raptor_new_iostream_from_string(world.raptor, UnsafeMutableRawPointer(mutating: buffer.baseAddress),
                                                                buffer.count) else {
                throw .engineUnavailable("raptor_new_iostream_from_string failed")
            }
            guard let dataBase = world.uri("file:///graph-export/data") else { throw .engineUnavailable("raptor_new_uri failed") }
            defer { raptor_free_uri(dataBase) }
            guard let graph = rasqal_new_data_graph_from_iostream(world.world, stream, dataBase, nil,
                                                                   UInt32(RASQAL_DATA_GRAPH_BACKGROUND.rawValue),
                                                                   nil, syntax.parserName, nil) else {
                raptor_free_iostream(stream)
                throw .engineUnavailable("rasqal_new_data_graph_from_iostream failed")
            }
            defer { rasqal_free_data_graph(graph) }
            // The data graph owns the stream from here on (rasqal frees it with the graph).
            if rasqal_query_add_data_graph(q, graph) != 0 { throw .queryExecution("cannot attach the graph") }
            guard let results = rasqal_query_execute(q) else {
                throw .queryExecution(world.firstError?.text ?? "rasqal_query_execute failed")
            }
            defer { rasqal_free_query_results(results) }
            if let error = world.firstError { throw .queryExecution(error.text) }
            return try Self.collect(results, world: world)
        }
    }

    private static func collect(_ results: OpaquePointer, world: RasqalWorld) throws(QueryError) -> SPARQLResult {
        if rasqal_query_results_is_boolean(results) != 0 {
            let value = rasqal_query_results_get_boolean(results)
            if value < 0 { throw .queryExecution(world.firstError?.text ?? "ASK failed") }
            return .boolean(value > 0)
        }
        if rasqal_query_results_is_graph(results) != 0 {
            var triples: [Triple] = []
            while let statement = rasqal_query_results_get_triple(results) {
                let s = try RasqalWorld.term(statement.pointee.subject, source: "CONSTRUCT")
                let p = try RasqalWorld.term(statement.pointee.predicate, source: "CONSTRUCT")
                let o = try RasqalWorld.term(statement.pointee.object, source: "CONSTRUCT")
                if let predicate = p.iri, s.literal == nil { triples.append(Triple(s, predicate, o)) }
                if rasqal_query_results_next_triple(results) != 0 { break }
            }
            if let error = world.firstError { throw .queryExecution(error.text) }
            return .graph(triples)
        }
        guard rasqal_query_results_is_bindings(results) != 0 else { throw .queryExecution("unknown result kind") }
        let count = Int(rasqal_query_results_get_bindings_count(results))
        var variables: [String] = []
        for i in 0..<count {
            variables.append(rasqal_query_results_get_binding_name(results, Int32(i)).map { String(cString: $0) } ?? "_\(i)")
        }
        var rows: [[Term?]] = []
        while rasqal_query_results_finished(results) == 0 {
            var row: [Term?] = []
            for i in 0..<count {
                row.append(try term(rasqal_query_results_get_binding_value(results, Int32(i))))
            }
            rows.append(row)
            if rasqal_query_results_next(results) != 0 { break }
        }
        if let error = world.firstError { throw .queryExecution(error.text) }
        return .bindings(variables: variables, rows: rows)
    }

    /// Converts a Rasqal value to a term; nil for an unbound variable.
    private static func term(_ literal: UnsafeMutablePointer<rasqal_literal>?) throws(QueryError) -> Term? {
        guard let literal else { return nil }
        let l = literal.pointee
        let lexical = l.string.map { String(cString: $0) } ?? ""
        switch l.type {
        case RASQAL_LITERAL_URI:
            guard let uri = l.value.uri else { return nil }
            let text = String(cString: raptor_uri_as_string(uri))
            guard let iri = try? IRI(validating: text) else { throw .unsupportedTerm(source: "results", term: "<\(text)>") }
            return .iri(iri)
        case RASQAL_LITERAL_BLANK:
            return .blank(RasqalWorld.blankNode(lexical))
        case RASQAL_LITERAL_UNKNOWN, RASQAL_LITERAL_VARIABLE, RASQAL_LITERAL_PATTERN:
            return nil
        default:
            if let language = l.language, language.pointee != 0 {
                let tag = String(cString: language)
                if let tagged = try? Literal(lexical, language: tag) { return .literal(tagged) }
            }
            if let datatype = rasqal_literal_datatype(literal) {
                let text = String(cString: raptor_uri_as_string(datatype))
                if let iri = try? IRI(validating: text) { return .literal(Literal(lexical, datatype: iri)) }
            }
            return .literal(Literal(lexical))
        }
    }
}

/// Small lexical facts about SPARQL text, read without parsing it.
enum SPARQLText {
    /// Prefix names the query declares with `PREFIX name:` (case-insensitive keyword).
    static func declaredPrefixes(_ query: String) -> Set<String> {
        var names: Set<String> = []
        let bytes = Array(query.utf8)
        var i = 0
        while i + 6 <= bytes.count {
            if matchesKeyword(bytes, at: i, "prefix") {
                var j = i + 6
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
                let start = j
                while j < bytes.count, bytes[j] != UInt8(ascii: ":"), bytes[j] > 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ":") {
                    names.insert(String(decoding: bytes[start..<j], as: UTF8.self))
                }
                i = j
            } else {
                i += 1
            }
        }
        return names
    }

    /// Line and column (1-based, in Unicode scalars) of the token an error message names.
    ///
    /// Bison messages name the unexpected token (`unexpected '}'`, `unexpected WHERE`,
    /// `unexpected $end`); other messages quote the offending text (`"foo:bar"`). The token
    /// is searched in the reported line, or in the whole query when no line is known.
    /// When the token occurs more than once, `errorOf` parses the query cut just after each
    /// occurrence: the first cut that fails with the same message is the one.
    static func locate(message: String, line: Int?, in query: String,
                       errorOf: (String) -> String? = { _ in nil }) -> (line: Int?, column: Int?) {
        let lines = query.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func column(of needle: String, inLine n: Int, caseInsensitive: Bool) -> Int? {
            let text = lines[n]
            guard !needle.isEmpty else { return nil }
            let hay = Array(text.unicodeScalars), pin = Array(needle.unicodeScalars)
            guard hay.count >= pin.count else { return nil }
            func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
                caseInsensitive && c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c
            }
            var hits: [Int] = []
            for start in 0...(hay.count - pin.count) where (0..<pin.count).allSatisfy({ fold(hay[start + $0]) == fold(pin[$0]) }) {
                hits.append(start)
            }
            guard let firstHit = hits.first else { return nil }
            if hits.count > 1 {
                let before = lines[..<n].map { $0 + "\n" }.joined()
                for hit in hits {
                    var cut = before
                    cut.unicodeScalars.append(contentsOf: hay[..<(hit + pin.count)])
                    if errorOf(cut) == message { return hit + 1 }
                }
            }
            return firstHit + 1
        }
        var token: String? = nil
        var caseInsensitive = false
        if let range = message.firstRange(of: "unexpected ") {
            let rest = message[range.upperBound...]
            let word = String(rest.prefix { $0 != "," && $0 != " " })
            if word == "$end" {
                // The end of the query: just past its last non-blank character.
                for n in stride(from: lines.count - 1, through: 0, by: -1) {
                    let trimmed = lines[n].unicodeScalars.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
                    if !trimmed.isEmpty { return (n + 1, trimmed.count + 1) }
                }
                return (line, nil)
            }
            if word.hasPrefix("'"), word.hasSuffix("'"), word.count >= 3 {
                token = String(word.dropFirst().dropLast())
            } else if word.allSatisfy({ $0.isUppercase || $0 == "_" }) && !word.contains("_") {
                token = word
                caseInsensitive = true
            }
        } else if let open = message.firstIndex(of: "\""), let close = message[message.index(after: open)...].firstIndex(of: "\"") {
            token = String(message[message.index(after: open)..<close])
        }
        guard let token else { return (line, nil) }
        if let line, line <= lines.count {
            return (line, column(of: token, inLine: line - 1, caseInsensitive: caseInsensitive))
        }
        for n in lines.indices {
            if let c = column(of: token, inLine: n, caseInsensitive: caseInsensitive) { return (n + 1, c) }
        }
        return (line, nil)
    }

    /// The query form keyword (SELECT, ASK, CONSTRUCT, DESCRIBE, INSERT, …) after the prologue, upper-cased.
    static func form(_ query: String) -> String? {
        let forms = ["select", "ask", "construct", "describe", "insert", "delete", "load", "clear", "drop", "create", "with"]
        let bytes = Array(query.utf8)
        var i = 0
        var inIRI = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "#") && !inIRI {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                continue
            }
            if b == UInt8(ascii: "<") { inIRI = true } else if b == UInt8(ascii: ">") { inIRI = false }
            if !inIRI {
                for f in forms where matchesKeyword(bytes, at: i, f) { return f.uppercased() }
            }
            i += 1
        }
        return nil
    }

    private static func matchesKeyword(_ bytes: [UInt8], at i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count else { return false }
        if i > 0, isNameByte(bytes[i - 1]) { return false }
        for k in 0..<w.count where bytes[i + k] | 0x20 != w[k] { return false }
        if i + w.count < bytes.count, isNameByte(bytes[i + w.count]) { return false }
        return true
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
            || b == UInt8(ascii: "?") || b == UInt8(ascii: "$") || b >= 0x80
    }
}
