#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRasqal
import GraphCore

/// One Rasqal world (with its Raptor world) and the log messages it reported; not shared between threads.
final class RasqalWorld {
    let world: OpaquePointer
    let raptor: OpaquePointer
    /// Errors and warnings logged since the last ``clearLog()``.
    private(set) var messages: [LogMessage] = []

    /// One logged message with its position.
    struct LogMessage {
        let level: Int
        let line: Int?
        let column: Int?
        let text: String
        var isError: Bool { level >= Int(RAPTOR_LOG_LEVEL_ERROR.rawValue) }
    }

    init() throws(QueryError) {
        guard let world = rasqal_new_world() else { throw .engineUnavailable("rasqal_new_world failed") }
        if rasqal_world_open(world) != 0 {
            rasqal_free_world(world)
            throw .engineUnavailable("rasqal_world_open failed")
        }
        guard let raptor = rasqal_world_get_raptor(world) else {
            rasqal_free_world(world)
            throw .engineUnavailable("no raptor world")
        }
        self.world = world
        self.raptor = raptor
        let me = Unmanaged.passUnretained(self).toOpaque()
        let handler: raptor_log_handler = { data, message in
            guard let data, let message else { return }
            let world = Unmanaged<RasqalWorld>.fromOpaque(data).takeUnretainedValue()
            world.log(message.pointee)
        }
        rasqal_world_set_log_handler(world, me, handler)
        raptor_world_set_log_handler(raptor, me, handler)
    }

    deinit { rasqal_free_world(world) }

    private func log(_ message: raptor_log_message) {
        var line: Int? = nil, column: Int? = nil
        if let locator = message.locator {
            let l = Int(raptor_locator_line(locator)), c = Int(raptor_locator_column(locator))
            if l > 0 { line = l }
            if c > 0 { column = c }
        }
        let text = message.text.map { String(cString: $0) } ?? "unknown error"
        messages.append(LogMessage(level: Int(message.level.rawValue), line: line, column: column, text: text))
    }

    func clearLog() { messages.removeAll() }

    /// The first error logged, if any.
    var firstError: LogMessage? { messages.first { $0.isError } }

    /// A new Raptor URI; nil only when out of memory.
    func uri(_ string: String) -> OpaquePointer? {
        raptor_new_uri(raptor, string)
    }

    /// Converts a Raptor term to a GraphCore term; `source` names the input in errors.
    static func term(_ term: UnsafeMutablePointer<raptor_term>, source: String) throws(QueryError) -> Term {
        let t = term.pointee
        switch t.type {
        case RAPTOR_TERM_TYPE_URI:
            let text = String(cString: raptor_uri_as_string(t.value.uri))
            guard let iri = try? IRI(validating: text) else { throw .unsupportedTerm(source: source, term: "<\(text)>") }
            return .iri(iri)
        case RAPTOR_TERM_TYPE_BLANK:
            let label = string(t.value.blank.string, Int(t.value.blank.string_len))
            return .blank(blankNode(label))
        case RAPTOR_TERM_TYPE_LITERAL:
            let lit = t.value.literal
            let lexical = string(lit.string, Int(lit.string_len))
            if let language = lit.language, lit.language_len > 0 {
                let tag = string(language, Int(lit.language_len))
                guard let literal = try? Literal(lexical, language: tag) else { throw .unsupportedTerm(source: source, term: "@\(tag)") }
                return .literal(literal)
            }
            if let datatype = lit.datatype {
                let text = String(cString: raptor_uri_as_string(datatype))
                guard let iri = try? IRI(validating: text) else { throw .unsupportedTerm(source: source, term: "^^<\(text)>") }
                return .literal(Literal(lexical, datatype: iri))
            }
            return .literal(Literal(lexical))
        default:
            throw .unsupportedTerm(source: source, term: "of unknown kind")
        }
    }

    /// A GraphCore blank node for a label from Raptor or Rasqal; other characters become their hex code.
    static func blankNode(_ label: String) -> BlankNode {
        if let node = try? BlankNode(validating: label) { return node }
        var safe = "b"
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                safe.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                safe += "_" + String(byte, radix: 16)
            }
        }
        return (try? BlankNode(validating: safe)) ?? (try! BlankNode(validating: "b"))
    }

    static func string(_ pointer: UnsafeMutablePointer<UInt8>?, _ count: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}

/// The RDF syntaxes Query reads.
public enum RDFSyntax: String, Sendable {
    /// Turtle (`.ttl`).
    case turtle
    /// N-Triples (`.nt`).
    case ntriples

    /// The syntax a file name's extension names; nil for other extensions.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".ttl") || lower.hasSuffix(".turtle") { self = .turtle }
        else if lower.hasSuffix(".nt") || lower.hasSuffix(".ntriples") { self = .ntriples }
        else { return nil }
    }

    /// Raptor's parser name.
    var parserName: String { rawValue }
}

/// Parses Turtle or N-Triples with Raptor into GraphCore triples.
public enum RDFReader {
    /// Parses `bytes` in `syntax`; `source` names the input in error messages.
    public static func parse(_ bytes: [UInt8], syntax: RDFSyntax, source: String,
                             base: String = "file:///graph-export/") throws(QueryError) -> [Triple] {
        let world = try RasqalWorld()
        guard let parser = raptor_new_parser(world.raptor, syntax.parserName) else {
            throw .engineUnavailable("no Raptor parser for \(syntax.rawValue)")
        }
        defer { raptor_free_parser(parser) }
        final class Collector {
            var triples: [Triple] = []
            var error: QueryError?
            let source: String
            init(source: String) { self.source = source }
        }
        let collector = Collector(source: source)
        let handler: raptor_statement_handler = { data, statement in
            guard let data, let statement else { return }
            let collector = Unmanaged<Collector>.fromOpaque(data).takeUnretainedValue()
            guard collector.error == nil else { return }
            do throws(QueryError) {
                let s = try RasqalWorld.term(statement.pointee.subject, source: collector.source)
                let p = try RasqalWorld.term(statement.pointee.predicate, source: collector.source)
                let o = try RasqalWorld.term(statement.pointee.object, source: collector.source)
                guard let predicate = p.iri, s.literal == nil else { return }
                collector.triples.append(Triple(s, predicate, o))
            } catch {
                collector.error = error
            }
        }
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        raptor_parser_set_statement_handler(parser, box.toOpaque(), handler)
        guard let baseURI = world.uri(base) else { throw .engineUnavailable("raptor_new_uri failed") }
        defer { raptor_free_uri(baseURI) }
        var status = raptor_parser_parse_start(parser, baseURI)
        if status == 0 {
            status = bytes.withUnsafeBufferPointer { buffer in
                raptor_parser_parse_chunk(parser, buffer.baseAddress, buffer.count, 1)
            }
        }
        if let error = collector.error { throw error }
        if let logged = world.firstError {
            throw .rdfSyntax(source: source, line: logged.line, column: logged.column, message: logged.text)
        }
        if status != 0 { throw .rdfSyntax(source: source, line: nil, column: nil, message: "the parser gave up") }
        return collector.triples
    }

    /// Reads and parses a file; the syntax follows its extension (`.ttl`, `.nt`), Turtle otherwise.
    public static func read(path: String) throws(QueryError) -> [Triple] {
        let bytes = try FileBytes.readAll(path)
        return try parse(bytes, syntax: RDFSyntax(path: path) ?? .turtle, source: path)
    }
}

/// Reads whole files as bytes, with errors naming the path.
enum FileBytes {
    static func readAll(_ path: String) throws(QueryError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
