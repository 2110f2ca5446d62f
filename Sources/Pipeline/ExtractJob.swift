import Foundation
import GraphCore
import Extractors
import Exporters

/// What one `extract` run is asked to do.
public struct ExtractRequest: Sendable {
    /// Files, folders, or `-` for standard input.
    public var inputs: [String]
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
    /// Documents extracted in parallel.
    public var jobs: Int
    /// Maximum document and sentence sizes.
    public var limits: Limits = Limits()

    /// A request with the contract's defaults.
    public init(inputs: [String], outputPath: String? = nil, format: OutputFormat = .turtle,
                base: IRI = KnowledgeGraph.defaultBase, provenance: ProvenanceMode = .statements,
                minConfidence: Double = 0, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.inputs = inputs
        self.outputPath = outputPath
        self.format = format
        self.base = base
        self.provenance = provenance
        self.minConfidence = minConfidence
        self.jobs = max(1, jobs)
    }
}

/// What a run did, for the summary line.
public struct ExtractSummary: Sendable, CustomStringConvertible {
    /// Documents read and extracted.
    public let documents: Int
    /// Inputs that could not be read.
    public let failed: Int
    /// Entities in the graph.
    public let entities: Int
    /// Facts in the graph.
    public let facts: Int
    /// Wall-clock seconds.
    public let seconds: Double

    public var description: String {
        let secs = (seconds * 100).rounded() / 100
        return "\(documents) documents, \(entities) entities, \(facts) facts, \(secs) s" + (failed > 0 ? ", \(failed) failed" : "")
    }
}

/// Inputs → readers → extraction (in parallel) → entity resolution → one writer.
///
/// Unreadable inputs are reported and skipped; the others are still processed. The
/// output file is written under a temporary name and renamed only when complete.
public struct ExtractJob: Sendable {
    /// The request.
    public let request: ExtractRequest

    /// A job for `request`.
    public init(request: ExtractRequest) { self.request = request }

    /// Runs the job; `report` receives warnings and per-input errors as they happen.
    public func run(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> ExtractSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        let lexicons: Lexicons
        do { lexicons = try Lexicons.bundled() } catch { throw .lexicons(error) }
        let extractor = Extractor(lexicons: lexicons, maxSentenceBytes: request.limits.maxSentenceBytes)
        InterruptHandling.prepare(outputPath: request.outputPath)
        let limits = request.limits

        var failed = 0
        var sources: [DocumentSource] = []
        for item in InputCollector.collect(request.inputs) {
            switch item {
            case .failure(let error):
                report(Diagnostic(.error, error.description))
                failed += 1
            default:
                sources.append(DocumentSource(item))
            }
        }
        let inputs = sources
        let results = ParallelMap.run(inputs.count, jobs: request.jobs) { i -> Result<DocumentExtraction, ExtractorsError> in
            do throws(ExtractorsError) {
                let document = try inputs[i].read(maxBytes: limits.maxDocumentBytes)
                for warning in document.warnings { report(Diagnostic(.warning, warning)) }
                let (extraction, cut) = extractor.extractCountingCutSentences(name: document.name, text: document.text,
                                                                               contentHash: document.contentHash)
                if cut > 0 { report(Diagnostic(.warning, limits.cutSentencesWarning(document.name, count: cut))) }
                return .success(extraction)
            } catch {
                return .failure(error)
            }
        }
        var graph: KnowledgeGraph
        do { graph = try KnowledgeGraph(base: request.base) } catch { throw .output(error) }
        for result in results {
            switch result {
            case .success(let extraction): graph.add(extraction)
            case .failure(let error):
                report(Diagnostic(.error, error.description))
                failed += 1
            }
        }
        if graph.documentCount == 0 && failed > 0 { throw .noDocuments }
        let resolved = graph.resolve(minConfidence: request.minConfidence)
        do {
            try GraphWriting.write(resolved, format: request.format, to: request.outputPath,
                                   mapper: RDFMapper(base: request.base, provenance: request.provenance))
        } catch { throw .output(error) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return ExtractSummary(documents: graph.documentCount, failed: failed, entities: resolved.entities.count,
                              facts: resolved.facts.count, seconds: seconds)
    }
}

/// Writes a resolved graph in one format to a file (atomically) or to standard output.
public enum GraphWriting {
    /// Maps `graph` to triples and feeds them to the format's sink; a file appears only when complete.
    public static func write(_ graph: ResolvedGraph, format: OutputFormat, to path: String?, mapper: RDFMapper) throws(GraphCoreError) {
        if let path, path != "-" {
            let file = try AtomicFileOutput(path: path)
            InterruptHandling.writing(temporaryPath: file.temporaryPath)
            defer { InterruptHandling.finished() }
            do {
                try emit(graph, format: format, output: file, mapper: mapper)
                InterruptHandling.committing()
                try file.commit()
            } catch {
                file.abort()
                throw error
            }
        } else {
            try emit(graph, format: format, output: DescriptorOutput.standardOutput(), mapper: mapper)
        }
    }

    private static func emit(_ graph: ResolvedGraph, format: OutputFormat, output: ByteOutput, mapper: RDFMapper) throws(GraphCoreError) {
        var sink = format.makeSink(output: output)
        try mapper.write(graph, to: &sink)
    }
}

/// Runs `body` for indices 0..<count on `jobs` threads and returns the results in index order.
enum ParallelMap {
    static func run<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let box = ResultBox<T>(count: count)
        let workers = min(max(1, jobs), max(1, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = box.next() { box.store(i, body(i)) }
        }
        return box.results()
    }
}

/// Shared state of ``ParallelMap``: the next index to take and the results, behind a lock.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private let count: Int
    private var slots: [T?]

    init(count: Int) {
        self.count = count
        self.slots = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard cursor < count else { return nil }
        cursor += 1
        return cursor - 1
    }

    func store(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
    }

    func results() -> [T] { slots.map { $0! } }
}
