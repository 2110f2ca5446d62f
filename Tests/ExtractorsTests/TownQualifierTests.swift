import GraphCore
import Testing
@testable import Extractors

// Towns written with the qualifier of their official name (a river, landscape or lake, in parentheses, or
// abbreviated). The sentences are made up for these tests.

/// A text, the label its town must have, and the short name that must be an alias of it (nil: the town has no
/// qualifier, and its label is the short name).
let townQualifierCases: [(text: String, label: String, short: String?)] = [
    ("Die Stadt Emmerich am Rhein empfing Gäste aus Wuxi.", "Emmerich am Rhein", "Emmerich"),
    ("Der Verband tagte in Halle (Saale).", "Halle (Saale)", nil),
    ("Die Firma zieht nach Mülheim an der Ruhr.", "Mülheim an der Ruhr", "Mülheim"),
    ("Die Firma sitzt in Weilheim i. OB und liefert nach Ningbo.", "Weilheim i. OB", "Weilheim"),
    ("Die Hochschule in Bad Homburg v. d. Höhe lud ein.", "Bad Homburg v. d. Höhe", "Bad Homburg"),
    ("Die Messe findet in Freiburg im Breisgau statt.", "Freiburg im Breisgau", "Freiburg"),
    // Named alone later in the document: the whole name.
    ("Die Stadt Wangen im Allgäu grüßt Tangshan. Wangen ist seit 2012 Partnerstadt.", "Wangen im Allgäu", "Wangen"),
    // A day or a building after `am`/`im` is no qualifier.
    ("Die Delegation war in Ulm am Montag.", "Ulm", nil),
    ("Die Gäste trafen sich in Jena im Rathaus.", "Jena", nil),
]

@Test("a town's qualifier stays in its label", arguments: townQualifierCases)
func townQualifier(_ example: (text: String, label: String, short: String?)) {
    let extraction = extract(example.text)
    let towns = extraction.entities.filter { $0.kind == .city && ($0.label == example.label || $0.label.hasPrefix(example.label + " ")) }
    #expect(towns.map(\.label) == [example.label], "\(extraction.entities.filter { $0.kind == .city }.map(\.label))")
    if let short = example.short {
        #expect(towns.first?.aliases.contains(short) == true, "\(towns.first?.aliases ?? [])")
        #expect(!extraction.entities.contains { $0.kind == .city && $0.label == short })
    }
}
