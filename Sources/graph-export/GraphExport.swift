import ArgumentParser
import Foundation
import GraphCore
import Exporters
import Pipeline

/// The `graph-export` command: German press releases in, a knowledge graph out.
@main
struct GraphExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph-export",
        abstract: "Build a knowledge graph from German press releases, newsletters and web pages.",
        version: "0.1.0",
        subcommands: [Extract.self, Export.self, Merge.self, QueryCommand.self, ShowCommand.self, NeighborsCommand.self, PathCommand.self, PushCommand.self]
    )
}

/// The options every command that writes a graph shares: output, format, base IRI, provenance, confidence.
struct GraphOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file; its extension (.ttl, .nt, .graphml, .dot, .trig, .nq) chooses the format. Default: standard output.")
    var output: String?

    @Option(help: "Output format: turtle, ntriples, graphml, dot, trig or nquads. Default: from the -o extension, else turtle.")
    var format: OutputFormat?

    @Option(name: .customLong("base-iri"), help: "Base IRI of entity IRIs; must end with / or #.")
    var baseIRI: String = KnowledgeGraph.defaultBase.string

    @Option(help: """
        Provenance: statements (rdf:Statement nodes), none (truthy facts only) or graphs (one named graph per \
        document; TriG and N-Quads only). Default: graphs for .trig/.nq, else statements.
        """)
    var provenance: ProvenanceMode?

    @Option(name: .customLong("min-confidence"), help: "Leave out facts whose rule confidence is below this (0…1).")
    var minConfidence: Double = 0

    /// The format chosen by --format, the -o extension, or Turtle.
    var chosenFormat: OutputFormat { format ?? output.flatMap { try? OutputFormat(path: $0) } ?? .turtle }

    /// The provenance chosen by --provenance, or the format's default.
    var chosenProvenance: ProvenanceMode { provenance ?? (chosenFormat.hasNamedGraphs ? .graphs : .statements) }

    func validate() throws {
        if let output, output != "-" {
            guard let byExtension = try? OutputFormat(path: output) else {
                throw ValidationError("cannot tell the format from '\(output)': use .ttl, .nt, .graphml, .dot, .trig or .nq, or --format")
            }
            if let format, format != byExtension {
                throw ValidationError("--format \(format.rawValue) contradicts the extension of '\(output)' (\(byExtension.rawValue))")
            }
        }
        if chosenProvenance == .graphs && !chosenFormat.hasNamedGraphs {
            throw ValidationError("--provenance graphs needs a format with named graphs: -o FILE.trig or FILE.nq (or --format trig|nquads)")
        }
        if chosenFormat.hasNamedGraphs && chosenProvenance != .graphs {
            throw ValidationError("\(chosenFormat.rawValue) carries provenance as named graphs: use --provenance graphs (the default for .trig/.nq)")
        }
        do {
            let iri = try IRI(validating: baseIRI)
            _ = try KnowledgeGraph(base: iri)
        } catch {
            throw ValidationError("--base-iri: \(error)")
        }
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
    }
}

/// `graph-export extract INPUT... [-o FILE] [--store DB [--prune]] [--shard K/N] …`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities and facts from documents and write the graph.",
        discussion: """
            Inputs are .txt, .md and .html files, folders (read recursively in sorted order) or - for \
            standard input. With -o the format follows the file extension (.ttl, .nt, .graphml, .dot, .trig, .nq); \
            without it, Turtle goes to standard output. With --store, per-document extractions are kept in an \
            SQLite file and reused by later runs; a graph is then written only with -o. A summary goes to standard error.
            """
    )

    @Argument(help: "Files, folders or - (standard input) to read.")
    var inputs: [String]

    @OptionGroup var graph: GraphOutputOptions

    @Option(help: "Keep per-document extractions in this SQLite store and reuse them (by content hash and extractor version).")
    var store: String?

    @Flag(help: "With --store: remove stored documents that are not among the inputs (of this shard).")
    var prune = false

    @Flag(help: "Also write each named city's state or province from the gazetteer (rule gazetteer-enrichment, own provenance).")
    var enrich = false

    @Option(help: "Take only shard K of N (1 ≤ K ≤ N), chosen by content hash, e.g. --shard 2/8.")
    var shard: String?

    @Option(help: "Documents extracted in parallel. Default: all cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-document-bytes"), help: "Skip (with an error) documents larger than this many bytes. Default: 20 MiB.")
    var maxDocumentBytes: Int = Limits.defaultMaxDocumentBytes

    @Option(name: .customLong("max-sentence-bytes"), help: "Cut sentences longer than this many bytes into pieces for the rules (with a warning). Default: 5000.")
    var maxSentenceBytes: Int = Limits.defaultMaxSentenceBytes

    @Flag(name: .shortAndLong, help: "Print no summary; errors and warnings are still printed.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input (file, folder or -)") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if maxSentenceBytes < 100 { throw ValidationError("--max-sentence-bytes must be at least 100") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be named only once") }
        if prune && store == nil { throw ValidationError("--prune needs --store") }
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError("--shard: \(error)") }
        }
        if let store, store == graph.output { throw ValidationError("--store and -o name the same file '\(store)'") }
    }

    func run() throws {
        var request = ExtractRequest(inputs: inputs, outputPath: graph.output, format: graph.chosenFormat,
                                     base: try IRI(validating: graph.baseIRI), provenance: graph.chosenProvenance,
                                     minConfidence: graph.minConfidence, jobs: jobs, storePath: store,
                                     shard: try shard.map { try Shard(parsing: $0) }, prune: prune,
                                     writesGraph: store == nil || graph.output != nil,
                                     enrich: enrich)
        request.progress = !quiet && isatty(2) == 1
        request.limits = Limits(maxDocumentBytes: maxDocumentBytes, maxSentenceBytes: maxSentenceBytes)
        InterruptHandling.install()
        let errors = ErrorCounter()
        let summary: ExtractSummary
        do {
            summary = try ExtractJob(request: request).run { diagnostic in
                if diagnostic.severity == .error { errors.increment() }
                StandardError.print("graph-export: \(diagnostic)")
            }
        } catch {
            StandardError.print("graph-export: error: \(error)")
            throw ExitCode(1)
        }
        if !quiet { StandardError.print("graph-export: \(summary)") }
        if errors.count > 0 { throw ExitCode(1) }
    }
}

/// `graph-export export --store DB [-o FILE] …`
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph of every document in a store.",
        discussion: "Entities are resolved over all stored documents; any output format. A summary goes to standard error."
    )

    @Option(help: "The SQLite store to read (written by extract --store or merge).")
    var store: String

    @OptionGroup var graph: GraphOutputOptions

    @Flag(name: .shortAndLong, help: "Print no summary; errors and warnings are still printed.")
    var quiet = false

    func validate() throws {
        if store == graph.output { throw ValidationError("--store and -o name the same file '\(store)'") }
    }

    func run() throws {
        let request = ExportRequest(storePath: store, outputPath: graph.output, format: graph.chosenFormat,
                                    base: try IRI(validating: graph.baseIRI), provenance: graph.chosenProvenance,
                                    minConfidence: graph.minConfidence)
        let summary: ExportSummary
        do {
            summary = try ExportJob(request: request).run { StandardError.print("graph-export: \($0)") }
        } catch {
            StandardError.print("graph-export: error: \(error)")
            throw ExitCode(1)
        }
        if !quiet { StandardError.print("graph-export: \(summary)") }
    }
}

/// `graph-export merge SOURCE... --store DB`
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Unite shard stores into one store.",
        discussion: "Every store must hold extractions of the same extractor version. The target is created when missing."
    )

    @Argument(help: "The stores to read (e.g. part-*.sqlite).")
    var sources: [String]

    @Option(help: "The store to write into.")
    var store: String

    @Flag(name: .shortAndLong, help: "Print no summary; errors are still printed.")
    var quiet = false

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name at least one store to merge") }
    }

    func run() throws {
        do {
            let summary = try MergeJob(sources: sources, target: store).run()
            if !quiet {
                StandardError.print("graph-export: merged \(sources.count) stores: \(summary.read) documents read, "
                                    + "\(summary.added) added, \(summary.total) in \(store)")
            }
        } catch {
            StandardError.print("graph-export: error: \(error)")
            throw ExitCode(1)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension ProvenanceMode: ExpressibleByArgument {}

/// Counts errors reported from worker threads.
final class ErrorCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.lock(); value += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return value }
}

/// Writes lines to standard error.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
