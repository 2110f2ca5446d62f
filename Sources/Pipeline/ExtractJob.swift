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
    /// The SQLite store that keeps per-document extractions across runs; nil keeps none (only content hashes, to skip copies).
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
/// Documents stream: worker threads read and extract them in parallel, and the calling thread
/// folds each outcome into the ``KnowledgeGraph`` in input order (through a bounded reorder
/// window, so the result is the same for any number of jobs) and drops the extraction at once.
/// With `--store`, a document whose content hash and ``Extractor/version`` are stored in the
/// ``SQLiteStore`` is reused; any other is extracted and saved at once, in its own transaction.
/// Without a store, a document with the same bytes as an earlier input of the run is not
/// extracted again (only content hashes are kept for this). Unreadable inputs are reported
/// and skipped; the others are still processed. The output file is written under a temporary
/// name and renamed only when complete.
public struct ExtractJob: Sendable {
    /// The request.
    public let request: ExtractRequest

    /// A job for `request`.
    public init(request: ExtractRequest) { self.request = request }

    /// What happened to one input.
    private enum Outcome: Sendable {
        case extracted(DocumentExtraction, storedName: String)
        case reused(DocumentExtraction, storedName: String)
        /// The same bytes as an earlier input of this run (no store): only the name is new.
        case copy(name: String, contentHash: String)
        /// Not taken: a store or lexicon failure stopped the run.
        case skipped
        case otherShard
        case unreadable(ExtractorsError)
        case storeFailed(StoreError)
        case lexiconsFailed(ExtractorsError)
    }

    /// Runs the job; `report` receives warnings and per-input errors as they happen.
    public func run(report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> ExtractSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        InterruptHandling.prepare(outputPath: request.writesGraph ? request.outputPath ?? "-" : nil)
        var graph: KnowledgeGraph? = nil
        if request.writesGraph {
            do { graph = try KnowledgeGraph(base: request.base) } catch { throw .output(error) }
        }
        let collected = try collect(into: &graph, report: report)
        defer { collected.progress.clear() }
        var counts = (entities: 0, facts: 0)
        let documents = collected.documents
        if let folded = graph {
            let resolved = folded.resolve(minConfidence: request.minConfidence, threads: request.jobs)
            // The graph's own records are released once resolved, before the graph is written.
            graph = nil
            _ = consume folded
            counts = try GraphBuilding.write(consume resolved, format: request.format, to: request.outputPath,
                                             base: request.base, provenance: request.provenance, threads: request.jobs)
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
        var graph: KnowledgeGraph?
        do { graph = try KnowledgeGraph(base: request.base) } catch { throw .output(error) }
        _ = try collect(into: &graph, report: report)
        return graph!.resolve(minConfidence: request.minConfidence)
    }

    /// What reading and extracting the inputs gave.
    private struct Collected {
        /// Documents taken (extracted, reused or copies).
        var documents = 0
        var failed = 0
        var extracted = 0
        var reused = 0
        var otherShards = 0
        var pruned = 0
        var progress = ProgressDisplay(enabled: false, documents: 0, bytes: 0)
    }

    /// Inputs → readers → extraction or the store's copy, in parallel; the store is updated per document, and each
    /// document is folded into `graph` (when there is one) in input order as soon as it and all before it are done.
    private func collect(into graph: inout KnowledgeGraph?,
                         report: @escaping @Sendable (Diagnostic) -> Void) throws(PipelineError) -> Collected {
        var store: (any ExtractionStore)? = nil
        if let path = request.storePath {
            do { store = try SQLiteStore(path: path, mode: .create) } catch { throw .store(error) }
        }
        let runStore = store
        // Without a store: the first input (in input order) with given bytes is extracted, later ones are copies.
        let firstWithHash = FirstIndexByHash()
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
        let work = { @Sendable (i: Int) -> Outcome in
            if stop.isSet { return .skipped }
            let document: SourceDocument
            do throws(ExtractorsError) { document = try inputs[i].read(maxBytes: limits.maxDocumentBytes) } catch { return .unreadable(error) }
            progress.advance(bytes: document.text.utf8.count)
            if let shard, !shard.contains(contentHash: document.contentHash) { return .otherShard }
            for warning in document.warnings { report(Diagnostic(.warning, warning)) }
            do throws(StoreError) {
                if let store = runStore {
                    if var stored = try store.extraction(contentHash: document.contentHash, extractorVersion: version) {
                        let storedName = stored.document.name
                        stored.document = DocumentInfo(name: document.name, contentHash: document.contentHash,
                                                       datePublished: stored.document.datePublished)
                        return .reused(stored, storedName: storedName)
                    }
                } else if !firstWithHash.claim(document.contentHash, index: i) {
                    return .copy(name: document.name, contentHash: document.contentHash)
                }
                let loaded: Extractor
                do throws(ExtractorsError) { loaded = try extractor.get() } catch {
                    stop.set()
                    return .lexiconsFailed(error)
                }
                let (extraction, cut) = loaded.extractCountingCutSentences(name: document.name, text: document.text,
                                                                           contentHash: document.contentHash)
                if cut > 0 { report(Diagnostic(.warning, limits.cutSentencesWarning(document.name, count: cut))) }
                try runStore?.save(extraction, extractorVersion: version)
                return .extracted(extraction, storedName: document.name)
            } catch {
                stop.set()
                return .storeFailed(error)
            }
        }

        var summary = (documents: 0, extracted: 0, reused: 0, otherShards: 0)
        var names: [String: (smallest: String, stored: Set<String>)] = [:]
        var failure: PipelineError? = nil
        OrderedStream.run(inputs.count, jobs: request.jobs, work) { outcome in
            // After a failure the remaining outcomes are drained unread, as the run ends with the failure.
            if failure != nil { return }
            switch outcome {
            case .extracted(let extraction, let storedName), .reused(let extraction, let storedName):
                if case .extracted = outcome { summary.extracted += 1 } else { summary.reused += 1 }
                summary.documents += 1
                graph?.add(extraction)
                if runStore != nil {
                    let doc = extraction.document
                    var entry = names[doc.contentHash] ?? (doc.name, [])
                    entry.smallest = min(entry.smallest, doc.name)
                    entry.stored.insert(storedName)
                    names[doc.contentHash] = entry
                }
            case .copy(let name, let contentHash):
                summary.reused += 1
                summary.documents += 1
                // The graph knows the content already; the copy only adds its name.
                graph?.add(DocumentExtraction(document: DocumentInfo(name: name, contentHash: contentHash, datePublished: nil)))
            case .otherShard:
                summary.otherShards += 1
            case .unreadable(let error):
                report(Diagnostic(.error, error.description))
                failed += 1
            case .storeFailed(let error):
                failure = .store(error)
            case .lexiconsFailed(let error):
                failure = .lexicons(error)
            case .skipped:
                break
            }
        }
        if let failure { throw failure }
        var pruned = 0
        if let store {
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
        }
        if summary.documents == 0 && failed > 0 { throw .noDocuments }
        return Collected(documents: summary.documents, failed: failed, extracted: summary.extracted, reused: summary.reused,
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
        try write(try resolve(extractions, base: base, minConfidence: minConfidence), format: format, to: path, base: base,
                  provenance: provenance)
    }

    /// Writes a resolved graph (on two threads when `threads` ≥ 2); returns the numbers of entities and facts.
    ///
    /// The graph is consumed: with two threads it is released as soon as it is mapped, while the writer finishes.
    static func write(_ resolved: consuming ResolvedGraph, format: OutputFormat, to path: String?, base: IRI,
                      provenance: ProvenanceMode, threads: Int = 1) throws(PipelineError) -> (entities: Int, facts: Int) {
        let counts = (resolved.entities.count, resolved.facts.count)
        do {
            try GraphWriting.write(consume resolved, format: format, to: path,
                                   mapper: RDFMapper(base: base, provenance: provenance), threads: threads)
        } catch { throw .output(error) }
        return counts
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
    ///
    /// With `threads` ≥ 2, the format's writer runs on a thread of its own while the graph is mapped to triples,
    /// and the graph (consumed) is released as soon as it is mapped, while the writer finishes.
    public static func write(_ graph: consuming ResolvedGraph, format: OutputFormat, to path: String?, mapper: RDFMapper,
                             threads: Int = 1) throws(GraphCoreError) {
        InterruptHandling.prepare(outputPath: path ?? "-")
        if let path, path != "-" {
            // Marked as being written before the temporary file exists: a signal at any moment after it was
            // created removes it.
            InterruptHandling.writing(temporaryPath: AtomicFileOutput.temporaryPath(for: path))
            defer { InterruptHandling.finished() }
            let file = try AtomicFileOutput(path: path)
            do {
                try emit(consume graph, format: format, output: file, mapper: mapper, threads: threads)
                InterruptHandling.committing()
                try file.commit()
            } catch {
                file.abort()
                throw error
            }
        } else {
            try emit(consume graph, format: format, output: DescriptorOutput.standardOutput(), mapper: mapper, threads: threads)
        }
    }

    private static func emit(_ graph: consuming ResolvedGraph, format: OutputFormat, output: ByteOutput, mapper: RDFMapper,
                             threads: Int) throws(GraphCoreError) {
        if var quads = format.makeQuadSink(output: output) {
            try mapper.writeQuads(graph, to: &quads)
        } else if threads >= 2 {
            try ThreadedWriting.write(consume graph, mapper: mapper, to: SinkBox(format.makeSink(output: output, threads: threads)))
        } else {
            var sink = format.makeSink(output: output)
            try mapper.write(graph, to: &sink)
        }
    }
}

/// A format's sink, handed to the thread that writes (it is used by one thread at a time).
private final class SinkBox: @unchecked Sendable {
    var sink: any GraphSink
    init(_ sink: any GraphSink) { self.sink = sink }
}

/// A sink that reads encoded batches, handed to the thread that writes (it is used by one thread at a time).
private final class BatchSinkBox: @unchecked Sendable {
    var sink: any TripleBatchSink
    init(_ sink: any TripleBatchSink) { self.sink = sink }
}

/// Maps a graph on the calling thread while a format's sink writes its triples on another thread.
private enum ThreadedWriting {
    /// Triples per batch.
    static let batchSize = 4096

    /// Maps `graph` on this thread and writes its triples with `box`'s sink on another: the same triples in the
    /// same order as ``RDFMapper/write(_:to:)``.
    ///
    /// A ``TripleBatchSink`` is handed encoded batches with numbered terms (the threads then share no `String`s, so
    /// no reference counts, and a repeated term is sent and interned once); any other sink is handed arrays of `Triple`s.
    static func write(_ graph: consuming ResolvedGraph, mapper: RDFMapper, to box: SinkBox) throws(GraphCoreError) {
        if let batchSink = box.sink as? any TripleBatchSink {
            try writeEncoded(consume graph, mapper: mapper, to: BatchSinkBox(batchSink))
        } else {
            try writeTriples(consume graph, mapper: mapper, to: box)
        }
    }

    /// ``write(_:mapper:to:)`` for a sink that reads encoded batches.
    private static func writeEncoded(_ graph: consuming ResolvedGraph, mapper: RDFMapper, to box: BatchSinkBox) throws(GraphCoreError) {
        let handOff = BatchHandOff<TripleBatch>()
        let prefixes = mapper.prefixes
        let writer = startWriter(handOff) { () throws(GraphCoreError) in
            try box.sink.start(prefixes: prefixes)
            while let batch = handOff.take() {
                try box.sink.write(batch)
                handOff.recycle(consume batch)
            }
            try box.sink.finish()
        }
        var batch = TripleBatch(reservingBytes: batchSize * 64)
        let mappingFailure = mapping { () throws(GraphCoreError) in
            try mapper.emit(graph, batchesOf: batchSize, into: &batch) { (full: inout TripleBatch) throws(GraphCoreError) in
                if var spent = try handOff.put(full) {
                    spent.removeAll()
                    full = spent
                } else {
                    full = TripleBatch(reservingBytes: batchSize * 64)
                }
            }
            if !batch.isEmpty { _ = try handOff.put(batch) }
        }
        _ = consume graph  // released while the writer finishes
        try finish(handOff, writer, mappingFailure)
    }

    /// ``write(_:mapper:to:)`` for any other sink.
    private static func writeTriples(_ graph: consuming ResolvedGraph, mapper: RDFMapper, to box: SinkBox) throws(GraphCoreError) {
        let handOff = BatchHandOff<[Triple]>()
        let prefixes = mapper.prefixes
        let writer = startWriter(handOff) { () throws(GraphCoreError) in
            try box.sink.start(prefixes: prefixes)
            while var batch = handOff.take() {
                // Batches come reversed: each triple is moved out (not copied) in mapping order.
                while let triple = batch.popLast() { try box.sink.write(triple) }
                handOff.recycle(batch)
            }
            try box.sink.finish()
        }
        var batch: [Triple] = []
        batch.reserveCapacity(batchSize)
        let mappingFailure = mapping { () throws(GraphCoreError) in
            try mapper.emit(graph) { (triple: Triple) throws(GraphCoreError) in
                batch.append(triple)
                if batch.count == batchSize {
                    batch.reverse()
                    if var spent = try handOff.put(batch) {
                        spent.removeAll(keepingCapacity: true)
                        batch = spent
                    } else {
                        batch = []
                        batch.reserveCapacity(batchSize)
                    }
                }
            }
            if !batch.isEmpty {
                batch.reverse()
                _ = try handOff.put(batch)
            }
        }
        _ = consume graph  // released while the writer finishes
        try finish(handOff, writer, mappingFailure)
    }

    /// Starts the writing thread running `body`; a failure stops the hand-off. The semaphore is signalled at its end.
    private static func startWriter<Batch>(_ handOff: BatchHandOff<Batch>,
                                           _ body: @escaping @Sendable () throws(GraphCoreError) -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            do throws(GraphCoreError) {
                try body()
            } catch {
                handOff.fail(error)
            }
            done.signal()
        }
        writer.stackSize = 8 << 20
        writer.start()
        return done
    }

    /// Runs the mapping `body`, returning its error instead of throwing it (the writer must be waited for first).
    private static func mapping(_ body: () throws(GraphCoreError) -> Void) -> GraphCoreError? {
        do throws(GraphCoreError) { try body(); return nil } catch { return error }
    }

    /// Closes the hand-off, waits for the writer and throws the writer's error, else the mapping's.
    private static func finish<Batch>(_ handOff: BatchHandOff<Batch>, _ writer: DispatchSemaphore,
                                      _ mappingFailure: GraphCoreError?) throws(GraphCoreError) {
        handOff.close()
        writer.wait()
        if let failure = handOff.failed ?? mappingFailure { throw failure }
    }
}

/// Carries batches of triples from the thread that maps the graph to the thread that runs the format's sink, and
/// written batches back for reuse.
private final class BatchHandOff<Batch>: @unchecked Sendable {
    /// Batches that may wait.
    static var capacity: Int { 16 }

    private let condition = NSCondition()
    private var batches: [Batch] = []
    /// Written batches waiting to be emptied by the mapping thread.
    private var spent: [Batch] = []
    private var closed = false
    private var failure: GraphCoreError?

    /// Queues a batch, waiting while too many wait; throws the writer's error once it failed. Returns a batch the
    /// writer has written, if any, for the mapping thread to empty and reuse.
    func put(_ batch: Batch) throws(GraphCoreError) -> Batch? {
        condition.lock(); defer { condition.unlock() }
        while batches.count >= Self.capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        batches.append(batch)
        condition.broadcast()
        return spent.popLast()
    }

    /// Hands a written batch back to the mapping thread for reuse (see ``put(_:)``).
    func recycle(_ batch: consuming Batch) {
        condition.lock(); defer { condition.unlock() }
        spent.append(batch)
    }

    /// The next batch, waiting for one; nil when the mapping is over (or the writer failed) and none is left.
    func take() -> Batch? {
        condition.lock(); defer { condition.unlock() }
        while batches.isEmpty && !closed { condition.wait() }
        if batches.isEmpty { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// No more batches will come.
    func close() {
        condition.lock(); defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    /// Records the writer's error; the mapping stops at its next batch.
    func fail(_ error: GraphCoreError) {
        condition.lock(); defer { condition.unlock() }
        if failure == nil { failure = error }
        batches.removeAll()
        closed = true
        condition.broadcast()
    }

    /// The writer's error, if it failed.
    var failed: GraphCoreError? {
        condition.lock(); defer { condition.unlock() }
        return failure
    }
}

/// Runs `body` for indices 0..<count on `jobs` worker threads and hands each result to `consume`, one at a time and
/// in index order, while the calling thread waits.
///
/// Whichever worker finds the next result in order ready while nobody consumes hands it (and every result in order
/// after it that is ready) to `consume`, so results need no third thread and no wake-up per result. Workers run at
/// most a window of indices ahead of the consumed ones, so few results wait at any time (memory stays bounded however
/// many inputs there are), and `consume` sees the same sequence for any `jobs`.
enum OrderedStream {
    /// How many results may wait per worker.
    static let windowPerJob = 16

    static func run<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T, consume: (T) -> Void) {
        guard count > 0 else { return }
        let workers = min(max(1, jobs), count)
        if workers == 1 {
            runOnOneThread(count, body, consume: consume)
            return
        }
        withoutActuallyEscaping(consume) { consume in
            let window = ReorderWindow<T>(count: count, size: workers * windowPerJob + 4, consume: consume)
            let done = DispatchGroup()
            for _ in 0..<workers {
                done.enter()
                let thread = Thread {
                    window.work(body)
                    done.leave()
                }
                // As much stack as the main thread has: the extractor's recursion depth does not depend on the thread.
                thread.stackSize = 8 << 20
                thread.start()
            }
            done.wait()
            window.dropConsume()
        }
    }
}

extension OrderedStream {
    /// One job: a single thread (with the main thread's stack size) runs `body` and `consume` in turn for each index,
    /// with no hand-off between threads; the calling thread waits for it.
    private static func runOnOneThread<T>(_ count: Int, _ body: @escaping @Sendable (Int) -> T, consume: (T) -> Void) {
        withoutActuallyEscaping(consume) { consume in
            let loop = UncheckedLoop {
                for i in 0..<count { consume(body(i)) }
            }
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                loop.run()
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            done.wait()
        }
    }
}

/// A loop run on another thread while the thread that made it waits (so the closure's captures are never shared).
private final class UncheckedLoop: @unchecked Sendable {
    private var body: (() -> Void)?
    init(_ body: @escaping () -> Void) { self.body = body }

    /// Runs the loop once and releases it (and so what it captured) before the waiting thread goes on.
    func run() {
        body?()
        body = nil
    }
}

/// Shared state of ``OrderedStream``: the next index to hand out, a ring of finished results not yet consumed, and
/// whether a worker is consuming; guarded by one condition's lock.
private final class ReorderWindow<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var slots: [T?]
    /// The next index a worker takes.
    private var cursor = 0
    /// The next index to consume.
    private var consumed = 0
    /// True while one worker consumes results.
    private var consuming = false
    /// Workers waiting on the condition.
    private var waiting = 0
    /// Called with each result in order, by one worker at a time; set until ``dropConsume()``.
    private var consume: ((T) -> Void)?

    init(count: Int, size: Int, consume: @escaping (T) -> Void) {
        self.count = count
        self.slots = Array(repeating: nil, count: size)
        self.consume = consume
    }

    /// Releases `consume` once every worker is done (it must not outlive the call that lent it).
    func dropConsume() {
        consume = nil
    }

    /// One worker's loop: consumes the results that are next in order when nobody else does, else computes the next
    /// index with `body` while the window allows, else waits; returns when every result is consumed.
    func work(_ body: (Int) -> T) {
        condition.lock(); defer { condition.unlock() }
        while consumed < count {
            if !consuming, slots[consumed % slots.count] != nil {
                consumeReady()
            } else if cursor < count && cursor - consumed < slots.count {
                let i = cursor
                cursor += 1
                condition.unlock()
                let value = body(i)
                condition.lock()
                slots[i % slots.count] = value
            } else {
                waiting += 1
                condition.wait()
                waiting -= 1
            }
        }
        // The others may wait for work that will not come.
        if waiting > 0 { condition.broadcast() }
    }

    /// Consumes results in order for as long as the next one is there (lock held on entry and on return; released
    /// around each `consume`), waking waiting workers as the window moves.
    private func consumeReady() {
        consuming = true
        while consumed < count, let value = slots[consumed % slots.count] {
            slots[consumed % slots.count] = nil
            consumed += 1
            condition.unlock()
            consume!(value)
            condition.lock()
            if waiting > 0 { condition.broadcast() }
        }
        consuming = false
        if waiting > 0 { condition.broadcast() }
    }
}

/// The first input index of each content hash seen in a run (no store): later inputs with the same bytes are copies.
private final class FirstIndexByHash: @unchecked Sendable {
    private let lock = NSLock()
    private var first: [String: Int] = [:]

    /// True when input `index` is the first (smallest index) so far with `hash` and must be extracted; false when an
    /// input before it has the same bytes (its extraction stands for both).
    func claim(_ hash: String, index: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        if let earlier = first[hash], earlier < index { return false }
        first[hash] = index
        return true
    }
}
