import ArgumentParser
import Foundation
import GraphCore
import Query

/// `graph-export push [FILE | INPUT...] --endpoint URL --graph IRI [--replace] [--user U --password-file F]`
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Load the graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.",
        discussion: """
            FILE is a .ttl or .nt file; other inputs (.txt, .md, .html, folders) are extracted first. The graph \
            is sent as N-Triples in chunks of at most --chunk-size triples: POST adds to the named graph; with \
            --replace the first chunk is a PUT, which replaces it. Transient failures are retried 3 times. Digest \
            and Basic authentication answer the server's challenge. Examples of endpoints: Virtuoso \
            http://HOST:8890/sparql-graph-crud-auth, Fuseki http://HOST:3030/DATASET/data, Oxigraph http://HOST:7878/store.
            """
    )

    @Argument(help: "A .ttl/.nt file, or documents and folders to extract.")
    var inputs: [String]

    @Option(help: "The Graph Store endpoint URL.")
    var endpoint: String

    @Option(name: .customLong("graph"), help: "The IRI of the named graph to load into.")
    var graphIRI: String

    @Flag(help: "Replace the named graph (the first request is a PUT).")
    var replace = false

    @Option(help: "User name for digest or basic authentication.")
    var user: String?

    @Option(name: .customLong("password-file"), help: "A file whose first line is the password.")
    var passwordFile: String?

    @Option(name: .customLong("chunk-size"), help: "Most triples in one request (at most 50000).")
    var chunkSize: Int = 50_000

    @Option(name: .customLong("graph-parameter"), help: "Query parameter naming the graph (graph; Virtuoso also takes graph-uri).")
    var graphParameter: String = "graph"

    @Option(name: .customLong("base-iri"), help: "Base IRI of entity IRIs when extracting documents.")
    var baseIRI: String = KnowledgeGraph.defaultBase.string

    @Flag(name: .shortAndLong, help: "Print no progress or summary.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name a .ttl/.nt file or documents to push") }
        if !(1...50_000).contains(chunkSize) { throw ValidationError("--chunk-size must be between 1 and 50000") }
        if (user == nil) != (passwordFile == nil) { throw ValidationError("--user and --password-file go together") }
        if (try? IRI(validating: graphIRI)) == nil { throw ValidationError("--graph: not an absolute IRI: \(graphIRI)") }
    }

    func run() throws {
        try reportingErrors {
            let rdfFiles = inputs.filter { RDFSyntax(path: $0) != nil }
            let source: TripleSource
            if rdfFiles.count == 1 && inputs.count == 1 {
                source = RDFFileSource(path: rdfFiles[0])
            } else if rdfFiles.isEmpty {
                source = DocumentSourceTriples(inputs: inputs, base: try IRI(validating: baseIRI))
            } else {
                throw ValidationError("push one .ttl/.nt file, or documents to extract, not both")
            }
            var credentials: (user: String, password: String)? = nil
            if let user, let passwordFile {
                let text: String
                do { text = try String(contentsOfFile: passwordFile, encoding: .utf8) } catch {
                    throw QueryError.unreadablePasswordFile(path: passwordFile, reason: error.localizedDescription)
                }
                credentials = (user, String(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first ?? ""))
            }
            let triples = try source.triples()
            let push = try GraphStorePush(endpoint: endpoint, graph: try IRI(validating: graphIRI), replace: replace,
                                          credentials: credentials, chunkSize: chunkSize, graphParameter: graphParameter)
            let total = triples.count
            let report = try push.push(triples) { done in
                if !quiet && total > chunkSize { StandardError.print("graph-export: \(done) of \(total) triples confirmed") }
            }
            if !quiet { StandardError.print("graph-export: pushed \(source.name) to \(endpoint) graph <\(graphIRI)>: \(report)") }
        }
    }
}
