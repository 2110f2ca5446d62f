import GraphCore

/// `ORG (CITY)` – a company or body followed by its town in parentheses, as in lists of exhibitors, members or guests.
///
/// Example: „Aussteller waren die Lindner Optik GmbH (Jena) und die Hua Tai Co., Ltd. (Suzhou).“ → location(Lindner Optik
/// GmbH | Jena), location(Hua Tai Co., Ltd. | Suzhou). The parenthesis must hold the town alone (`(Jena)`, `(Frankfurt am
/// Main)`); an acronym, a year or a country (`(China)`, a market rather than a seat) states nothing. A town in parentheses
/// inside a subsidiary's name is its seat too: „Lenz Pumps (Kunshan) Co., Ltd.“ → location(… | Kunshan). Prior 0.75.
struct ParentheticalSeatRule: ExtractionRule {
    var name: String { "parenthetical-seat" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // The closing parenthesis before a legal form: `… (Taicang) GmbH`, `… (Taicang) Co., Ltd.`.
        func close(_ org: MentionSpan) -> Int? {
            [org.end - 2, org.end - 4, org.end - 5].first { $0 > org.start + 1 && view.isPunct($0, ")") }
        }
        for org in context.mentions where org.kind == .organization && (view.isPunct(org.end, "(") || close(org) != nil) {
            if view.isPunct(org.end, "(") {
                guard let town = context.mention(startingAt: org.end + 1), town.kind == .city, view.isPunct(town.end, ")") else { continue }
                output.add(.location, org.entity, town.entity)
            } else if let c = close(org), view.isPunct(c - 2, "("), let town = context.document.lexicon.places[view.text(c - 1)],
                      town.kind == .city, !town.ambiguous {
                // `Rieger Conveyor Systems (Taicang) Co., Ltd.`: a subsidiary's town in parentheses before its legal form.
                output.add(.location, org.entity, output.entity(kind: .city, label: town.label, quality: .full))
            }
        }
    }
}
