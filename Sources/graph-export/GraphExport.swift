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
        subcommands: [Extract.self]
    )
}

/// `graph-export extract INPUT... [-o FILE] [--format F] [--base-iri IRI]`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities and facts from documents and write the graph.",
        discussion: """
            Inputs are .txt, .md and .html files, folders (read recursively in sorted order) or - for \
            standard input. With -o the format follows the file extension (.ttl, .nt, .graphml, .dot); \
            without it, Turtle goes to standard output. A summary goes to standard error.
            """
    )

    @Argument(help: "Files, folders or - (standard input) to read.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output file; its extension chooses the format. Default: standard output.")
    var output: String?

    @Option(help: "Output format: turtle, ntriples, graphml or dot. Default: from the -o extension, else turtle.")
    var format: OutputFormat?

    @Option(name: .customLong("base-iri"), help: "Base IRI of entity IRIs; must end with / or #.")
    var baseIRI: String = KnowledgeGraph.defaultBase.string

    @Option(help: "Provenance: statements (rdf:Statement nodes, the default) or none (truthy facts only).")
    var provenance: ProvenanceMode = .statements

    @Option(name: .customLong("min-confidence"), help: "Leave out facts whose rule confidence is below this (0…1).")
    var minConfidence: Double = 0

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
        if let output, output != "-" {
            guard let byExtension = try? OutputFormat(path: output) else {
                throw ValidationError("cannot tell the format from '\(output)': use .ttl, .nt, .graphml or .dot, or --format")
            }
            if let format, format != byExtension {
                throw ValidationError("--format \(format.rawValue) contradicts the extension of '\(output)' (\(byExtension.rawValue))")
            }
        }
        do {
            let iri = try IRI(validating: baseIRI)
            _ = try KnowledgeGraph(base: iri)
        } catch {
            throw ValidationError("--base-iri: \(error)")
        }
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if maxSentenceBytes < 100 { throw ValidationError("--max-sentence-bytes must be at least 100") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be named only once") }
    }

    func run() throws {
        let chosen = format ?? output.flatMap { try? OutputFormat(path: $0) } ?? .turtle
        var request = ExtractRequest(inputs: inputs, outputPath: output, format: chosen,
                                     base: try IRI(validating: baseIRI), provenance: provenance,
                                     minConfidence: minConfidence, jobs: jobs)
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
