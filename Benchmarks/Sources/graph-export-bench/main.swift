// Times the stages of graph-export separately over a corpus folder: tokenisation, extraction (tokenisation +
// recognition + rules), entity resolution, RDF mapping, and every writer alone (triples/s: the triples are collected
// beforehand, the writer gets start, one write per triple and finish, and its bytes are counted and dropped).
// Prints one line per stage with the median of K runs, in CPU seconds of this process (user + system), so that
// other work on a shared machine does not count. End-to-end runs (and the peers) are timed by scripts/bench-vs-peers.
//
//     graph-export-bench CORPUS_DIR [--runs K] [--writers-only] [--only FORMAT] [--rapper]
//
// --writers-only times only mapping and writers (extraction and resolution run once, untimed); --only FORMAT
// (turtle, ntriples, graphml, dot, trig, nquads) times that one writer.
// --rapper also times Raptor's `rapper -q -i ntriples -o turtle FILE > /dev/null` (its CPU seconds) on the same
// triples written as N-Triples to a temporary file, the comparison the Turtle writer's speed target names.
import Foundation
import GraphCore
import Extractors
import Exporters

/// CPU seconds (user + system) this process has used so far.
func now() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The median of `values`.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Runs `body` `runs` times and returns the median seconds.
func timed(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        try body()
        times.append(now() - start)
    }
    return median(times)
}

/// Collects the triples a mapper writes, for timing the writers without the mapping.
struct CollectingSink: GraphSink {
    var prefixes: [Prefix] = []
    var triples: [Triple] = []
    mutating func start(prefixes: [Prefix]) throws(GraphCoreError) { self.prefixes = prefixes }
    mutating func write(_ triple: Triple) throws(GraphCoreError) { triples.append(triple) }
    mutating func finish() throws(GraphCoreError) {}
}

/// Counts bytes and throws them away.
final class CountingOutput: ByteOutput {
    var count = 0
    func write(_ bytes: UnsafeRawBufferPointer) throws(GraphCoreError) { count += bytes.count }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 3
let writersOnly = arguments.contains("--writers-only")
let withRapper = arguments.contains("--rapper")
arguments.removeAll { $0 == "--writers-only" || $0 == "--rapper" }
var formats: [OutputFormat] = [.turtle, .ntriples, .graphml, .dot]
if let i = arguments.firstIndex(of: "--only"), i + 1 < arguments.count, let format = OutputFormat(rawValue: arguments[i + 1]) {
    formats = [format]
    arguments.removeSubrange(i...(i + 1))
}
if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count, let k = Int(arguments[i + 1]) {
    runs = max(1, k)
    arguments.removeSubrange(i...(i + 1))
}
guard let root = arguments.first else {
    FileHandle.standardError.write("usage: graph-export-bench CORPUS_DIR [--runs K] [--writers-only] [--only FORMAT] [--rapper]\n".data(using: .utf8)!)
    exit(2)
}

// Reading is not timed: every stage below works on texts in memory.
var paths: [String] = []
if let walker = FileManager.default.enumerator(atPath: root) {
    for case let relative as String in walker where [".md", ".txt"].contains(where: { relative.hasSuffix($0) }) {
        paths.append(root + "/" + relative)
    }
}
paths.sort()
let texts = paths.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
print(String(format: "corpus: %d documents, %.1f MB, median of %d runs, CPU seconds", texts.count, megabytes, runs))
/// Runs of the stages before mapping (one, untimed in effect, with --writers-only).
let stageRuns = writersOnly ? 1 : runs

/// `name` padded to the width of the first column.
func column(_ name: String) -> String { name.padding(toLength: 26, withPad: " ", startingAt: 0) }

func report(_ stage: String, _ seconds: Double, _ extra: String = "") {
    print(column(stage) + String(format: "%8.3f s  %8.2f MB/s  %9.0f docs/s%@", seconds, megabytes / seconds,
                 Double(texts.count) / seconds, extra as NSString))
}

let analyzer = TextAnalyzer.shared
var tokens = 0
if !writersOnly {
    let tokenize = timed(runs) {
        tokens = 0
        for text in texts { tokens += analyzer.analyze(text).sentences.reduce(0) { $0 + $1.tokens.count } }
    }
    report("tokenise + split", tokenize, String(format: "  %.0f tokens/s", Double(tokens) / tokenize))
}

let extractor = Extractor(lexicons: try Lexicons.bundled())
var extractions: [DocumentExtraction] = []
let extract = timed(stageRuns) {
    extractions = texts.enumerated().map { i, text in
        extractor.extract(name: paths[i], text: text, contentHash: String(i))
    }
}
if !writersOnly { report("extract (tokens + rules)", extract) }

var resolved: ResolvedGraph? = nil
let resolve = try timed(stageRuns) {
    var graph = try KnowledgeGraph()
    for extraction in extractions { graph.add(extraction) }
    resolved = graph.resolve(minConfidence: 0)
}
let facts = resolved!.facts.count
if !writersOnly { print(column("entity resolution") + String(format: "%8.3f s  %8.0f facts/s  (%d entities, %d facts)", resolve,
             Double(facts) / resolve, resolved!.entities.count, facts)) }

var collected = CollectingSink()
let mapping = try timed(runs) {
    collected = CollectingSink()
    try RDFMapper().write(resolved!, to: &collected)
}
let triples = collected.triples
print(column("RDF mapping") + String(format: "%8.3f s  %8.0f triples/s  (%d triples)", mapping,
             Double(triples.count) / mapping, triples.count))

/// The name of a writer's line.
func writerName(_ format: OutputFormat) -> String {
    switch format {
    case .turtle: return "Turtle writer"
    case .ntriples: return "N-Triples writer"
    case .graphml: return "GraphML writer"
    case .dot: return "DOT writer"
    case .trig: return "TriG writer"
    case .nquads: return "N-Quads writer"
    }
}

var turtleSeconds = 0.0
for format in formats {
    var bytes = 0
    let seconds = try timed(runs) {
        let output = CountingOutput()
        try format.write(prefixes: collected.prefixes, triples: triples, to: output)
        bytes = output.count
    }
    if format == .turtle { turtleSeconds = seconds }
    print(column(writerName(format)) + String(format: "%8.3f s  %8.0f triples/s  (%.1f MB)", seconds,
                 Double(triples.count) / seconds, Double(bytes) / 1e6))
}

// What `extract -o FILE.ttl` does after resolution: the mapper feeding the Turtle writer directly.
let mapAndWrite = try timed(runs) {
    var sink = OutputFormat.turtle.makeSink(output: CountingOutput())
    try RDFMapper().write(resolved!, to: &sink)
}
print(column("RDF mapping + Turtle") + String(format: "%8.3f s  %8.0f triples/s", mapAndWrite, Double(triples.count) / mapAndWrite))

// The two threads of `extract --jobs 2` after resolution: the mapper filling numbered batches, and the Turtle writer
// reading them (interning, spilling and `finish()` on one thread), each timed alone.
var batches: [TripleBatch] = []
/// Writes `batches` as Turtle to a byte counter, as the `--jobs 2` writer thread does.
func writeTurtle(_ batches: [TripleBatch]) throws {
    var sink = OutputFormat.turtle.makeSink(output: CountingOutput()) as! any TripleBatchSink
    try sink.start(prefixes: RDFMapper().prefixes)
    for batch in batches { try sink.write(batch) }
    try sink.finish()
}
let mapToBatches = try timed(runs) {
    batches = []
    var batch = TripleBatch()
    try RDFMapper().emit(resolved!, batchesOf: 4096, into: &batch) { (full: inout TripleBatch) throws(GraphCoreError) in
        batches.append(full)
        full = TripleBatch()
    }
    if !batch.isEmpty { batches.append(batch) }
}
print(column("mapping to batches") + String(format: "%8.3f s  %8.0f triples/s  (%d batches, %.1f MB)", mapToBatches,
             Double(triples.count) / mapToBatches, batches.count, Double(batches.reduce(0) { $0 + $1.byteCount }) / 1e6))
let turtleFromBatches = try timed(runs) { try writeTurtle(batches) }
print(column("Turtle from batches") + String(format: "%8.3f s  %8.0f triples/s", turtleFromBatches,
             Double(triples.count) / turtleFromBatches))
// The same with every term's bytes in every triple (no numbering), as batches were before.
let mapToPlainBatches = try timed(runs) {
    batches = []
    var batch = TripleBatch()
    try RDFMapper().emit(resolved!) { (triple: Triple) throws(GraphCoreError) in
        batch.append(triple)
        if batch.count == 4096 {
            batches.append(batch)
            batch = TripleBatch()
        }
    }
    if !batch.isEmpty { batches.append(batch) }
}
print(column("mapping to plain batches") + String(format: "%8.3f s  %8.0f triples/s  (%d batches, %.1f MB)", mapToPlainBatches,
             Double(triples.count) / mapToPlainBatches, batches.count, Double(batches.reduce(0) { $0 + $1.byteCount }) / 1e6))
let turtleFromPlainBatches = try timed(runs) { try writeTurtle(batches) }
print(column("Turtle from plain batches") + String(format: "%8.3f s  %8.0f triples/s", turtleFromPlainBatches,
             Double(triples.count) / turtleFromPlainBatches))
batches = []

if withRapper {
    // The same triples as N-Triples in a file, then rapper's CPU time (its own process) to turn them into Turtle.
    let path = NSTemporaryDirectory() + "graph-export-bench-\(getpid()).nt"
    guard let file = FileHandle(forWritingAtPath: path) ?? {
        FileManager.default.createFile(atPath: path, contents: nil)
        return FileHandle(forWritingAtPath: path)
    }() else {
        FileHandle.standardError.write("cannot write \(path)\n".data(using: .utf8)!)
        exit(1)
    }
    let descriptor = DescriptorOutput(descriptor: file.fileDescriptor, path: path)
    try OutputFormat.ntriples.write(prefixes: collected.prefixes, triples: triples, to: descriptor)
    try file.close()
    defer { unlink(path) }
    var childTimes: [Double] = []
    for _ in 0..<runs {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rapper", "-q", "-i", "ntriples", "-o", "turtle", path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        var before = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &before)
        try process.run()
        process.waitUntilExit()
        var after = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &after)
        guard process.terminationStatus == 0 else {
            FileHandle.standardError.write("rapper failed (is raptor2-utils installed?)\n".data(using: .utf8)!)
            exit(1)
        }
        func cpu(_ u: rusage) -> Double {
            Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
        }
        childTimes.append(cpu(after) - cpu(before))
    }
    let rapper = median(childTimes)
    print(column("rapper nt -> Turtle") + String(format: "%8.3f s  %8.0f triples/s  (Turtle writer: %.1fx)", rapper,
                 Double(triples.count) / rapper, rapper / turtleSeconds))
}
