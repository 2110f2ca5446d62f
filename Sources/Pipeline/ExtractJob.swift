import Foundation
import GraphCore
import Extractors
import Exporters
import Store

/// What one `extract` run is asked to do.
public struct ExtractRequest: Sendable {
    /// Files, folders, or `-` for standard input.
    public var inputs: [String]
    /// The output file; nil writes to standard output (when ``writesGraph``).
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
    /// The SQLite store that keeps per-document extractions across runs; nil keeps them in memory for this run only.
    public var storePath: String?
    /// Only the documents of this shard are taken; nil takes all.
    public var shard: Shard?
    /// Removes stored documents that are not among this run's (in-shard) inputs.
    public var prune: Bool
    /// False when the run only fills the store and writes no graph.
    public var writesGraph: Bool
    /// Adds containment facts from the gazetteer (city → state or province), each with its own provenance.
    public var enrich: Bool
    /// Maximum document and sentence sizes.
    public var limits: Limits = Limits()
    /// Shows a progress line on standard error (documents, MB/s, time left) when the run takes more than 1.5 s.
    /// The CLI sets it when standard error is a terminal and `--quiet` is not given.
    public var progress: Bool = false

    /// A request with the contract's defaults.
    public init(inputs: [String], outputPath: String? = nil, format: OutputFormat = .turtle,
                base: IRI = KnowledgeGraph.defaultBase, provenance: ProvenanceMode = .statements,
                minConfidence: Double = 0, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                storePath: String? = nil, shard: Shard? = nil, prune: Bool = false, writesGraph: Bool = true,
                enrich: Bool = false) {
        self.inputs = inputs
        self.outputPath = outputPath
        self.format = format
        self.base = base
        self.provenance = provenance
        self.minConfidence = minConfidence
        self.jobs = max(1, jobs)
        self.storePath = storePath
        self.shard = shard
        self.prune = prune
        self.writesGraph = writesGraph
        self.enrich = enrich
    }
}

/// What a run did, for the summary line.
public struct ExtractSummary: Sendable, CustomStringConvertible {
    /// Documents read and taken (extracted or reused).
    public let documents: Int
    /// Inputs that could not be read.
    public let failed: Int
    /// Entities in the graph (0 when no graph was written).
    public let entities: Int
    /// Facts in the graph (0 when no graph was written).
    public let facts: Int
    /// Wall-clock seconds.
    public let seconds: Double
    /// Documents run through the extractor.
    public var extracted: Int = 0
    /// Documents whose stored extraction was reused.
    public var reused: Int = 0
    /// Stored documents removed by `--prune`.
    public var pruned: Int = 0
    /// Documents read but left to other shards.
    public var otherShards: Int = 0
    /// True when a store file was used (the summary then names extracted and reused counts).
    public var usedStore: Bool = false
    /// False when only the store was filled.
    public var wroteGraph: Bool = true

    public var description: String {
        let secs = (seconds * 100).rounded() / 100
        var text = "\(documents) documents"
        if usedStore { text += " (\(extracted) extracted, \(reused) reused)" }
        if otherShards > 0 { text += ", \(otherShards) in other shards" }
        if pruned > 0 { text += ", \(pruned) pruned" }
        if wroteGraph { text += ", \(entities) entities, \(facts) facts" }
        text += ", \(secs) s"
        if failed > 0 { text += ", \(failed) failed" }
        return text
    }
}

/// Inputs → readers → extraction (in parallel) or the store → entity resolution → one writer.
///
/// Every run goes through an ``ExtractionStore``: an ``SQLiteStore`` with `--store`, else a
/// fresh ``MemoryStore``. A document whose content hash and ``Extractor/version`` are
/// stored is reused; any other is extracted and saved at once, in its own transaction.
/// Unreadable inputs are reported and skipped; the others are still processed. The output
/// file is written under a temporary name and renamed only when complete.
public struct ExtractJob: Sendable {
    /// The request.
    public let request: ExtractRequest

    /// A job for `request`.
    public init(request: ExtractRequest) { self.request = request }

    /// What happened to one input.
    private enum Outcome: Sendable {
        case extracted(DocumentExtraction, storedName: String)
        case reused(DocumentExtraction, storedName: String)
        case otherShard
        case unreadable(ExtractorsError)
        case storeFailed(StoreError)
        case lexiconsFailed(ExtractorsError)
    }

    /// Runs the job; `report` receives warnings and per-input errors as they happen.
    public func run(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> ExtractSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        InterruptHandling.prepare(outputPath: request.writesGraph ? request.outputPath ?? "-" : nil)
        var collected = try collect(report: report)
        defer { collected.progress.clear() }
        var counts = (entities: 0, facts: 0)
        let documents = collected.extractions.count
        if request.writesGraph {
            // The extractions are released once resolved, before the graph is written.
            var extractions = collected.extractions
            collected.extractions = []
            counts = try GraphBuilding.resolveAndWrite(releasing: &extractions, format: request.format, to: request.outputPath,
                                                       base: request.base, provenance: request.provenance,
                                                       minConfidence: request.minConfidence)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var result = ExtractSummary(documents: documents, failed: collected.failed, entities: counts.entities,
                                    facts: counts.facts, seconds: seconds)
        result.extracted = collected.extracted
        result.reused = collected.reused
        result.otherShards = collected.otherShards
        result.pruned = collected.pruned
        result.usedStore = request.storePath != nil
        result.wroteGraph = request.writesGraph
        return result
    }

    /// Reads and extracts the inputs (through the store when one is named) and resolves the graph, writing no file.
    public func resolve(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> ResolvedGraph {
        try GraphBuilding.resolve(try collect(report: report).extractions, base: request.base, minConfidence: request.minConfidence)
    }

    /// What reading and extracting the inputs gave.
    private struct Collected {
        var extractions: [DocumentExtraction] = []
        var failed = 0
        var extracted = 0
        var reused = 0
        var otherShards = 0
        var pruned = 0
        var progress = ProgressDisplay(enabled: false, documents: 0, bytes: 0)
    }

    /// Inputs → readers → extraction or the store's copy, in parallel; the store is updated per document.
    private func collect(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> Collected {
        let store: any ExtractionStore
        if let path = request.storePath {
            do { store = try SQLiteStore(path: path, mode: .create) } catch { throw .store(error) }
        } else {
            store = MemoryStore()
        }
        let options = ExtractorOptions(enrich: request.enrich)
        let extractor = LazyExtractor(options: options, maxSentenceBytes: request.limits.maxSentenceBytes)
        let limits = request.limits
        // A stored extraction made with another sentence limit may differ (long sentences were cut elsewhere).
        let sentenceLimit = request.limits.maxSentenceBytes
        let version = Extractor.version(options: options)
            + (sentenceLimit == Limits.defaultMaxSentenceBytes ? "" : "+sentences\(sentenceLimit)")

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
        var totalBytes = 0
        if request.progress {
            for source in inputs { if case .file(let path, _) = source.item { totalBytes += Self.fileSize(path) } }
        }
        let progress = ProgressDisplay(enabled: request.progress, documents: inputs.count, bytes: totalBytes)
        let report = progress.wrapping(report)
        let shard = request.shard
        let stop = StopFlag()
        let outcomes = ParallelMap.run(inputs.count, jobs: request.jobs) { i -> Outcome? in
            if stop.isSet { return nil }
            let document: SourceDocument
            do throws(ExtractorsError) { document = try inputs[i].read(maxBytes: limits.maxDocumentBytes) } catch { return .unreadable(error) }
            progress.advance(bytes: document.text.utf8.count)
            if let shard, !shard.contains(contentHash: document.contentHash) { return .otherShard }
            for warning in document.warnings { report(Diagnostic(.warning, warning)) }
            do throws(StoreError) {
                if var stored = try store.extraction(contentHash: document.contentHash, extractorVersion: version) {
                    let storedName = stored.document.name
                    stored.document = DocumentInfo(name: document.name, contentHash: document.contentHash,
                                                   datePublished: stored.document.datePublished)
                    return .reused(stored, storedName: storedName)
                }
                let loaded: Extractor
                do throws(ExtractorsError) { loaded = try extractor.get() } catch {
                    stop.set()
                    return .lexiconsFailed(error)
                }
                let (extraction, cut) = loaded.extractCountingCutSentences(name: document.name, text: document.text,
                                                                           contentHash: document.contentHash)
                if cut > 0 { report(Diagnostic(.warning, limits.cutSentencesWarning(document.name, count: cut))) }
                try store.save(extraction, extractorVersion: version)
                return .extracted(extraction, storedName: document.name)
            } catch {
                stop.set()
                return .storeFailed(error)
            }
        }

        var summary = (extracted: 0, reused: 0, otherShards: 0)
        var extractions: [DocumentExtraction] = []
        var names: [String: (smallest: String, stored: Set<String>)] = [:]
        for outcome in outcomes {
            switch outcome {
            case .extracted(let extraction, let storedName), .reused(let extraction, let storedName):
                if case .extracted = outcome { summary.extracted += 1 } else { summary.reused += 1 }
                extractions.append(extraction)
                let doc = extraction.document
                var entry = names[doc.contentHash] ?? (doc.name, [])
                entry.smallest = min(entry.smallest, doc.name)
                entry.stored.insert(storedName)
                names[doc.contentHash] = entry
            case .otherShard:
                summary.otherShards += 1
            case .unreadable(let error):
                report(Diagnostic(.error, error.description))
                failed += 1
            case .storeFailed(let error):
                throw .store(error)
            case .lexiconsFailed(let error):
                throw .lexicons(error)
            case nil:
                break
            }
        }
        var pruned = 0
        do {
            // A document stored under several names (copies, or a renamed file) keeps the smallest name of this run.
            for (hash, entry) in names.sorted(by: { $0.key < $1.key }) where entry.stored != [entry.smallest] {
                try store.rename(contentHash: hash, to: entry.smallest)
            }
            if request.prune {
                if failed > 0 {
                    report(Diagnostic(.warning, "not pruning the store: \(failed) inputs could not be read"))
                } else {
                    pruned = try store.prune(keeping: Set(names.keys))
                }
            }
        } catch {
            throw .store(error)
        }
        if extractions.isEmpty && failed > 0 { throw .noDocuments }
        return Collected(extractions: extractions, failed: failed, extracted: summary.extracted, reused: summary.reused,
                         otherShards: summary.otherShards, pruned: pruned, progress: progress)
    }

    /// The size of the file at `path` in bytes, or 0 when it cannot be read (for the progress display only).
    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

/// Per-document extractions → entity resolution → one writer: the one path from extractions to a graph file,
/// shared by `extract` (fresh or reused extractions) and `export` (a whole store).
public enum GraphBuilding {
    /// Resolves `extractions` and writes the graph; returns the numbers of entities and facts.
    public static func resolveAndWrite(_ extractions: [DocumentExtraction], format: OutputFormat, to path: String?,
                                       base: IRI, provenance: ProvenanceMode,
                                       minConfidence: Double) throws(PipelineError) -> (entities: Int, facts: Int) {
        let resolved = try resolve(extractions, base: base, minConfidence: minConfidence)
        do {
            try GraphWriting.write(resolved, format: format, to: path, mapper: RDFMapper(base: base, provenance: provenance))
        } catch { throw .output(error) }
        return (resolved.entities.count, resolved.facts.count)
    }

    /// Like ``resolveAndWrite(_:format:to:base:provenance:minConfidence:)``, but empties `extractions` as soon as they
    /// are resolved, so that they are not kept in memory while the graph is written.
    static func resolveAndWrite(releasing extractions: inout [DocumentExtraction], format: OutputFormat, to path: String?,
                                base: IRI, provenance: ProvenanceMode,
                                minConfidence: Double) throws(PipelineError) -> (entities: Int, facts: Int) {
        let resolved = try resolve(extractions, base: base, minConfidence: minConfidence)
        extractions = []
        do {
            try GraphWriting.write(resolved, format: format, to: path, mapper: RDFMapper(base: base, provenance: provenance))
        } catch { throw .output(error) }
        return (resolved.entities.count, resolved.facts.count)
    }

    /// Resolves entities and facts across `extractions`.
    public static func resolve(_ extractions: [DocumentExtraction], base: IRI, minConfidence: Double) throws(PipelineError) -> ResolvedGraph {
        var graph: KnowledgeGraph
        do { graph = try KnowledgeGraph(base: base) } catch { throw .output(error) }
        for extraction in extractions { graph.add(extraction) }
        return graph.resolve(minConfidence: minConfidence)
    }
}

/// The extractor, loaded with its lexicons on first use only (a run that reuses every document never loads them).
private final class LazyExtractor: @unchecked Sendable {
    private let lock = NSLock()
    private var extractor: Extractor?
    private let options: ExtractorOptions
    private let maxSentenceBytes: Int

    init(options: ExtractorOptions, maxSentenceBytes: Int) {
        self.options = options
        self.maxSentenceBytes = maxSentenceBytes
    }

    func get() throws(ExtractorsError) -> Extractor {
        lock.lock(); defer { lock.unlock() }
        if let extractor { return extractor }
        let made = Extractor(lexicons: try Lexicons.bundled(), options: options, maxSentenceBytes: maxSentenceBytes)
        extractor = made
        return made
    }
}

/// Tells worker threads to stop taking new documents (after a store failure).
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// Writes a resolved graph in one format to a file (atomically) or to standard output.
public enum GraphWriting {
    /// Maps `graph` to triples and feeds them to the format's sink; a file appears only when complete.
    public static func write(_ graph: ResolvedGraph, format: OutputFormat, to path: String?, mapper: RDFMapper) throws(GraphCoreError) {
        InterruptHandling.prepare(outputPath: path ?? "-")
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
        if var quads = format.makeQuadSink(output: output) {
            try mapper.writeQuads(graph, to: &quads)
        } else {
            var sink = format.makeSink(output: output)
            try mapper.write(graph, to: &sink)
        }
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
