import GraphCore
import Testing
@testable import Exporters

/// The Turtle writer's `finish()` on two threads, and the spill read back in small batches, give the same bytes.
@Suite("Turtle writer on two threads")
struct TurtleParallelTests {
    /// A graph with many IRI subjects and many statement nodes, some split into several fragments, some duplicated.
    static func triples() throws -> [Triple] {
        var generator = SeededGenerator(state: 7)
        let subjects = try (0..<1_500).map { Term.iri(try TurtleSpillTests.ex.appending("e\($0)")) }
        var triples: [Triple] = []
        for n in 0..<4_000 {
            let label = "st" + String(UInt64.random(in: 0..<(1 << 40), using: &generator), radix: 16)
            var block = try TurtleSpillTests.statement(label, about: subjects[n % subjects.count], quote: "Satz \(n % 211) über Köln.", n)
            if n % 7 == 0 { block.append(block[n % block.count]) }
            triples += block
            triples.append(Triple(subjects[n % subjects.count], TurtleSpillTests.value, .literal(Literal("v\(n % 29)"))))
        }
        for n in stride(from: 0, to: 4_000, by: 53) {
            triples.append(Triple(subjects[(n * 7) % subjects.count], TurtleSpillTests.value, triples[n * 11].subject))
        }
        var moved: [Triple] = []
        var kept: [Triple] = []
        for (i, triple) in triples.enumerated() { if i % 31 == 3 { moved.append(triple) } else { kept.append(triple) } }
        return kept + moved
    }

    /// The Turtle bytes of `triples` from a writer with `threads` threads and the given spill limits.
    static func render(_ triples: [Triple], threads: Int, batchTriples: Int? = nil, readWindow: Int? = nil) throws -> [UInt8] {
        let output = MemoryOutput()
        var writer = TurtleWriter(output: output, threads: threads)
        if let batchTriples { writer.spillLimits.batchTriples = batchTriples }
        if let readWindow { writer.spillLimits.readWindow = readWindow }
        try writer.start(prefixes: TurtleSpillTests.prefixes)
        for triple in triples { try writer.write(triple) }
        try writer.finish()
        return output.bytes
    }

    @Test("Two threads write the same bytes as one, which match the in-memory rendering")
    func twoThreads() throws {
        let triples = try Self.triples()
        let one = try Self.render(triples, threads: 1)
        #expect(one == (try TurtleSpillTests.reference(triples)))
        #expect(try Self.render(triples, threads: 2) == one)
        #expect(try Self.render(triples, threads: 8) == one)
    }

    @Test("Small batches and read windows (labels gathered over many passes, fragments straddling reads) change nothing")
    func smallBatches() throws {
        let triples = try Self.triples()
        let expected = try Self.render(triples, threads: 1)
        for (batch, window) in [(500, 8), (2_000, 24), (25_000, 4_096)] {
            #expect(try Self.render(triples, threads: 1, batchTriples: batch, readWindow: window) == expected)
            #expect(try Self.render(triples, threads: 2, batchTriples: batch, readWindow: window) == expected)
        }
    }

    /// The Turtle bytes of `triples` written as encoded batches of `size` triples.
    static func renderBatches(_ triples: [Triple], size: Int, threads: Int) throws -> [UInt8] {
        let output = MemoryOutput()
        var writer = TurtleWriter(output: output, threads: threads)
        try writer.start(prefixes: TurtleSpillTests.prefixes)
        try writer.write(triples, inBatchesOf: size)
        try writer.finish()
        return output.bytes
    }

    @Test("Encoded batches of any size give the bytes of the same triples written one by one",
          arguments: [1, 7, 4_096, 1_000_000])
    func batches(size: Int) throws {
        // Terms with canonically equivalent spellings go through the table's NFC path from batches too.
        let subject = Term.iri(try TurtleSpillTests.ex.appending("nfc"))
        let awkward = try TermTableTests.terms().map { Triple(subject, TurtleSpillTests.value, $0) }
        let triples = try Self.triples() + awkward
        let expected = try Self.render(triples, threads: 1)
        #expect(try Self.renderBatches(triples, size: size, threads: 1) == expected)
        #expect(try Self.renderBatches(triples, size: size, threads: 2) == expected)
    }

    @Test("makeSink(output:threads:) gives a Turtle writer with the same bytes")
    func sinkWithThreads() throws {
        let triples = try Self.triples()
        let output = MemoryOutput()
        var sink = OutputFormat.turtle.makeSink(output: output, threads: 2)
        try sink.start(prefixes: TurtleSpillTests.prefixes)
        for triple in triples { try sink.write(triple) }
        try sink.finish()
        #expect(output.bytes == (try Self.render(triples, threads: 1)))
    }
}

/// ``OrderedRendering`` writes the pieces in order on one or two threads and stops at a write error.
@Suite("Ordered rendering")
struct OrderedRenderingTests {
    /// Piece `index` as bytes: its number repeated a varying number of times.
    static func piece(_ index: Int, _ out: inout [UInt8]) {
        for _ in 0..<(1 + (index * 7919) % 300) { out.append(contentsOf: Array("\(index);".utf8)) }
    }

    @Test("Pieces come out in order, the same for one and two threads", arguments: [0, 1, 2, 5, 1_000])
    func inOrder(count: Int) throws {
        var expected: [UInt8] = []
        for index in 0..<count { Self.piece(index, &expected) }
        for threads in [1, 2] {
            var written: [UInt8] = []
            try OrderedRendering.run(count: count, threads: threads, render: Self.piece) { (run) throws(GraphCoreError) in
                written.append(contentsOf: run)
            }
            #expect(written == expected)
        }
    }

    @Test("A write error stops the rendering and is rethrown")
    func writeError() {
        for threads in [1, 2] {
            var writes = 0
            #expect(throws: GraphCoreError.self) {
                try OrderedRendering.run(count: 500, threads: threads, render: Self.piece) { (_) throws(GraphCoreError) in
                    writes += 1
                    if writes == 10 { throw .writeFailed(path: "out.ttl", reason: "disk full") }
                }
            }
            #expect(writes == 10)
        }
    }
}
