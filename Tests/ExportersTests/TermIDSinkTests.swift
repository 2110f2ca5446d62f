import GraphCore
import Testing
@testable import Exporters

/// `RDFMapper.write` hands the Turtle writer term ids (`TermIDSink`); the bytes must be those of writing the triples.
@Suite("Turtle writer fed term ids")
struct TermIDSinkTests {
    /// The Turtle bytes `RDFMapper.write` produces for `graph` (through term ids), and those of its emitted triples.
    static func both(_ graph: KnowledgeGraph, provenance: ProvenanceMode) throws -> (ids: [UInt8], triples: [UInt8]) {
        let resolved = graph.resolve()
        let mapper = RDFMapper(provenance: provenance)
        let output = MemoryOutput()
        var writer = TurtleWriter(output: output)
        try mapper.write(resolved, to: &writer)
        var triples: [Triple] = []
        try mapper.emit(resolved) { (triple: Triple) throws(GraphCoreError) in triples.append(triple) }
        return (output.bytes, try Fixtures.render(.turtle, mapper.prefixes, triples))
    }

    @Test("The small and the nasty graph, with and without statement nodes", arguments: [ProvenanceMode.statements, .none])
    func sameBytes(provenance: ProvenanceMode) throws {
        for graph in [try Fixtures.smallKnowledgeGraph(), try Fixtures.nastyKnowledgeGraph()] {
            let (ids, triples) = try Self.both(graph, provenance: provenance)
            #expect(!ids.isEmpty)
            #expect(ids == triples)
        }
    }

    @Test("Numbered batches from the mapper give the bytes of the triples, for any batch size",
          arguments: [1, 3, 4_096])
    func numberedBatches(size: Int) throws {
        for provenance in [ProvenanceMode.statements, .none] {
            for graph in [try Fixtures.smallKnowledgeGraph(), try Fixtures.nastyKnowledgeGraph()] {
                let resolved = graph.resolve()
                let mapper = RDFMapper(provenance: provenance)
                for threads in [1, 2] {
                    let output = MemoryOutput()
                    var writer = TurtleWriter(output: output, threads: threads)
                    try writer.start(prefixes: mapper.prefixes)
                    var batch = TripleBatch()
                    var batches = 0
                    try mapper.emit(resolved, batchesOf: size, into: &batch) { (full: inout TripleBatch) throws(GraphCoreError) in
                        #expect(full.count == size)
                        try writer.write(full)
                        full.removeAll()
                        batches += 1
                    }
                    if !batch.isEmpty { try writer.write(batch) }
                    try writer.finish()
                    if size < 100 { #expect(batches > 0) }  // the small graphs have fewer triples than the large size
                    #expect(output.bytes == (try Self.both(graph, provenance: provenance).triples))
                }
            }
        }
    }

    @Test("A sink that is not a TermIDSink is handed the same triples")
    func plainSink() throws {
        struct Collecting: GraphSink {
            var triples: [Triple] = []
            mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {}
            mutating func write(_ triple: Triple) throws(GraphCoreError) { triples.append(triple) }
            mutating func finish() throws(GraphCoreError) {}
        }
        let resolved = try Fixtures.nastyKnowledgeGraph().resolve()
        var sink = Collecting()
        try RDFMapper().write(resolved, to: &sink)
        var emitted: [Triple] = []
        try RDFMapper().emit(resolved) { (triple: Triple) throws(GraphCoreError) in emitted.append(triple) }
        #expect(sink.triples == emitted)
    }
}
