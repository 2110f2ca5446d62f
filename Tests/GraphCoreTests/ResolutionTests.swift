import Testing
@testable import GraphCore

/// Builds small extractions for resolution and mapping tests.
enum Fixture {
    static func doc(_ name: String, date: CalendarDate? = nil) -> DocumentInfo {
        DocumentInfo(name: name, contentHash: SHA256.hex(Array(name.utf8)), datePublished: date)
    }

    static func evidence(_ quote: String, rule: String = "test-rule") -> Evidence {
        Evidence(quote: quote, begin: 0, end: quote.unicodeScalars.count, rule: rule, confidence: 0.9)
    }

    /// Two documents: a long form with an acronym, a bare acronym, an inflected label, a city in both.
    static func corpus() -> [DocumentExtraction] {
        let a = DocumentExtraction(
            document: doc("a.txt"),
            entities: [
                EntityMention(kind: .organization, label: "Deutsch-Polnische Handelskammer", aliases: ["DPHK"]),
                EntityMention(kind: .city, label: "Görlitz"),
                EntityMention(kind: .person, label: "Anna Nowak", surfaceForms: ["Nowak"]),
            ],
            facts: [
                CandidateFact(relation: .memberOf, subject: 1, object: .entity(0), evidence: evidence("Görlitz ist Mitglied der DPHK.")),
                CandidateFact(relation: .holdsRole, subject: 2, object: .post(role: "Geschäftsführerin", organization: 0),
                              evidence: evidence("Anna Nowak, Geschäftsführerin der DPHK")),
                CandidateFact(relation: .alias, subject: 0, object: .literal(Literal("DPHK")), evidence: evidence("(DPHK)")),
            ])
        let b = DocumentExtraction(
            document: doc("b.txt"),
            entities: [
                EntityMention(kind: .organization, label: "DPHK", quality: .short),
                EntityMention(kind: .city, label: "Görlitz"),
                EntityMention(kind: .organization, label: "Deutsch-Polnischen Handelskammer", quality: .derived),
            ],
            facts: [
                CandidateFact(relation: .memberOf, subject: 1, object: .entity(0), evidence: evidence("Auch Görlitz gehört der DPHK an.")),
            ])
        return [a, b]
    }
}

@Suite("Entity resolution")
struct ResolutionTests {
    @Test("an acronym claimed by one long form merges with it; the full label wins")
    func acronymMerges() throws {
        var graph = try KnowledgeGraph()
        for e in Fixture.corpus() { graph.add(e) }
        let resolved = graph.resolve()
        let orgs = resolved.entities.filter { $0.kind == .organization }
        // "Deutsch-Polnischen Handelskammer" has another slug: it stays apart (the extractor canonicalises inflection).
        #expect(orgs.count == 2)
        let chamber = try #require(orgs.first { $0.label == "Deutsch-Polnische Handelskammer" })
        #expect(chamber.altLabels.contains("DPHK"))
        #expect(chamber.iri.string == "https://w3id.org/graph-export/id/organization/deutsch-polnische-handelskammer")
    }

    @Test("Resolving on two threads gives the same entities and facts as on one")
    func twoThreads() throws {
        var graph = try KnowledgeGraph()
        // Enough facts for the two-thread path; every third fact is stated again by a later document.
        for i in 0 ..< 3_000 {
            let other = i % 3 == 0 ? i / 3 : i
            graph.add(DocumentExtraction(
                document: Fixture.doc("d\(i).txt"),
                entities: [
                    EntityMention(kind: .city, label: "Ort \(other)"),
                    EntityMention(kind: .organization, label: "Kammer \(other)"),
                ],
                facts: [
                    CandidateFact(relation: .memberOf, subject: 0, object: .entity(1), evidence: Fixture.evidence("Satz \(i).")),
                    CandidateFact(relation: .alias, subject: 1, object: .literal(Literal("K\(other)")),
                                  evidence: Fixture.evidence("(K\(other))", rule: i % 2 == 0 ? "b-rule" : "a-rule")),
                ]))
        }
        let one = graph.resolve(threads: 1)
        let two = graph.resolve(threads: 2)
        #expect(one.facts.count >= 2 * KnowledgeGraph.factsPerThreadMinimum)
        #expect(one.facts.contains { $0.sources.count > 1 })
        #expect(one.entities == two.entities)
        #expect(one.facts == two.facts)
        #expect(one.documents == two.documents)
    }

    @Test("facts from two documents merge and keep both sources")
    func factsMerge() throws {
        var graph = try KnowledgeGraph()
        for e in Fixture.corpus() { graph.add(e) }
        let resolved = graph.resolve()
        let members = resolved.facts.filter { $0.relation == .memberOf }
        #expect(members.count == 1)
        #expect(members.first?.sources.count == 2)
        #expect(Set(members.first!.sources.map { resolved.documents[$0.document].name }) == ["a.txt", "b.txt"])
    }

    @Test("the order of documents does not change the result")
    func orderIndependent() throws {
        var g1 = try KnowledgeGraph(), g2 = try KnowledgeGraph()
        let corpus = Fixture.corpus()
        for e in corpus { g1.add(e) }
        for e in corpus.reversed() { g2.add(e) }
        let r1 = g1.resolve(), r2 = g2.resolve()
        #expect(r1.entities == r2.entities)
        #expect(r1.facts == r2.facts)
        #expect(r1.documents == r2.documents)
    }

    @Test("the same bytes added under several names are one document, named by the smallest name, in any order")
    func copiesAreOneDocument() throws {
        let corpus = Fixture.corpus()
        var copy = corpus[0]
        copy.document = DocumentInfo(name: "0-kopie.txt", contentHash: corpus[0].document.contentHash,
                                     datePublished: corpus[0].document.datePublished)
        var g1 = try KnowledgeGraph(), g2 = try KnowledgeGraph(), plain = try KnowledgeGraph()
        for e in corpus + [copy] { g1.add(e) }
        for e in ([copy] + corpus).reversed() { g2.add(e) }
        for e in corpus { plain.add(e) }
        let r1 = g1.resolve(), r2 = g2.resolve(), r0 = plain.resolve()
        #expect(g1.documentCount == 3)
        #expect(r1.documents.map(\.name) == ["0-kopie.txt", "b.txt"])
        #expect(r1.documents == r2.documents)
        #expect(r1.entities == r0.entities && r2.entities == r0.entities)
        #expect(r1.facts == r0.facts && r2.facts == r0.facts)
    }

    @Test("a confidence threshold applies at resolution; the graph can be resolved again with another")
    func thresholdAtResolution() throws {
        var graph = try KnowledgeGraph()
        for e in Fixture.corpus() { graph.add(e) }
        let all = graph.resolve()
        #expect(graph.resolve(minConfidence: 0.95).facts.isEmpty)
        #expect(graph.resolve().facts == all.facts)
    }

    @Test("an acronym two different long forms claim stays ambiguous")
    func ambiguousAcronym() throws {
        var graph = try KnowledgeGraph()
        graph.add(DocumentExtraction(document: Fixture.doc("x.txt"), entities: [
            EntityMention(kind: .organization, label: "Außenhandelskammer Shanghai", aliases: ["AHK"]),
            EntityMention(kind: .organization, label: "Außenhandelskammer Tokio", aliases: ["AHK"]),
            EntityMention(kind: .organization, label: "AHK", quality: .short),
        ]))
        let labels = graph.resolve().entities.map(\.label)
        #expect(labels.sorted() == ["AHK", "Außenhandelskammer Shanghai", "Außenhandelskammer Tokio"])
    }

    @Test("same name, different kind group: kept apart")
    func kindsApart() throws {
        var graph = try KnowledgeGraph()
        graph.add(DocumentExtraction(document: Fixture.doc("x.txt"), entities: [
            EntityMention(kind: .city, label: "Jülich"),
            EntityMention(kind: .organization, label: "Jülich"),
        ]))
        #expect(graph.resolve().entities.count == 2)
    }

    @Test("a fact whose object does not fit its relation is left out (no post triples twice)")
    func shapes() throws {
        var graph = try KnowledgeGraph()
        graph.add(DocumentExtraction(document: Fixture.doc("s.txt"), entities: [EntityMention(kind: .organization, label: "Hafenamt")], facts: [
            CandidateFact(relation: .holdsRole, subject: 0, object: .post(role: "Leiter", organization: nil), evidence: Fixture.evidence("a")),
            CandidateFact(relation: .url, subject: 0, object: .post(role: "Leiter", organization: nil), evidence: Fixture.evidence("b")),
            CandidateFact(relation: .memberOf, subject: 0, object: .literal(Literal("x")), evidence: Fixture.evidence("c")),
        ]))
        let resolved = graph.resolve()
        #expect(resolved.facts.map(\.relation) == [.holdsRole])
        var out: [Triple] = []
        try RDFMapper().emit(resolved) { (t: Triple) throws(GraphCoreError) in out.append(t) }
        #expect(Set(out).count == out.count)
    }

    @Test("spelling variants of a role make one post")
    func roleVariants() throws {
        var graph = try KnowledgeGraph()
        graph.add(DocumentExtraction(document: Fixture.doc("r.txt"), entities: [
            EntityMention(kind: .person, label: "Mei Lin"), EntityMention(kind: .city, label: "Wuxi"),
        ], facts: [
            CandidateFact(relation: .holdsRole, subject: 0, object: .post(role: "Chef-Repräsentantin", organization: 1), evidence: Fixture.evidence("a")),
            CandidateFact(relation: .holdsRole, subject: 0, object: .post(role: "Chefrepräsentantin", organization: 1), evidence: Fixture.evidence("b")),
            CandidateFact(relation: .holdsRole, subject: 0, object: .post(role: "chef-repräsentantin", organization: 1), evidence: Fixture.evidence("c")),
        ]))
        let posts = graph.resolve().facts.filter { $0.relation == .holdsRole }
        #expect(posts.count == 1)
        #expect(posts.first?.sources.count == 3)
    }

    @Test("facts below the confidence threshold are dropped")
    func minConfidence() throws {
        var graph = try KnowledgeGraph()
        graph.add(DocumentExtraction(document: Fixture.doc("x.txt"), entities: [
            EntityMention(kind: .city, label: "Kiel"), EntityMention(kind: .city, label: "Qingdao"),
        ], facts: [
            CandidateFact(relation: .partnerOf, subject: 1, object: .entity(0),
                          evidence: Evidence(quote: "q", begin: 0, end: 1, rule: "r", confidence: 0.4)),
        ]))
        #expect(graph.resolve(minConfidence: 0.5).facts.isEmpty)
        let facts = graph.resolve().facts
        #expect(facts.count == 1)
        // partnerOf is symmetric: written once, from the entity that sorts first.
        #expect(facts.first?.subject == 0)
    }

    @Test("a base IRI without a separator is rejected")
    func baseIRI() throws {
        #expect(throws: GraphCoreError.baseIRIWithoutSeparator("https://example.org/kg")) {
            try KnowledgeGraph(base: try IRI(validating: "https://example.org/kg"))
        }
    }
}

@Suite("RDF mapping")
struct MappingTests {
    func triples(_ mode: ProvenanceMode = .statements) throws -> [Triple] {
        var graph = try KnowledgeGraph()
        for e in Fixture.corpus() { graph.add(e) }
        var out: [Triple] = []
        try RDFMapper(provenance: mode).emit(graph.resolve()) { (t: Triple) throws(GraphCoreError) in out.append(t) }
        return out
    }

    @Test("a post is an n-ary node with role, holder, organisation and provenance")
    func post() throws {
        let all = try triples()
        let holds = try #require(all.first { $0.predicate == ORG.holds })
        let post = holds.object
        #expect(all.contains(Triple(post, RDF.type, .iri(ORG.Post))))
        #expect(all.contains { $0.subject == post && $0.predicate == ORG.postIn })
        #expect(all.contains { $0.subject == post && $0.predicate == PROV.wasDerivedFrom })
        let role = try #require(all.first { $0.subject == post && $0.predicate == ORG.role }?.object)
        #expect(all.contains(Triple(role, RDFS.label, .literal(Literal("Geschäftsführerin")))))
    }

    @Test("every relation triple has a statement node naming its document")
    func statements() throws {
        let all = try triples()
        let member = try #require(all.first { $0.predicate == ORG.memberOf })
        let nodes = all.filter { $0.predicate == RDF.subject && $0.object == member.subject }.map(\.subject)
        #expect(nodes.count == 2)
        for node in nodes {
            #expect(all.contains { $0.subject == node && $0.predicate == GE.quote })
            #expect(all.contains { $0.subject == node && $0.predicate == GE.rule })
            #expect(all.contains { $0.subject == node && $0.predicate == PROV.wasDerivedFrom })
        }
    }

    @Test("provenance none writes only truthy facts and documents")
    func none() throws {
        let all = try triples(.none)
        #expect(!all.contains { $0.predicate == RDF.subject || $0.predicate == PROV.wasDerivedFrom || $0.predicate == GE.quote })
        #expect(all.contains { $0.predicate == SCHEMA.name })
    }

    @Test("no triple is emitted twice (aliases, shared addresses)")
    func noDuplicates() throws {
        var graph = try KnowledgeGraph()
        let address = PostalAddress(street: "Hafenweg 7", postalCode: "47051", locality: "Duisburg")
        graph.add(DocumentExtraction(document: Fixture.doc("c.txt"), entities: [
            EntityMention(kind: .organization, label: "Hafenverband Rhein", aliases: ["HVR"]),
            EntityMention(kind: .person, label: "Jana Kraft"),
        ], facts: [
            CandidateFact(relation: .alias, subject: 0, object: .literal(Literal("HVR")), evidence: Fixture.evidence("(HVR)")),
            CandidateFact(relation: .address, subject: 0, object: .address(address), evidence: Fixture.evidence("Hafenweg 7")),
            CandidateFact(relation: .address, subject: 1, object: .address(address), evidence: Fixture.evidence("Hafenweg 7")),
        ]))
        var out: [Triple] = []
        try RDFMapper().emit(graph.resolve()) { (t: Triple) throws(GraphCoreError) in out.append(t) }
        #expect(Set(out).count == out.count)
        #expect(out.contains { $0.predicate == SKOS.altLabel && $0.object == .literal(Literal("HVR")) })
    }

    @Test("every entity has exactly one rdfs:label")
    func oneLabel() throws {
        let all = try triples()
        let typed = Set(all.filter { $0.predicate == RDF.type && $0.object != .iri(RDF.Statement) }.map(\.subject))
        for s in typed {
            #expect(all.filter { $0.subject == s && $0.predicate == RDFS.label }.count <= 1)
        }
    }
}
