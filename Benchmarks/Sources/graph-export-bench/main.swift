// Times the stages of graph-export separately over a corpus folder: tokenisation, extraction (tokenisation +
// recognition + rules), entity resolution, and every writer (triples/s, writing to memory). Prints one line per
// stage with the median of K runs. End-to-end runs (and the peers) are timed by scripts/bench-vs-peers.
import Foundation
import GraphCore
import Extractors
import Exporters

/// Seconds since an arbitrary origin (monotonic).
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

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
if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count, let k = Int(arguments[i + 1]) {
    runs = max(1, k)
    arguments.removeSubrange(i...(i + 1))
}
guard let root = arguments.first else {
    FileHandle.standardError.write("usage: graph-export-bench CORPUS_DIR [--runs K]\n".data(using: .utf8)!)
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
print(String(format: "corpus: %d documents, %.1f MB, median of %d runs", texts.count, megabytes, runs))

/// `name` padded to the width of the first column.
func column(_ name: String) -> String { name.padding(toLength: 26, withPad: " ", startingAt: 0) }

func report(_ stage: String, _ seconds: Double, _ extra: String = "") {
    print(column(stage) + String(format: "%8.3f s  %8.2f MB/s  %9.0f docs/s%@", seconds, megabytes / seconds,
                 Double(texts.count) / seconds, extra as NSString))
}

let analyzer = TextAnalyzer.shared
var tokens = 0
let tokenize = timed(runs) {
    tokens = 0
    for text in texts { tokens += analyzer.analyze(text).sentences.reduce(0) { $0 + $1.tokens.count } }
}
report("tokenise + split", tokenize, String(format: "  %.0f tokens/s", Double(tokens) / tokenize))

let extractor = Extractor(lexicons: try Lexicons.bundled())
var extractions: [DocumentExtraction] = []
let extract = timed(runs) {
    extractions = texts.enumerated().map { i, text in
        extractor.extract(name: paths[i], text: text, contentHash: String(i))
    }
}
report("extract (tokens + rules)", extract)

var resolved: ResolvedGraph? = nil
let resolve = try timed(runs) {
    var graph = try KnowledgeGraph()
    for extraction in extractions { graph.add(extraction) }
    resolved = graph.resolve(minConfidence: 0)
}
let facts = resolved!.facts.count
print(column("entity resolution") + String(format: "%8.3f s  %8.0f facts/s  (%d entities, %d facts)", resolve,
             Double(facts) / resolve, resolved!.entities.count, facts))

var collected = CollectingSink()
let mapping = try timed(runs) {
    collected = CollectingSink()
    try RDFMapper().write(resolved!, to: &collected)
}
let triples = collected.triples
print(column("RDF mapping") + String(format: "%8.3f s  %8.0f triples/s  (%d triples)", mapping,
             Double(triples.count) / mapping, triples.count))

for format in [OutputFormat.turtle, .ntriples, .graphml, .dot] {
    var bytes = 0
    let seconds = try timed(runs) {
        let output = CountingOutput()
        try format.write(prefixes: collected.prefixes, triples: triples, to: output)
        bytes = output.count
    }
    print(column("writer \(format.rawValue)") + String(format: "%8.3f s  %8.0f triples/s  (%.1f MB)", seconds,
                 Double(triples.count) / seconds, Double(bytes) / 1e6))
}
