import Foundation
import GraphCore
import Testing
@testable import Exporters

@Suite("Writers")
struct WriterTests {
    @Test("Small graph matches the golden file", arguments: OutputFormat.allCases)
    func smallGolden(_ format: OutputFormat) throws {
        let (prefixes, triples) = try Fixtures.smallGraph()
        let bytes = try Fixtures.render(format, prefixes, triples)
        let name = "small." + format.fileExtension
        try Golden.check(bytes, name)
    }

    @Test("Nasty-names graph matches the golden file", arguments: OutputFormat.allCases)
    func nastyGolden(_ format: OutputFormat) throws {
        let (prefixes, triples) = try Fixtures.nastyGraph()
        let bytes = try Fixtures.render(format, prefixes, triples)
        let name = "nasty." + format.fileExtension
        try Golden.check(bytes, name)
    }

    @Test("Whole-graph writers give identical bytes for shuffled and duplicated input",
          arguments: [OutputFormat.turtle, .graphml, .dot])
    func determinism(_ format: OutputFormat) throws {
        for graph in [try Fixtures.smallGraph(), try Fixtures.nastyGraph()] {
            let reference = try Fixtures.render(format, graph.prefixes, graph.triples)
            for seed in UInt64(1)...5 {
                var generator = SeededGenerator(state: seed)
                var shuffled = graph.triples + graph.triples.prefix(7)
                shuffled.shuffle(using: &generator)
                #expect(try Fixtures.render(format, graph.prefixes, shuffled) == reference, "seed \(seed)")
            }
        }
    }

    @Test("N-Triples streams one line per triple, in write order")
    func ntriplesStreams() throws {
        let (prefixes, triples) = try Fixtures.smallGraph()
        let text = String(decoding: try Fixtures.render(.ntriples, prefixes, triples), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == triples.count + 1)
        #expect(lines.last == "")
        var first: [UInt8] = []
        NTriplesSyntax.appendTerm(triples[0].subject, to: &first)
        #expect(lines[0].hasPrefix(String(decoding: first, as: UTF8.self) + " <"))
        #expect(text.contains("\"2021-05-04\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        #expect(text.contains(" \"info@vrh.example\" .\n"))
        #expect(!text.contains("XMLSchema#string"))
    }

    @Test("N-Triples hands bytes over in chunks while writing, not only at finish")
    func ntriplesFlushes() throws {
        final class CountingOutput: ByteOutput {
            var calls = 0
            var total = 0
            func write(_ bytes: UnsafeRawBufferPointer) throws(GraphCoreError) { calls += 1; total += bytes.count }
        }
        let output = CountingOutput()
        var writer = NTriplesWriter(output: output)
        try writer.start(prefixes: [])
        let subject = Term.iri(try IRI(validating: "http://example.org/s"))
        for i in 0..<5000 {
            try writer.write(Triple(subject, RDFS.label, .literal(Literal(String(repeating: "x", count: 20) + String(i)))))
        }
        #expect(output.calls >= 3)
        let before = output.total
        try writer.finish()
        #expect(output.total > before)
    }

    @Test("Turtle: prefixes, grouping, order of predicates and abbreviations")
    func turtleLayout() throws {
        let ex = try IRI(validating: "http://example.org/")
        let s = Term.iri(try ex.appending("s")), t = Term.iri(try ex.appending("t"))
        let p = try ex.appending("p"), q = try ex.appending("q")
        let triples = [
            Triple(t, p, .literal(Literal("7", datatype: XSD.integer))),
            Triple(s, q, .literal(Literal("b"))),
            Triple(s, SKOS.altLabel, .literal(Literal("z"))),
            Triple(s, p, .literal(Literal("1e5", datatype: XSD.integer))),
            Triple(s, q, .literal(Literal("a"))),
            Triple(s, RDFS.label, .literal(Literal("Ess"))),
            Triple(s, RDF.type, .iri(try ex.appending("C"))),
            Triple(s, p, .literal(Literal("0.85", datatype: XSD.decimal))),
            Triple(s, p, .literal(Literal(".5", datatype: XSD.decimal))),
            Triple(s, p, .literal(Literal("2016-04", datatype: XSD.gYearMonth))),
            Triple(s, p, .literal(try Literal("Stadt", language: "de"))),
            Triple(s, p, .iri(try ex.appending("a/b"))),
            Triple(s, p, .blank(try BlankNode(validating: "b1"))),
            Triple(.blank(try BlankNode(validating: "b1")), p, .literal(Literal("-3", datatype: XSD.integer))),
            Triple(.blank(try BlankNode(validating: "st1")), p, s),
        ]
        let prefixes = [Prefix("ex", ex), Prefix("xsd", XSD.namespace), Prefix("rdfs", RDFS.namespace),
                        Prefix("skos", SKOS.namespace), Prefix("bad name", ex), Prefix("ex", XSD.namespace)]
        let text = String(decoding: try Fixtures.render(.turtle, prefixes, triples), as: UTF8.self)
        let expected = """
            @prefix ex: <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

            ex:s a ex:C ;
                rdfs:label "Ess" ;
                skos:altLabel "z" ;
                ex:p <http://example.org/a/b>, _:b1, ".5"^^xsd:decimal, 0.85, "1e5"^^xsd:integer, "2016-04"^^xsd:gYearMonth, "Stadt"@de ;
                ex:q "a", "b" .

            ex:t ex:p 7 .

            _:b1 ex:p -3 .

            [] ex:p ex:s .

            """
        #expect(text == expected)
    }

    @Test("Sinks reject calls out of order", arguments: OutputFormat.allCases)
    func misuse(_ format: OutputFormat) throws {
        let triple = Triple(.iri(try IRI(validating: "http://example.org/s")), RDFS.label, .literal(Literal("x")))
        var sink = format.makeSink(output: MemoryOutput())
        #expect(throws: GraphCoreError.self) { try sink.write(triple) }
        try sink.start(prefixes: [])
        #expect(throws: GraphCoreError.self) { try sink.start(prefixes: []) }
        try sink.write(triple)
        try sink.finish()
        #expect(throws: GraphCoreError.self) { try sink.write(triple) }
        #expect(throws: GraphCoreError.self) { try sink.finish() }
    }

    @Test("RDFMapper drives an existential sink made by OutputFormat")
    func mapperWithExistential() throws {
        var graph = try KnowledgeGraph()
        graph.add(DocumentExtraction(document: DocumentInfo(name: "x.txt", contentHash: Fixtures.hash("d"), datePublished: nil),
                                     entities: [EntityMention(kind: .city, label: "Wuppertal")]))
        let output = MemoryOutput()
        var sink = OutputFormat.ntriples.makeSink(output: output)
        try RDFMapper().write(graph.resolve(), to: &sink)
        #expect(output.text.contains("<https://w3id.org/graph-export/id/city/wuppertal> <http://www.w3.org/2000/01/rdf-schema#label> \"Wuppertal\" .\n"))
    }
}

@Suite("Output formats")
struct OutputFormatTests {
    @Test("File extensions map to formats and back", arguments: OutputFormat.allCases)
    func roundTrip(_ format: OutputFormat) throws {
        #expect(OutputFormat(fileExtension: format.fileExtension) == format)
        #expect(OutputFormat(fileExtension: format.fileExtension.uppercased()) == format)
        #expect(try OutputFormat(path: "out/graph." + format.fileExtension) == format)
        #expect(try OutputFormat(name: format.rawValue) == format)
        #expect(format.streams == (format == .ntriples || format == .nquads))
        #expect(format.hasNamedGraphs == (format.makeQuadSink(output: MemoryOutput()) != nil))
    }

    @Test("Unknown extensions and names are errors")
    func unknown() {
        #expect(OutputFormat(fileExtension: "rdf") == nil)
        #expect(throws: ExportersError.unknownFileExtension(path: "out.d/graph")) { try OutputFormat(path: "out.d/graph") }
        #expect(throws: ExportersError.unknownFormatName("jsonld")) { try OutputFormat(name: "jsonld") }
    }
}

@Suite("Property graph")
struct PropertyGraphTests {
    @Test("Reconstruction of posts, signatories, events, literals and provenance")
    func reconstruction() throws {
        let (_, triples) = try Fixtures.smallGraph()
        var builder = PropertyGraphBuilder()
        for t in triples { builder.add(t) }
        let graph = builder.build()
        func node(_ label: String) throws -> Int { try #require(graph.nodes.firstIndex { $0.label == label }) }
        func edges(_ relation: String) -> [PropertyGraph.Edge] { graph.edges.filter { $0.relation == relation } }

        #expect(graph.nodes.map(\.id) == graph.nodes.indices.map { "n\($0)" })
        #expect(graph.nodes.map(\.iri) == graph.nodes.map(\.iri).sorted())
        #expect(graph.nodes.count == 7)
        #expect(graph.nodes.allSatisfy { $0.kind != .event || $0.label == "Hafenforum 2021" })

        let henrike = try node("Henrike Voßbeck"), vrh = try node("Verband Rheinischer Hafenstädte")
        let duisburg = try node("Duisburg"), ningbo = try node("Ningbo"), forum = try node("Hafenforum 2021")
        let agreement = try node("Absichtserklärung Hafenlogistik"), li = try node("Li Wen")

        let role = try #require(edges("holdsRole").first)
        #expect(edges("holdsRole").count == 1)
        #expect((role.source, role.target, role.role) == (henrike, vrh, "Geschäftsführerin"))
        #expect(role.sources == ["hafenverband-2021-03.txt"])
        #expect(role.quotes.count == 1 && role.quotes[0].hasPrefix("Henrike Voßbeck, Geschäftsführerin"))
        #expect(graph.nodes[li].roles == ["Bürgermeister"])

        let signatory = try #require(edges("signatory").first)
        #expect((signatory.source, signatory.target) == (ningbo, agreement))
        #expect(Set(edges("memberOf").map { [$0.source, $0.target] }) == [[duisburg, vrh], [ningbo, vrh]])
        #expect(edges("location").map { [$0.source, $0.target] } == [[forum, duisburg]])
        #expect(edges("organizer").map { [$0.source, $0.target] } == [[forum, vrh]])
        #expect(edges("partnerOf").count == 1)

        let data = Dictionary(uniqueKeysWithValues: graph.nodes[vrh].data.map { ($0.key, $0.value) })
        #expect(data["email"] == "info@vrh.example")
        #expect(data["telephone"] == "+49 203 555-0")
        #expect(data["foundingDate"] == "2019-04")
        #expect(data["address"] == "Hafenweg 7, 47051 Duisburg")
        #expect(graph.nodes[vrh].altLabels == ["VRH", "Verbands Rheinischer Hafenstädte"])
        #expect(graph.nodes[vrh].sources == ["hafenverband-2021-03.txt", "ningbo-absichtserklaerung.html"])
        #expect(graph.nodes[forum].data.map(\.key) == ["startDate"])
        #expect(graph.dataKeys == ["foundingDate", "startDate", "email", "telephone", "address"])
    }
}
