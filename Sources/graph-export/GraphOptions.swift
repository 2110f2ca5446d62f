import ArgumentParser
import Foundation
import GraphCore
import Pipeline
import Query

/// Where `query`, `show`, `neighbors`, `path` and `push` read the graph from: `--graph FILE`, `--store DB` or documents.
///
/// To add another back end, add its option here and a case in ``makeSource(inputs:)`` that returns its `TripleSource`.
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("graph"), help: "A Turtle (.ttl) or N-Triples (.nt) file written by extract.")
    var graphFile: String?

    @Option(name: .customLong("store"), help: "A SQLite store filled by extract --store; its documents are resolved in memory.")
    var storePath: String?

    @Option(name: .customLong("base-iri"), help: "Base IRI of entity IRIs when extracting documents; must end with / or #.")
    var baseIRI: String = KnowledgeGraph.defaultBase.string

    /// Checks that exactly one source is named.
    func validate(inputs: [String]) throws {
        let named = (graphFile == nil ? 0 : 1) + (storePath == nil ? 0 : 1) + (inputs.isEmpty ? 0 : 1)
        if named == 0 { throw ValidationError("name --graph FILE, --store DB or documents to extract") }
        if named > 1 { throw ValidationError("name only one of --graph FILE, --store DB or documents") }
        if (try? IRI(validating: baseIRI)) == nil { throw ValidationError("--base-iri: not an IRI: \(baseIRI)") }
    }

    /// The source the options name.
    func makeSource(inputs: [String]) throws -> TripleSource {
        if let graphFile { return RDFFileSource(path: graphFile) }
        if let storePath { return StoreSourceTriples(storePath: storePath, base: try IRI(validating: baseIRI)) }
        return DocumentSourceTriples(inputs: inputs, base: try IRI(validating: baseIRI))
    }

    /// The prefixes declared in front of queries: the standard ones plus `id:`.
    var prefixes: [Prefix] {
        StandardPrefixes.all + [Prefix("id", (try? IRI(validating: baseIRI)) ?? KnowledgeGraph.defaultBase)]
    }
}

/// Documents extracted in memory through the pipeline; nothing is written to disk.
struct DocumentSourceTriples: TripleSource {
    let inputs: [String]
    let base: IRI

    var name: String { inputs.joined(separator: " ") }

    func triples() throws -> [Triple] {
        let errors = ErrorCounter()
        let request = ExtractRequest(inputs: inputs, base: base)
        let resolved = try ExtractJob(request: request).resolve { diagnostic in
            if diagnostic.severity == .error { errors.increment() }
            StandardError.print("graph-export: \(diagnostic)")
        }
        var triples: [Triple] = []
        try RDFMapper(base: base).emit(resolved) { (t: Triple) throws(GraphCoreError) in triples.append(t) }
        return triples
    }
}

/// Every document of a store, resolved in memory; nothing is written.
struct StoreSourceTriples: TripleSource {
    let storePath: String
    let base: IRI

    var name: String { storePath }

    func triples() throws -> [Triple] {
        let resolved = try ExportJob(request: ExportRequest(storePath: storePath, base: base)).resolve { diagnostic in
            StandardError.print("graph-export: \(diagnostic)")
        }
        var triples: [Triple] = []
        try RDFMapper(base: base).emit(resolved) { (t: Triple) throws(GraphCoreError) in triples.append(t) }
        return triples
    }
}

/// Runs `body`, printing any error as `graph-export: error: …` and exiting 1 (2 for an ambiguous name).
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as QueryError {
        StandardError.print("graph-export: error: \(error)")
        if case .ambiguousName = error { throw ExitCode(2) }
        throw ExitCode(1)
    } catch {
        StandardError.print("graph-export: error: \(error)")
        throw ExitCode(1)
    }
}

/// Writes text to standard output.
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

extension ResultFormat: ExpressibleByArgument {}
