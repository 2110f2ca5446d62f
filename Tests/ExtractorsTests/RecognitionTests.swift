import GraphCore
import Testing
@testable import Extractors

/// (text, kind, expected canonical label, a surface form or alias that must be kept, or "").
let labelExamples: [(String, EntityKind, String, String)] = [
    ("Er sprach mit Vertretern der Chinesisch-Deutschen Innovationsallianz über Wasserstoff.", .organization,
     "Chinesisch-Deutsche Innovationsallianz", "Chinesisch-Deutschen Innovationsallianz"),
    ("Die Mitglieder des Bergischen Zukunftsverbands tagten.", .organization, "Bergischer Zukunftsverband",
     "Bergischen Zukunftsverbands"),
    ("Es sprach Wenlong ZHU, Abteilungsleiter der Agentur.", .person, "Wenlong Zhu", "ZHU"),
    ("Dr. Stephan A. Kowalski, Geschäftsführer der Messe Posen GmbH, sprach.", .person, "Stephan A. Kowalski", "Kowalski"),
    ("Die Deutsche Energie-Agentur (dena) berät Kommunen.", .organization, "Deutsche Energie-Agentur", "dena"),
    ("Ein Vertreter der Stadt Foshan war anwesend.", .city, "Foshan", "Stadt Foshan"),
    ("Der Landrat des Kreises Kleve sprach.", .administrativeArea, "Kreis Kleve", "Kreises Kleve"),
    ("Die Ministerin vom Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg sprach.", .organization,
     "Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg", ""),
    ("Die Wirtschaftsförderer der Struktur- und Wirtschaftsförderungsgesellschaft Oberlausitz GmbH kamen.", .organization,
     "Struktur- und Wirtschaftsförderungsgesellschaft Oberlausitz GmbH", ""),
    ("Zu Gast war der Verein im Netzwerk „Grüne Brücke Posen“.", .organization, "Grüne Brücke Posen", ""),
    ("Beim 2. Deutsch-Polnischen Wirtschaftstag am 4. Mai 2023 in Stettin sprachen Gäste.", .event,
     "2. Deutsch-Polnischer Wirtschaftstag", "2. Deutsch-Polnischen Wirtschaftstag"),
]

@Test("canonical labels", arguments: labelExamples.indices)
func canonicalLabel(_ index: Int) {
    let (text, kind, label, form) = labelExamples[index]
    let extraction = extract(text)
    let entity = extraction.entities.first { $0.kind == kind && $0.label == label }
    #expect(entity != nil, "no \(kind) '\(label)' in \(extraction.entities.map { "\($0.kind):\($0.label)" })")
    if let entity, !form.isEmpty {
        #expect(entity.aliases.contains(form) || entity.surfaceForms.contains(form), "form \(form) missing: \(entity)")
    }
}

@Test func adjectivesAreNoCountries() {
    let extraction = extract("Chinesische und polnische Firmen investieren in deutsche Projekte.")
    #expect(!extraction.entities.contains { $0.kind == .country })
}

@Test func titlesAreNotInLabels() {
    let extraction = extract("Prof. Dr. Maria Schulz, Präsidentin der Universität Leipzig, eröffnete die Tagung.")
    #expect(extraction.entities.contains { $0.kind == .person && $0.label == "Maria Schulz" })
    #expect(!extraction.entities.contains { $0.label.contains("Dr") && $0.kind == .person })
}

@Test func surnameResolvesToFullName() {
    let extraction = extract("Bürgermeisterin Julia Hartmann eröffnete den Tag. Danach sprach Hartmann über Wasserstoff.")
    let persons = extraction.entities.filter { $0.kind == .person }
    #expect(persons.count == 1)
    #expect(persons.first?.label == "Julia Hartmann")
}

@Test func oneEntityPerDocumentForAcronymAndLongForm() {
    let extraction = extract("Die Sächsische Energieagentur (SAENA) berät Städte. Die SAENA sitzt in Dresden. Die SAENA lädt ein.")
    let orgs = extraction.entities.filter { $0.kind == .organization }
    #expect(orgs.map { $0.label } == ["Sächsische Energieagentur"])
    #expect(orgs.first?.aliases == ["SAENA"])
}

@Test func quoteIsTheOriginalTextBetweenItsOffsets() {
    let text = "Kiel, 3. Mai 2024\n\nSeit 1997 sind Erfurt und\u{00AD} Kalisz Partnerstädte. „Gut so“, sagte er."
    let extraction = extract(text)
    #expect(!extraction.facts.isEmpty)
    let scalars = Array(text.unicodeScalars)
    for fact in extraction.facts {
        let slice = String(String.UnicodeScalarView(scalars[fact.evidence.begin..<fact.evidence.end]))
        #expect(slice == fact.evidence.quote)
    }
}

@Test func documentDateGivesTheYearOfDatesWithoutOne() {
    let extraction = extract("Görlitz, 12.04.2022\n\nDie 4. Regionalkonferenz der Euroregion Neiße fand am 9. März in Zittau statt.")
    #expect(extraction.document.datePublished?.description == "2022-04-12")
    #expect(compactFacts(extraction).contains { $0.hasPrefix("startDate(") && $0.hasSuffix("| 2022-03-09)") })
}

@Test func noDateWithoutAYear() {
    let extraction = extract("Die 4. Regionalkonferenz der Euroregion Neiße fand am 9. März in Zittau statt.")
    #expect(!compactFacts(extraction).contains { $0.hasPrefix("startDate(") })
}

@Test func eventsWithoutFactsAreDropped() {
    let extraction = extract("Die Konferenz war ein Erfolg.")
    #expect(!extraction.entities.contains { $0.kind == .event })
}

@Test func rulesAreRegisteredOnceWithPriors() {
    let names = RuleRegistry.all.map { $0.name }
    #expect(Set(names).count == names.count)
    #expect(RuleRegistry.all.allSatisfy { (0...1).contains($0.confidence) })
    #expect(names.count >= 20)
}

/// The extractor passes the lexicons' words to the normaliser: a broken place name is rejoined and recognised.
@Test func lexiconWordsRejoinBrokenNames() {
    #expect(RecognitionLexicon.shared.knownWords.contains("halle"))
    let extraction = extract("Die Delegation besuchte die Stadt Hal-le.")
    #expect(extraction.entities.contains { $0.kind == .city && $0.label == "Halle" }, "\(extraction.entities)")
}

/// Recognition without cue words and across names (background typing knowledge, never facts).
let recognitionExamples: [(String, EntityKind, String, String)] = [
    ("Die EU fördert das Projekt.", .organization, "Europäische Union", "EU"),
    ("Die Prognose des Internationalen Währungsfonds ist vorsichtig.", .organization, "Internationaler Währungsfonds",
     "Internationalen Währungsfonds"),
    ("In einem Interview mit dem Fernsehsender ntv sprach sie über Handel.", .organization, "ntv", "Fernsehsender ntv"),
    ("Im Gespräch mit dem Nachrichtensender Phoenix ging es um Zölle.", .organization, "Phoenix", "Nachrichtensender Phoenix"),
    ("Sie schrieb für die Zeitung „Global Times“ einen Beitrag.", .organization, "Global Times", ""),
    ("Studierende der TU Dresden und der RWTH Aachen forschen gemeinsam.", .organization, "TU Dresden", ""),
    ("Auch der FC Augsburg unterstützt das Jugendprojekt.", .organization, "FC Augsburg", ""),
    ("Die Gäste kamen aus Frankfurt.", .city, "Frankfurt", "Frankfurt am Main"),
    ("Die Gemeinden Hattersheim, Raunheim und Flörsheim werben gemeinsam.", .city, "Raunheim", ""),
    ("Wenlong Li, Referent der Investitionsförderungsagentur des Handelsministeriums der Volksrepublik China, sprach.",
     .organization, "Handelsministerium der Volksrepublik China", ""),
    ("Die China Investment Promotion Agency (CIPA) lud ein. Die Investitionsförderungsagentur des Handelsministeriums der Volksrepublik China hat ihren Sitz in Peking.",
     .organization, "China Investment Promotion Agency",
     "Investitionsförderungsagentur des Handelsministeriums der Volksrepublik China"),
    ("Das PNS-Sekretariat in Posen hilft. Die PNS-Verwaltung in Posen antwortet.", .organization, "PNS-Sekretariat",
     "PNS-Verwaltung"),
    ("Die Firmen gründeten Joint Ventures in Vietnam.", .country, "Vietnam", ""),
]

@Test("recognition without cues", arguments: recognitionExamples.indices)
func recognitionWithoutCues(_ index: Int) {
    let (text, kind, label, form) = recognitionExamples[index]
    let extraction = extract(text)
    let entity = extraction.entities.first { $0.kind == kind && $0.label == label }
    #expect(entity != nil, "no \(kind) '\(label)' in \(extraction.entities.map { "\($0.kind):\($0.label)" })")
    if let entity, !form.isEmpty {
        #expect(entity.aliases.contains(form) || entity.surfaceForms.contains(form), "form \(form) missing: \(entity)")
    }
    // Generic phrases are no organisations.
    #expect(!extraction.entities.contains { $0.label.hasPrefix("Joint") })
}

@Test func numberedEventsOfOneDocumentMerge() {
    let extraction = extract("Die 3. Videokonferenz fand am 4. Mai 2022 statt. Die 3. PNS-Videokonferenz war ein Erfolg.")
    let events = extraction.entities.filter { $0.kind == .event }
    #expect(events.count == 1, "\(events)")
    #expect(events.first?.label == "3. PNS-Videokonferenz")
}
