import GraphCore
import Testing
@testable import Extractors

// Consulates, embassies, representations and chambers abroad named with the place written right after them. The
// sentences are made up for these tests.

/// A text, and the labels its organisations must have (sorted).
let officeSeatCases: [(text: String, labels: [String])] = [
    ("Das Generalkonsulat der Volksrepublik China in München lud zum Empfang ein.",
     ["Generalkonsulat der Volksrepublik China in München"]),
    ("Vertreter der Botschaft der Republik Korea in Berlin besuchten die Messe.",
     ["Botschaft der Republik Korea in Berlin"]),
    ("Die Repräsentanz des Landes Niedersachsen in Hefei feiert ihr Jubiläum.",
     ["Repräsentanz des Landes Niedersachsen in Hefei"]),
    // Named again later without the place: the same office.
    ("Die Chinesische Botschaft in Wien lädt ein. Die Chinesische Botschaft zeigt Filme.",
     ["Chinesische Botschaft in Wien"]),
    // Two offices of one country in one document stay two.
    ("Das Generalkonsulat der Volksrepublik China in Hamburg und das Generalkonsulat der Volksrepublik China in Düsseldorf laden ein.",
     ["Generalkonsulat der Volksrepublik China in Düsseldorf", "Generalkonsulat der Volksrepublik China in Hamburg"]),
    // Other organisations keep their names; a place that does not follow at once is no part of the name.
    ("Die Kestner Medical GmbH in Jena liefert nach Wuhan.", ["Kestner Medical GmbH"]),
    ("Das Generalkonsulat der Volksrepublik China hat in Frankfurt einen Empfang gegeben.",
     ["Generalkonsulat der Volksrepublik China"]),
]

@Test("an office abroad is named with the place written right after it", arguments: officeSeatCases)
func officeSeat(_ example: (text: String, labels: [String])) {
    let extraction = extract(example.text)
    let labels = extraction.entities.filter { $0.kind == .organization }.map(\.label).sorted()
    #expect(labels == example.labels)
    for office in extraction.entities where office.kind == .organization && office.label.contains(" in ") {
        // The short name is an alias, and the place is still the office's seat.
        let short = String(office.label[..<office.label.range(of: " in ", options: .backwards)!.lowerBound])
        #expect(office.aliases.contains(short), "\(office.aliases)")
    }
}
