import Foundation
import GraphCore
import Extractors
import Exporters
import Store

/// What one `export` run is asked to do: the whole store as one graph.
public struct ExportRequest: Sendable {
    /// The store to read.
    public var storePath: String
    /// The output file; nil writes to standard output.
    public var outputPath: String?
    /// The output format.
    public var format: OutputFormat
    /// The base IRI of entity IRIs.
    public var base: IRI
    /// How provenance is written.
    public var provenance: ProvenanceMode
    /// Facts whose rule confidence is below this are left out.
    public var minConfidence: Double

    /// A request with the contract's defaults.
    public init(storePath: String, outputPath: String? = nil, format: OutputFormat = .turtle,
                base: IRI = KnowledgeGraph.defaultBase, provenance: ProvenanceMode = .statements, minConfidence: Double = 0) {
        self.storePath = storePath
        self.outputPath = outputPath
        self.format = format
        self.base = base
        self.provenance = provenance
        self.minConfidence = minConfidence
    }
}

/// What an export did, for the summary line.
public struct ExportSummary: Sendable, CustomStringConvertible {
    /// Documents in the store.
    public let documents: Int
    /// Entities in the graph.
    public let entities: Int
    /// Facts in the graph.
    public let facts: Int
    /// Wall-clock seconds.
    public let seconds: Double

    public var description: String {
        "\(documents) documents from the store, \(entities) entities, \(facts) facts, \((seconds * 100).rounded() / 100) s"
    }
}

/// Reads every stored extraction, resolves entities over all of them and writes one graph.
public struct ExportJob: Sendable {
    /// The request.
    public let request: ExportRequest

    /// A job for `request`.
    public init(request: ExportRequest) { self.request = request }

    /// Runs the export; a warning goes to `report` when some documents were extracted by another extractor version.
    public func run(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> ExportSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        var graph: KnowledgeGraph? = try load(report: report)
        let resolved = graph!.resolve(minConfidence: request.minConfidence)
        let documents = graph!.documentCount
        // The graph's own records are released once resolved, before the graph is written.
        graph = nil
        let counts = try GraphBuilding.write(resolved, format: request.format, to: request.outputPath,
                                             base: request.base, provenance: request.provenance)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return ExportSummary(documents: documents, entities: counts.entities, facts: counts.facts, seconds: seconds)
    }

    /// Resolves the graph of every stored document, writing no file (for queries on a store).
    public func resolve(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> ResolvedGraph {
        try load(report: report).resolve(minConfidence: request.minConfidence)
    }

    /// Every stored extraction folded into a graph, one at a time, with a warning for those made by another
    /// extractor version.
    private func load(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> KnowledgeGraph {
        var graph: KnowledgeGraph
        do { graph = try KnowledgeGraph(base: request.base) } catch { throw .output(error) }
        do {
            let store = try SQLiteStore(path: request.storePath, mode: .readOnly)
            let current: Set<String> = [Extractor.version(options: ExtractorOptions(enrich: false)),
                                         Extractor.version(options: ExtractorOptions(enrich: true))]
            let stale = try store.extractorVersions().filter { !current.contains($0.key) }
            for (version, count) in stale.sorted(by: { $0.key < $1.key }) {
                report(Diagnostic(.warning, "\(request.storePath): \(count) documents were extracted by extractor version "
                                  + "\(version) (this build: \(Extractor.version)); run extract over them again"))
            }
            try store.forEachExtraction { graph.add($0) }
        } catch {
            throw .store(error)
        }
        return graph
    }
}

/// Unites shard stores into one store.
public struct MergeJob: Sendable {
    /// The stores to read.
    public let sources: [String]
    /// The store to write (created when missing).
    public let target: String

    /// A merge of `sources` into `target`.
    public init(sources: [String], target: String) {
        self.sources = sources
        self.target = target
    }

    /// Runs the merge (see ``SQLiteStore/merge(sources:into:)``).
    public func run() throws(PipelineError) -> SQLiteStore.MergeSummary {
        do { return try SQLiteStore.merge(sources: sources, into: target) } catch { throw .store(error) }
    }
}
