import Foundation
import GraphCore
import Testing
@testable import Exporters

/// The fixture graphs mapped with one named graph per document, and rendered by the quad writers.
enum QuadFixtures {
    static let graphs = ["small", "nasty"]

    static func knowledgeGraph(_ name: String) throws -> KnowledgeGraph {
        name == "small" ? try Fixtures.smallKnowledgeGraph() : try Fixtures.nastyKnowledgeGraph()
    }

    /// The quads of `name` with `--provenance graphs`, and the document IRIs.
    static func quads(_ name: String) throws -> (prefixes: [Prefix], quads: [Quad], documents: [IRI]) {
        let mapper = RDFMapper(provenance: .graphs)
        let resolved = try knowledgeGraph(name).resolve()
        var quads: [Quad] = []
        try mapper.emitQuads(resolved) { (triple: Triple, graph: IRI?) throws(GraphCoreError) in quads.append(Quad(triple, in: graph)) }
        return (mapper.prefixes, quads, resolved.documents.map(mapper.documentIRI))
    }

    /// The bytes a quad format writes for `quads`.
    static func render(_ format: OutputFormat, _ prefixes: [Prefix], _ quads: [Quad]) throws -> [UInt8] {
        let output = MemoryOutput()
        var sink = try #require(format.makeQuadSink(output: output))
        try sink.start(prefixes: prefixes)
        for quad in quads { try sink.write(quad) }
        try sink.finish()
        return output.bytes
    }

    static let formats: [OutputFormat] = [.trig, .nquads]
}

@Suite("TriG and N-Quads writers")
struct QuadWriterTests {
    @Test("One named graph per document matches the golden file",
          arguments: QuadFixtures.graphs, QuadFixtures.formats)
    func golden(_ graph: String, _ format: OutputFormat) throws {
        let (prefixes, quads, _) = try QuadFixtures.quads(graph)
        try Golden.check(try QuadFixtures.render(format, prefixes, quads), "\(graph)-graphs.\(format.fileExtension)")
    }

    @Test("Graphs mode: facts only in the graphs of the documents that state them, descriptions in the default graph")
    func placement() throws {
        let (_, quads, documents) = try QuadFixtures.quads("small")
        let named = quads.filter { $0.graph != nil }
        let unnamed = quads.filter { $0.graph == nil }
        #expect(Set(named.compactMap(\.graph)) == Set(documents))
        // No statement nodes and no prov:wasDerivedFrom anywhere.
        #expect(!quads.contains { $0.triple.predicate == RDF.subject || $0.triple.predicate == PROV.wasDerivedFrom })
        // Labels, types of entities and the document nodes are in the default graph only.
        #expect(named.allSatisfy { $0.triple.predicate != RDFS.label && $0.triple.object != .iri(SCHEMA.CreativeWork) })
        #expect(unnamed.filter { $0.triple.object == .iri(SCHEMA.CreativeWork) }.count == documents.count)
        // memberOf VRH is stated by both documents (Duisburg in the first, Ningbo in the second): each in its own graph.
        let member = named.filter { $0.triple.predicate == ORG.memberOf }
        #expect(member.count == 2)
        #expect(Set(member.compactMap(\.graph)).count == 2)
        // A post's node belongs to the fact: in the graph of the document that states it.
        #expect(named.contains { $0.triple.predicate == ORG.heldBy })
        // An alias fact is given in the graph of the document that states it, besides the entity's description.
        let nasty = try QuadFixtures.quads("nasty").quads
        let alias = try #require(nasty.first { $0.triple.predicate == SKOS.altLabel && $0.triple.object.literal?.language == "de-de" })
        #expect(alias.graph != nil)
    }

    @Test("TriG gives identical bytes for shuffled and duplicated quads")
    func determinism() throws {
        for name in QuadFixtures.graphs {
            let (prefixes, quads, _) = try QuadFixtures.quads(name)
            let reference = try QuadFixtures.render(.trig, prefixes, quads)
            for seed in UInt64(1)...4 {
                var generator = SeededGenerator(state: seed)
                var shuffled = quads + quads.prefix(5)
                shuffled.shuffle(using: &generator)
                #expect(try QuadFixtures.render(.trig, prefixes, shuffled) == reference, "seed \(seed)")
            }
        }
    }

    @Test("N-Quads writes the graph as a fourth term, and none for the default graph")
    func nquadsLines() throws {
        let (prefixes, quads, documents) = try QuadFixtures.quads("small")
        let text = String(decoding: try QuadFixtures.render(.nquads, prefixes, quads), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == quads.count)
        let withGraph = lines.filter { line in documents.contains { line.hasSuffix(" <\($0.string)> .") } }
        #expect(withGraph.count == quads.filter { $0.graph != nil }.count)
    }

    @Test("Statements mode through a quad sink puts everything into the default graph")
    func statementsIntoDefaultGraph() throws {
        let mapper = RDFMapper(provenance: .statements)
        let resolved = try Fixtures.smallKnowledgeGraph().resolve()
        var quads: [Quad] = []
        try mapper.emitQuads(resolved) { (triple: Triple, graph: IRI?) throws(GraphCoreError) in quads.append(Quad(triple, in: graph)) }
        var triples: [Triple] = []
        try mapper.emit(resolved) { (triple: Triple) throws(GraphCoreError) in triples.append(triple) }
        #expect(quads.allSatisfy { $0.graph == nil })
        #expect(quads.map(\.triple) == triples)
    }

    @Test("rapper parses TriG and N-Quads with every quad", arguments: QuadFixtures.graphs)
    func rapper(_ name: String) throws {
        let (prefixes, quads, _) = try QuadFixtures.quads(name)
        for (format, syntax) in [(OutputFormat.trig, "trig"), (.nquads, "nquads")] {
            let path = try ExternalTool.temporaryFile(try QuadFixtures.render(format, prefixes, quads), "\(name).\(format.fileExtension)")
            let result = try ExternalTool.run("rapper", ["-i", syntax, "-c", path], install: "the Debian package raptor2-utils")
            #expect(result.status == 0, "rapper -i \(syntax) -c \(path): \(result.stderr)")
            #expect(result.stderr.contains("returned \(Set(quads).count) triples"), "\(syntax): \(result.stderr)")
            #expect(!result.stderr.contains("Warning"), "\(syntax): \(result.stderr)")
        }
    }

    @Test("rdflib reads TriG and N-Quads into the same dataset; every named graph is a document", arguments: QuadFixtures.graphs)
    func rdflib(_ name: String) throws {
        let (prefixes, quads, documents) = try QuadFixtures.quads(name)
        let trig = try ExternalTool.temporaryFile(try QuadFixtures.render(.trig, prefixes, quads), "\(name).trig")
        let nq = try ExternalTool.temporaryFile(try QuadFixtures.render(.nquads, prefixes, quads), "\(name).nq")
        let script = """
            import sys
            try:
                import rdflib
                from rdflib.compare import isomorphic
            except ImportError:
                print("rdflib missing: pip install rdflib"); sys.exit(3)
            a = rdflib.Dataset(); a.parse(sys.argv[1], format="trig")
            b = rdflib.Dataset(); b.parse(sys.argv[2], format="nquads")
            def graphs(d):
                return {str(g.identifier): g for g in d.graphs() if len(g) > 0}
            ga, gb = graphs(a), graphs(b)
            same = ga.keys() == gb.keys() and all(isomorphic(ga[k], gb[k]) for k in ga)
            named = sorted(k for k in ga if k != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID))
            print(sum(len(g) for g in ga.values()), same)
            for k in named: print(k)
            """
        let result = try ExternalTool.run("python3", ["-c", script, trig, nq], install: "python3 and `pip install rdflib`")
        #expect(result.status == 0, "rdflib: \(result.stdout) \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(Set(quads).count) True", "\(result.stdout) \(result.stderr)")
        #expect(Array(lines.dropFirst()) == documents.map(\.string).sorted())
    }
}
