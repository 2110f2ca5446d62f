import GraphCore
import Testing
@testable import Extractors

// Events named with the year of their edition or their owner. The sentences are made up for these tests.

/// A text, and the labels its events must have (sorted), with the alias the first must carry (nil: none).
let editionYearCases: [(text: String, labels: [String], alias: String?)] = [
    ("Die Hannover Messe 2026 findet vom 20. bis 24. April 2026 in Hannover statt.", ["Hannover Messe 2026"], "Hannover Messe"),
    ("Zur Mitgliederversammlung 2025 am 12. Juni 2025 in Kassel kamen 80 Mitglieder.",
     ["Mitgliederversammlung 2025"], "Mitgliederversammlung"),
    ("Die electronica China 2025 öffnet am 8. Juli 2025 in Shanghai.", ["electronica China 2025"], "electronica China"),
    // Named again without the year: the same edition.
    ("Der Japan-Tag 2024 fand am 5. Mai 2024 in Düsseldorf statt. Den Japan-Tag besuchten 500 Gäste.",
     ["Japan-Tag 2024"], "Japan-Tag"),
    // A year and a genitive after it: the genitive names no part of the event.
    ("Der Innovationstag 2025 der Handwerkskammer fand am 2. April 2025 in Ulm statt.", ["Innovationstag 2025"], "Innovationstag"),
    // Named with its owner in a genitive, and alone later: the same event.
    ("Der Japan-Tag der Sparkasse Bremen fand am 5. Mai 2024 in Bremen statt. Zum Japan-Tag kamen 500 Gäste.",
     ["Japan-Tag der Sparkasse Bremen"], "Japan-Tag"),
    // A number before a noun is a count, not a year.
    ("An der Konferenz in Bonn am 3. Mai 2025 nahmen 1500 Gäste teil.", ["Konferenz in Bonn"], nil),
]

@Test("an event keeps the year of its edition in its label", arguments: editionYearCases)
func editionYear(_ example: (text: String, labels: [String], alias: String?)) {
    let extraction = extract(example.text)
    let events = extraction.entities.filter { $0.kind == .event }
    #expect(events.map(\.label).sorted() == example.labels)
    if let alias = example.alias {
        #expect(events.first?.aliases.contains(alias) == true, "\(events.first?.aliases ?? [])")
    }
}
