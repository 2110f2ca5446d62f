import Foundation
import TestSupport
import GraphCore
@testable import Store

/// Extractions and temporary files for the store tests.
enum StoreFixtures {
    static func hash(_ seed: Int) -> String {
        let hex = Array("0123456789abcdef")
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var text = ""
        for _ in 0..<64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text.append(hex[Int(state >> 60)])
        }
        return text
    }

    static func evidence(_ quote: String, _ begin: Int, rule: String, confidence: Double) -> Evidence {
        Evidence(quote: quote, begin: begin, end: begin + quote.unicodeScalars.count, rule: rule, confidence: confidence)
    }

    /// An extraction that uses every kind of entity, object and date precision, with awkward strings.
    static func rich(_ seed: Int, name: String? = nil) -> DocumentExtraction {
        let dates: [CalendarDate?] = [nil, CalendarDate(year: 2019), CalendarDate(year: 2020, month: 2),
                                      CalendarDate(year: 2024, month: 2, day: 29)]
        let info = DocumentInfo(name: name ?? "meldung-\(seed).txt", contentHash: hash(seed), datePublished: dates[seed % 4])
        let s1 = "Die Hafenstadt Emden und die Stadt Zhoushan vereinbarten am Montag eine Partnerschaft."
        let s2 = "Landrätin Gesine Wübbena (Kreis Aurich) unterschrieb die „Erklärung von Leer“ – mit 🚢 und \"Zitat\"."
        let entities = [
            EntityMention(kind: .city, label: "Emden", extraKinds: [.organization]),
            EntityMention(kind: .city, label: "Zhoushan", quality: .derived, surfaceForms: ["Zhoushans"]),
            EntityMention(kind: .person, label: "Gesine Wübbena", quality: .full, aliases: [], surfaceForms: ["Wübbena"]),
            EntityMention(kind: .administrativeArea, label: "Kreis Aurich", aliases: ["LK Aurich"]),
            EntityMention(kind: .agreement, label: "Erklärung von Leer"),
            EntityMention(kind: .organization, label: "Hafenverbund Ostfriesland", quality: .short, aliases: ["HVO", "HV-O"]),
            EntityMention(kind: .country, label: "Volksrepublik China"),
            EntityMention(kind: .event, label: "Hafentag \(seed)"),
        ]
        let facts = [
            CandidateFact(relation: .partnerOf, subject: 0, object: .entity(1), evidence: evidence(s1, 0, rule: "partnership", confidence: 0.9)),
            CandidateFact(relation: .holdsRole, subject: 2, object: .post(role: "Landrätin", organization: 3),
                          evidence: evidence(s2, 90, rule: "role-before-name", confidence: 0.85)),
            CandidateFact(relation: .holdsRole, subject: 2, object: .post(role: "Vorsitzende", organization: nil),
                          evidence: evidence(s2, 90, rule: "role-before-name", confidence: 0.1 + 0.2)),
            CandidateFact(relation: .signatory, subject: 4, object: .entity(2), evidence: evidence(s2, 90, rule: "signing", confidence: 0.8)),
            CandidateFact(relation: .startDate, subject: 7, object: .literal(CalendarDate(year: 2023, month: 6, day: 1)!.literal),
                          evidence: evidence(s1, 0, rule: "event-date", confidence: 0.75)),
            CandidateFact(relation: .alias, subject: 5, object: .literal(try! Literal("HVO", language: "de-DE")),
                          evidence: evidence(s1, 0, rule: "acronym", confidence: 1)),
            CandidateFact(relation: .email, subject: 5, object: .literal(Literal("info@hvo.example")),
                          evidence: evidence("E-Mail: info@hvo.example", 300, rule: "contact-email", confidence: 1)),
            CandidateFact(relation: .address, subject: 5,
                          object: .address(PostalAddress(street: "Am Delft 3", postalCode: "26721", locality: "Emden")),
                          evidence: evidence("Am Delft 3, 26721 Emden", 330, rule: "contact-address", confidence: 0.95)),
        ]
        return DocumentExtraction(document: info, entities: entities, facts: facts)
    }

    /// True when two extractions hold the same document, entities and facts.
    static func same(_ a: DocumentExtraction, _ b: DocumentExtraction) -> Bool {
        a.document == b.document && a.entities == b.entities && a.facts == b.facts
    }

    static func temporaryFolder() throws -> String {
        try Scratch.folder("store")
    }
}
