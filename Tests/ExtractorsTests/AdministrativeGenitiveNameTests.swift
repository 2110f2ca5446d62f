import GraphCore
import Testing
@testable import Extractors

// Organisations named after the town or district that owns them, with the genitive (`der Stadt X`) or without it
// (`X` alone). The names are made up for these tests.

/// Labels and the short name the owner's genitive gives them (nil: none).
let administrativeShortNameCases: [(label: String, short: String?)] = [
    ("Wirtschaftsförderungsgesellschaft der Stadt Paderborn", "Wirtschaftsförderungsgesellschaft Paderborn"),
    ("Stadtwerke der Landeshauptstadt Mainz", "Stadtwerke Mainz"),
    ("Hafengesellschaft der Hansestadt Rostock", "Hafengesellschaft Rostock"),
    ("Wirtschaftsförderung des Kreises Kleve", "Wirtschaftsförderung Kreis Kleve"),
    ("Wirtschaftsförderung des Landkreises Görlitz", "Wirtschaftsförderung Landkreis Görlitz"),
    ("Tourismusbüro der Gemeinde Bad Wiessee", "Tourismusbüro Bad Wiessee"),
    ("Musikschule der Stadt Überlingen", "Musikschule Überlingen"),
    // A head of more than one word: the genitive may belong to the last word only.
    ("Amt für Wirtschaft der Stadt Köln", nil),
    // No place after the genitive: a lower-case word follows.
    ("Wirtschaftsförderung der Stadt und des Kreises", nil),
    // More than three words after it are no place name.
    ("Stiftung der Stadt Halle Für Kunst Und Kultur", nil),
    ("Handwerkskammer Rheinhessen", nil),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit", nil),
]

@Test("the owner's genitive gives an organisation its short name", arguments: administrativeShortNameCases)
func administrativeShortName(_ example: (label: String, short: String?)) {
    #expect(Coreference.administrativeShortName(example.label) == example.short)
}

@Test("an organisation named with and without `der Stadt` in two documents is one entity")
func administrativeGenitiveAcrossDocuments() throws {
    var graph = try KnowledgeGraph()
    graph.add(sharedExtractor.extract(name: "a.txt", text: "Geschäftsführer der Wirtschaftsförderungsgesellschaft der Stadt Paderborn ist Tobias Hahn.",
                                      contentHash: String(repeating: "a", count: 64)))
    graph.add(sharedExtractor.extract(name: "b.txt", text: "Die Wirtschaftsförderungsgesellschaft Paderborn eröffnet ein Büro in Hefei.",
                                      contentHash: String(repeating: "b", count: 64)))
    let resolved = graph.resolve()
    let organizations = resolved.entities.filter { $0.kind == .organization }
    #expect(organizations.count == 1, "\(organizations.map(\.label))")
    #expect(organizations.first?.label == "Wirtschaftsförderungsgesellschaft der Stadt Paderborn")
}
