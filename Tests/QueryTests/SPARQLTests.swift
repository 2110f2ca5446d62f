import Testing
import GraphCore
@testable import Query

@Suite struct SPARQLTests {
    func engine() throws -> SPARQLEngine { try SPARQLEngine(triples: try Fixture.triples(), prefixes: Fixture.prefixes) }

    @Test func selectFindsMembersWithPredeclaredPrefixes() throws {
        let result = try engine().execute("""
            SELECT ?name WHERE {
              ?city org:memberOf ?net . ?net skos:altLabel "RSS" . ?city rdfs:label ?name
            } ORDER BY ?name
            """)
        guard case .bindings(let variables, let rows) = result else { Issue.record("not bindings"); return }
        #expect(variables == ["name"])
        #expect(rows.map { $0[0]?.literal?.lexical } == ["Leverkusen", "Zwickau"])
    }

    @Test func askAnswersTrueAndFalse() throws {
        #expect(try engine().execute("ASK { ?p org:holds ?post . ?post org:role ?r . ?r rdfs:label \"Geschäftsführerin\" }") == .boolean(true))
        #expect(try engine().execute("ASK { ?x ge:partnerOf ?y }") == .boolean(false))
    }

    @Test func constructReturnsTriples() throws {
        let result = try engine().execute("CONSTRUCT { ?e schema:attendee ?p } WHERE { ?e schema:attendee ?p }")
        guard case .graph(let triples) = result else { Issue.record("not a graph"); return }
        #expect(triples.count == 2)
        #expect(triples.allSatisfy { $0.predicate == SCHEMA.attendee })
    }

    @Test func countHasIntegerDatatypeAndTurtleInputWorks() throws {
        let turtle = SPARQLEngine(rdf: try Fixture.turtle(), syntax: .turtle, prefixes: Fixture.prefixes)
        let result = try turtle.execute("SELECT (COUNT(?s) AS ?n) WHERE { ?s a schema:City }")
        guard case .bindings(_, let rows) = result else { Issue.record("not bindings"); return }
        #expect(rows.first?.first ?? nil == .literal(Literal("2", datatype: XSD.integer)))
    }

    @Test func unboundVariablesStayNil() throws {
        let result = try engine().execute("SELECT ?c ?area WHERE { ?c a schema:City OPTIONAL { ?c schema:containedInPlace ?area } } ORDER BY ?c")
        guard case .bindings(_, let rows) = result else { Issue.record("not bindings"); return }
        #expect(rows.count == 2)
        #expect(rows[0][1] == nil)
        #expect(rows[1][1] != nil)
    }

    @Test func userPrefixOverridesPredeclaredOne() throws {
        let e = try engine()
        let preamble = e.preamble(for: "PREFIX schema: <http://schema.org/>\nSELECT * WHERE { ?s ?p ?o }")
        #expect(!preamble.contains("PREFIX schema:"))
        #expect(preamble.contains("PREFIX org:"))
        #expect(!preamble.dropLast().contains("\n"))
    }

    struct SyntaxCase: Sendable, CustomStringConvertible {
        let query: String
        let line: Int
        let column: Int
        var description: String { query }
    }

    @Test(arguments: [
        SyntaxCase(query: "SELECT ?x WHERE {\n  ?x a ?y .\n  FILTER( }", line: 3, column: 11),
        SyntaxCase(query: "SELECT ?x WHERE { ?x a ?y } LIMIT LIMIT", line: 1, column: 35),
        SyntaxCase(query: "SELECT ?x\nWHERE { ?x nope:thing ?y }", line: 2, column: 12),
        SyntaxCase(query: "SELECT ?x WHERE { ?x a ?y ", line: 1, column: 26),
    ])
    func syntaxErrorsCarryLineAndColumnOfTheUsersQuery(_ c: SyntaxCase) throws {
        do {
            _ = try engine().execute(c.query)
            Issue.record("no error for \(c.query)")
        } catch let error as QueryError {
            guard case .querySyntax(let line, let column, let message) = error else { Issue.record("\(error)"); return }
            #expect(line == c.line)
            #expect(column == c.column)
            #expect(!message.isEmpty)
        }
    }

    @Test func describeIsRefused() throws {
        #expect(throws: QueryError.unsupportedQueryForm("DESCRIBE")) { try engine().execute("DESCRIBE <http://x/y>") }
    }

    @Test func turtleRoundTripThroughRaptorKeepsEveryTriple() throws {
        let parsed = try RDFReader.parse(try Fixture.turtle(), syntax: .turtle, source: "fixture.ttl")
        let original = try Fixture.triples()
        #expect(parsed.count == original.count)
        #expect(Set(parsed.filter { $0.subject.iri != nil }) == Set(original.filter { $0.subject.iri != nil }))
    }

    @Test func brokenTurtleNamesFileAndLine() throws {
        let bytes = Array("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \"offen .\n".utf8)
        do {
            _ = try RDFReader.parse(bytes, syntax: .turtle, source: "kaputt.ttl")
            Issue.record("no error")
        } catch let error as QueryError {
            guard case .rdfSyntax(let source, let line, _, _) = error else { Issue.record("\(error)"); return }
            #expect(source == "kaputt.ttl")
            #expect(line == 3 || line == 4)
        }
    }
}
