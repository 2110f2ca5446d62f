import GraphCore
import Testing
@testable import Extractors

// Schools and universities that carry the name of a person after their town. The sentences are made up for these tests.

/// A text, the organisation labels it must give (sorted), and the person labels (sorted).
let honoreeNameCases: [(text: String, organizations: [String], persons: [String])] = [
    ("Die Technische Hochschule Nürnberg Georg Simon Ohm kooperiert mit Wuhan.",
     ["Technische Hochschule Nürnberg Georg Simon Ohm"], []),
    ("Studierende der Hochschule Coburg Maria Sibylla Merian reisten nach Chengdu.",
     ["Hochschule Coburg Maria Sibylla Merian"], []),
    ("Das Gymnasium Wuppertal Carl Duisberg, eine Partnerschule in Xi'an, lud ein.", ["Gymnasium Wuppertal Carl Duisberg"], []),
    // No given name after the town: the name ends with the town.
    ("Die Universität Hamburg und die Tongji-Universität Shanghai kooperieren.",
     ["Tongji-Universität Shanghai", "Universität Hamburg"], []),
    // A verb after the town: the person after it is no part of the name.
    ("An der Universität Hamburg sprach Rektorin Anna Berg.", ["Universität Hamburg"], ["Anna Berg"]),
]

@Test("a school keeps the name of the person it honours", arguments: honoreeNameCases)
func honoreeName(_ example: (text: String, organizations: [String], persons: [String])) {
    let extraction = extract(example.text)
    #expect(extraction.entities.filter { $0.kind == .organization }.map(\.label).sorted() == example.organizations)
    #expect(extraction.entities.filter { $0.kind == .person }.map(\.label).sorted() == example.persons)
}
