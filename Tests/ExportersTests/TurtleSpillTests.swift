import GraphCore
import Testing
@testable import Exporters

/// The Turtle writer keeps triples about blank nodes in a temporary file; these check that the bytes do not change.
@Suite("Turtle blank-node blocks")
struct TurtleSpillTests {
    static let ex = try! IRI(validating: "http://example.org/")
    static let value = try! IRI(validating: "http://example.org/v")
    static let prefixes = [Prefix("ex", ex), Prefix("rdf", RDF.namespace), Prefix("xsd", XSD.namespace), Prefix("ge", GE.namespace)]

    /// The Turtle bytes for `triples` written in this order.
    static func turtle(_ triples: [Triple]) throws -> [UInt8] { try Fixtures.render(.turtle, prefixes, triples) }

    /// The reference rendering: TriG's default graph, whose blocks are laid out from triples kept in memory.
    static func reference(_ triples: [Triple]) throws -> [UInt8] { try Fixtures.render(.trig, prefixes, triples) }

    /// The ten triples of a provenance statement node about `subject`, as `RDFMapper` writes them.
    static func statement(_ label: String, about subject: Term, quote: String, _ n: Int) throws -> [Triple] {
        let node = Term.blank(try BlankNode(validating: label))
        return [
            Triple(node, RDF.type, .iri(RDF.Statement)),
            Triple(node, RDF.subject, subject),
            Triple(node, RDF.predicate, .iri(try ex.appending("p\(n % 3)"))),
            Triple(node, RDF.object, .literal(Literal("value \(n)"))),
            Triple(node, GE.quote, .literal(Literal(quote))),
            Triple(node, GE.rule, .literal(Literal("rule-\(n % 5)"))),
            Triple(node, GE.confidence, .literal(Literal("0.\(n % 10)5", datatype: XSD.decimal))),
            Triple(node, GE.beginIndex, .literal(Literal("\(n * 7)", datatype: XSD.integer))),
            Triple(node, GE.endIndex, .literal(Literal("\(n * 7 + 40)", datatype: XSD.integer))),
            Triple(node, GE.contentHash, .literal(Literal(String(repeating: "ab", count: 32)))),
        ]
    }

    @Test("Split, duplicated and referenced blank-node blocks are written as before")
    func goldenLayout() throws {
        let s = Term.iri(try Self.ex.appending("s"))
        let a = try Self.statement("st1", about: s, quote: "Er sagte: \"Ja\".\nDann ging er.", 1)
        let b = try Self.statement("st0", about: s, quote: "Zweiter Satz.", 2)
        let c = Triple(.blank(try BlankNode(validating: "st10")), RDF.type, .iri(RDF.Statement))
        let d = Triple(.blank(try BlankNode(validating: "b9")), Self.value, .blank(try BlankNode(validating: "st0")))
        // st1 in two fragments with b, c, an IRI subject and a duplicate in between.
        var triples: [Triple] = Array(a[0..<4])
        triples += b
        triples += [c, Triple(s, Self.value, .literal(Literal("x"))), b[3], d]
        triples += a[4...]
        triples.append(a[0])
        let text = String(decoding: try Self.turtle(triples), as: UTF8.self)
        let expected = """
            @prefix ex: <http://example.org/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix ge: <https://w3id.org/graph-export/vocab#> .

            ex:s ex:v "x" .

            [] ex:v _:st0 .

            _:st0 a rdf:Statement ;
                rdf:object "value 2" ;
                rdf:predicate ex:p2 ;
                rdf:subject ex:s ;
                ge:beginIndex 14 ;
                ge:confidence 0.25 ;
                ge:contentHash "abababababababababababababababababababababababababababababababab" ;
                ge:endIndex 54 ;
                ge:quote "Zweiter Satz." ;
                ge:rule "rule-2" .

            [] a rdf:Statement ;
                rdf:object "value 1" ;
                rdf:predicate ex:p1 ;
                rdf:subject ex:s ;
                ge:beginIndex 7 ;
                ge:confidence 0.15 ;
                ge:contentHash "abababababababababababababababababababababababababababababababab" ;
                ge:endIndex 47 ;
                ge:quote "Er sagte: \\"Ja\\".\\nDann ging er." ;
                ge:rule "rule-1" .

            [] a rdf:Statement .

            """
        #expect(text == expected)
        #expect(try Self.turtle(triples) == Self.reference(triples))
    }

    @Test("Many statement blocks, shuffled into fragments with duplicates, match the in-memory rendering")
    func manyBlocks() throws {
        var generator = SeededGenerator(state: 42)
        let subjects = try (0..<50).map { Term.iri(try Self.ex.appending("e\($0)")) }
        var triples: [Triple] = []
        for n in 0..<15_000 {
            let label = "st" + String(UInt64.random(in: 0..<(1 << 40), using: &generator), radix: 16)
            let quote = "Satz \(n % 997) über \(n % 13): " + String(repeating: "Wort ", count: n % 17)
            var block = try Self.statement(label, about: subjects[n % subjects.count], quote: quote, n)
            if n % 9 == 0 { block.append(block[n % block.count]) }  // a duplicate triple
            triples += block
        }
        for n in stride(from: 0, to: 15_000, by: 101) {
            // Blank nodes used as objects, from IRI and from blank subjects.
            let node = triples[n * 10].subject
            triples.append(Triple(subjects[n % subjects.count], Self.value, node))
            triples.append(Triple(.blank(try BlankNode(validating: "z\(n)")), Self.value, node))
        }
        // Split some runs: move every 37th triple to the end, so their subjects have two or three fragments.
        var moved: [Triple] = []
        var kept: [Triple] = []
        for (i, triple) in triples.enumerated() { if i % 37 == 5 { moved.append(triple) } else { kept.append(triple) } }
        let written = kept + moved + moved.prefix(100)
        let bytes = try Self.turtle(written)
        #expect(bytes == (try Self.reference(triples)))
        var shuffled = written
        shuffled.shuffle(using: &generator)
        #expect(try Self.turtle(shuffled) == bytes)
    }
}
