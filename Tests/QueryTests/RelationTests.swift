import Testing
import GraphCore
@testable import Query

@Suite struct NameMatchingTests {
    @Test(arguments: [
        ("Hannovers", "Hannover", NameMatching.Quality.inflected),
        ("Berliner", "Berlin", .inflected),
        ("DÜSSELDORF", "Düsseldorf", .exact),
        ("duesseldorf", "Düsseldorf", .exact),
        ("Rheinisch-Sächsischen Städtebundes", "Rheinisch-Sächsischer Städtebund", .inflected),
        ("Deutschen Handelskammer", "Deutsche Handelskammer", .inflected),
        ("Quendler", "Marta Quendler", .words),
        ("Müller", "Mueller", .exact),
    ])
    func matches(_ query: String, _ name: String, _ quality: NameMatching.Quality) {
        #expect(NameMatching.match(query, name) == quality)
    }

    @Test(arguments: [("Bonn", "Berlin"), ("Quendlerin Marta", "Marta Quendler"), ("Sachsen", "Sachsen-Anhalt Nord")])
    func doesNotMatch(_ query: String, _ name: String) {
        if query == "Sachsen" {
            // A word query may match longer names, but never as well as the exact one.
            #expect(NameMatching.match(query, name) == .words)
        } else {
            #expect(NameMatching.match(query, name) == nil)
        }
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        let graph = RelationGraph(triples: try Fixture.triples())
        do {
            _ = try NameMatching.resolve("Quendler Wendrich", in: graph)
            Issue.record("resolved")
        } catch QueryError.noSuchEntity {
        }
        // "Zwickau" is exact for the city; "Städtebund" words-matches the network and the event.
        #expect(graph.entities[try NameMatching.resolve("zwickaus", in: graph)].label == "Zwickau")
        #expect(throws: QueryError.self) { try NameMatching.resolve("Städtebunds", in: graph) }
        do {
            _ = try NameMatching.resolve("Städtebunds", in: graph)
        } catch QueryError.ambiguousName(_, let candidates) {
            #expect(candidates.count == 2)
        }
        #expect(graph.entities[try NameMatching.resolve("RSS", in: graph)].label == "Rheinisch-Sächsischer Städtebund")
    }
}

@Suite struct RelationGraphTests {
    func questions() throws -> GraphQuestions { GraphQuestions(graph: RelationGraph(triples: try Fixture.triples())) }

    func entity(_ q: GraphQuestions, _ label: String) -> Int { q.graph.entities.firstIndex { $0.label == label }! }

    @Test func entitiesAndFactsComeBackFromTheContractShapes() throws {
        let q = try questions()
        #expect(q.graph.entities.map(\.label).sorted() == ["Bodo Wendrich", "Frühjahrstreffen des Städtebunds", "Leverkusen",
                                                           "Marta Quendler", "Rheinisch-Sächsischer Städtebund", "Sachsen", "Zwickau"])
        let relations = q.graph.facts.map(\.relation).sorted()
        #expect(relations == ["attendee", "attendee", "containedInPlace", "email", "holdsRole", "location", "memberOf", "memberOf", "startDate"])
        let post = q.graph.facts.first { $0.relation == "holdsRole" }!
        #expect(post.role == "Geschäftsführerin")
        #expect(post.object == .entity(entity(q, "Rheinisch-Sächsischer Städtebund")))
        #expect(post.sources == [FactEvidence(document: "brief-a.txt", quote: "Marta Quendler, Geschäftsführerin des Städtebunds, lud ein.")])
    }

    @Test func turtleAndResolvedGraphGiveTheSameView() throws {
        let fromTurtle = RelationGraph(triples: try RDFReader.parse(try Fixture.turtle(), syntax: .turtle, source: "t.ttl"))
        let fromModel = try RelationGraph(resolved: try Fixture.resolved())
        #expect(fromTurtle.entities == fromModel.entities)
        #expect(fromTurtle.facts == fromModel.facts)
    }

    @Test func cardListsBothDirections() throws {
        let q = try questions()
        let card = q.card(entity(q, "Marta Quendler"))
        #expect(card.outgoing.map { q.graph.facts[$0].relation } == ["holdsRole"])
        #expect(card.incoming.map { q.graph.facts[$0].relation } == ["attendee"])
        let text = RelationReport(graph: q.graph, prefixes: Fixture.prefixes).text(card: card)
        #expect(text.contains("→ holdsRole (Geschäftsführerin)  Rheinisch-Sächsischer Städtebund"))
        #expect(text.contains("← attendee  Frühjahrstreffen des Städtebunds"))
        #expect(text.contains("brief-b.txt: \"Am Frühjahrstreffen nahmen Marta Quendler und Bodo Wendrich teil.\""))
    }

    @Test func neighborsRespectDepthAndRelation() throws {
        let q = try questions()
        let net = entity(q, "Rheinisch-Sächsischer Städtebund")
        let one = q.neighbors(of: net, depth: 1)
        #expect(Set(one.map { q.graph.entities[$0.entity].label }) == ["Leverkusen", "Zwickau", "Marta Quendler"])
        let members = q.neighbors(of: net, depth: 3, relation: "memberOf")
        #expect(members.map { q.graph.entities[$0.entity].label } == ["Leverkusen", "Zwickau"])
        let two = q.neighbors(of: net, depth: 2)
        #expect(two.filter { $0.depth == 2 }.map { q.graph.entities[$0.entity].label } == ["Frühjahrstreffen des Städtebunds", "Sachsen"])
    }

    @Test func shortestPathsAreAllFoundAndOrdered() throws {
        let q = try questions()
        let paths = q.paths(from: entity(q, "Leverkusen"), to: entity(q, "Bodo Wendrich"))
        // Leverkusen → Städtebund ← Quendler ← Treffen → Wendrich and Leverkusen → Städtebund ← Zwickau ← Treffen → Wendrich
        #expect(paths.count == 2)
        #expect(paths.allSatisfy { $0.count == 4 })
        let report = RelationReport(graph: q.graph, prefixes: Fixture.prefixes).text(paths: paths, from: entity(q, "Leverkusen"), to: entity(q, "Bodo Wendrich"))
        #expect(report.hasPrefix("2 shortest paths of 4 facts from Leverkusen to Bodo Wendrich"))
        #expect(report.contains("Leverkusen —memberOf→ Rheinisch-Sächsischer Städtebund"))
        #expect(report.contains("Rheinisch-Sächsischer Städtebund ←memberOf— Zwickau"))
        #expect(q.paths(from: entity(q, "Leverkusen"), to: entity(q, "Bodo Wendrich"), maxLength: 3).isEmpty)
        #expect(q.paths(from: entity(q, "Leverkusen"), to: entity(q, "Bodo Wendrich"), cap: 1).count == 1)
    }

    @Test func jsonCardIsWellFormed() throws {
        let q = try questions()
        let json = RelationReport(graph: q.graph, prefixes: Fixture.prefixes).json(card: q.card(entity(q, "Zwickau")))
        #expect(json.hasPrefix("{\"entity\":{\"iri\":\"https://w3id.org/graph-export/id/city/zwickau\",\"label\":\"Zwickau\""))
        #expect(json.contains("\"direction\":\"out\",\"relation\":\"containedInPlace\""))
        #expect(json.contains("\"direction\":\"in\",\"relation\":\"location\""))
    }
}
