import GraphCore
import Testing
@testable import Extractors

// Coordinated names after a plural cue that is part of each name (`die Landkreise Leer und Stade`). The sentences are
// made up for these tests.

/// A text, and the labels its administrative areas must have (sorted).
let pluralPlaceCueCases: [(text: String, labels: [String])] = [
    ("Dem Netzwerk traten die Landkreise Cloppenburg und Vechta bei.", ["Landkreis Cloppenburg", "Landkreis Vechta"]),
    ("Die Gäste besuchten die Bezirke Pudong, Minhang und Xuhui.", ["Bezirk Minhang", "Bezirk Pudong", "Bezirk Xuhui"]),
    ("Mit den Landkreisen Emsland sowie Grafschaft Bentheim ist eine Kooperation geplant.", ["Landkreis Emsland"]),
    ("Die Stadtbezirke Haidian und Chaoyang stellten Projekte vor.", ["Stadtbezirk Chaoyang", "Stadtbezirk Haidian"]),
    // A genitive after the cue names whose districts they are; `Kreise` of people name no county.
    ("Die Firma arbeitet mit den Bezirken Pekings zusammen.", []),
    ("In Kreisen Pekinger Diplomaten hieß es, die Gespräche gingen weiter.", []),
]

@Test("every name after a plural cue takes the cue", arguments: pluralPlaceCueCases)
func pluralPlaceCue(_ example: (text: String, labels: [String])) {
    let extraction = extract(example.text)
    let areas = extraction.entities.filter { $0.kind == .administrativeArea }.map(\.label).sorted()
    #expect(areas == example.labels)
}
