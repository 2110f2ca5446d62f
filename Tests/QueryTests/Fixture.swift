import GraphCore
import Exporters
@testable import Query

/// A small invented graph in the contract's shapes, built through GraphCore's own resolution and mapping.
enum Fixture {
    static let base = KnowledgeGraph.defaultBase

    /// Two documents: a partnership network with members, a person with a post, an event with attendees, a contact.
    static func resolved() throws -> ResolvedGraph {
        var graph = try KnowledgeGraph(base: base)
        func evidence(_ quote: String, _ rule: String = "test") -> Evidence {
            Evidence(quote: quote, begin: 0, end: quote.unicodeScalars.count, rule: rule, confidence: 0.9)
        }
        let first = DocumentExtraction(
            document: DocumentInfo(name: "brief-a.txt", contentHash: String(repeating: "a", count: 64),
                                   datePublished: CalendarDate(year: 2021, month: 3, day: 4)),
            entities: [
                EntityMention(kind: .organization, label: "Rheinisch-Sächsischer Städtebund", aliases: ["RSS"]),
                EntityMention(kind: .city, label: "Leverkusen"),
                EntityMention(kind: .city, label: "Zwickau"),
                EntityMention(kind: .person, label: "Marta Quendler"),
                EntityMention(kind: .administrativeArea, label: "Sachsen"),
            ],
            facts: [
                CandidateFact(relation: .memberOf, subject: 1, object: .entity(0),
                              evidence: evidence("Leverkusen und Zwickau gehören dem Städtebund seit Jahren an.")),
                CandidateFact(relation: .memberOf, subject: 2, object: .entity(0),
                              evidence: evidence("Leverkusen und Zwickau gehören dem Städtebund seit Jahren an.")),
                CandidateFact(relation: .holdsRole, subject: 3, object: .post(role: "Geschäftsführerin", organization: 0),
                              evidence: evidence("Marta Quendler, Geschäftsführerin des Städtebunds, lud ein.")),
                CandidateFact(relation: .containedInPlace, subject: 2, object: .entity(4),
                              evidence: evidence("Zwickau im Freistaat Sachsen richtet das Treffen aus.")),
                CandidateFact(relation: .email, subject: 0, object: .literal(Literal("info@staedtebund.example")),
                              evidence: evidence("E-Mail: info@staedtebund.example")),
            ])
        let second = DocumentExtraction(
            document: DocumentInfo(name: "brief-b.txt", contentHash: String(repeating: "b", count: 64), datePublished: nil),
            entities: [
                EntityMention(kind: .event, label: "Frühjahrstreffen des Städtebunds"),
                EntityMention(kind: .person, label: "Marta Quendler"),
                EntityMention(kind: .city, label: "Zwickau"),
                EntityMention(kind: .person, label: "Bodo Wendrich"),
            ],
            facts: [
                CandidateFact(relation: .attendee, subject: 0, object: .entity(1),
                              evidence: evidence("Am Frühjahrstreffen nahmen Marta Quendler und Bodo Wendrich teil.")),
                CandidateFact(relation: .attendee, subject: 0, object: .entity(3),
                              evidence: evidence("Am Frühjahrstreffen nahmen Marta Quendler und Bodo Wendrich teil.")),
                CandidateFact(relation: .location, subject: 0, object: .entity(2),
                              evidence: evidence("Das Frühjahrstreffen fand in Zwickau statt.")),
                CandidateFact(relation: .startDate, subject: 0, object: .literal(CalendarDate(year: 2021, month: 4, day: 9)!.literal),
                              evidence: evidence("Das Frühjahrstreffen begann am 9. April 2021.")),
            ])
        graph.add(first)
        graph.add(second)
        return graph.resolve()
    }

    static func triples() throws -> [Triple] {
        var triples: [Triple] = []
        try RDFMapper(base: base).emit(try resolved()) { (t: Triple) throws(GraphCoreError) in triples.append(t) }
        return triples
    }

    static func turtle() throws -> [UInt8] {
        let memory = MemoryOutput()
        try OutputFormat.turtle.write(prefixes: RDFMapper(base: base).prefixes, triples: try triples(), to: memory)
        return memory.bytes
    }

    static var prefixes: [Prefix] { RDFMapper(base: base).prefixes }
}
