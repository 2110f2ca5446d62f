import ArgumentParser
import Foundation
import GraphCore
import Exporters
import Query

/// `graph-export query [--graph FILE | INPUT...] 'SELECT …' | --file q.rq [--format F]`
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer a SPARQL 1.1 SELECT, ASK or CONSTRUCT query on the graph (Rasqal).",
        discussion: """
            The graph is a Turtle/N-Triples file (--graph) or documents extracted on the spot. The prefixes \
            ge:, org:, schema:, skos:, prov:, rdf:, rdfs:, xsd: and id: are predeclared. SELECT prints an aligned \
            table on a terminal and TSV otherwise (or --format table|csv|tsv|json, the W3C result formats); \
            ASK prints true or false; CONSTRUCT writes Turtle.
            """
    )

    @OptionGroup var graph: GraphOptions

    @Option(name: .customLong("file"), help: "Read the query from this file.")
    var queryFile: String?

    @Option(help: "Result format: table, csv, tsv or json. Default: table on a terminal, else tsv.")
    var format: ResultFormat?

    @Argument(help: "The query (unless --file), then documents to extract when there is no --graph.")
    var arguments: [String] = []

    func validate() throws {
        if queryFile == nil && arguments.isEmpty { throw ValidationError("give the query as the first argument or with --file") }
        try graph.validate(inputs: inputs)
    }

    private var inputs: [String] { queryFile == nil ? Array(arguments.dropFirst()) : arguments }

    func run() throws {
        try reportingErrors {
            let text: String
            if let queryFile {
                text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: queryFile)), as: UTF8.self)
            } else {
                text = arguments[0]
            }
            let source = try graph.makeSource(inputs: inputs)
            let engine: SPARQLEngine
            if let file = source as? RDFFileSource {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file.path))
                engine = SPARQLEngine(rdf: [UInt8](bytes), syntax: RDFSyntax(path: file.path) ?? .turtle, prefixes: graph.prefixes)
            } else {
                engine = try SPARQLEngine(triples: try source.triples(), prefixes: graph.prefixes)
            }
            let result = try engine.execute(text)
            if case .graph(let triples) = result {
                try OutputFormat.turtle.write(prefixes: graph.prefixes, triples: triples, to: DescriptorOutput.standardOutput())
                return
            }
            let chosen = format ?? (isatty(1) != 0 ? .table : .tsv)
            writeOut(ResultWriter.render(result, format: chosen, prefixes: graph.prefixes))
        }
    }
}
