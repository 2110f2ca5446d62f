import GraphCore

/// `ORG (CITY)` – a company or body followed by its town in parentheses, as in lists of exhibitors, members or guests.
///
/// Example: „Aussteller waren die Lindner Optik GmbH (Jena) und die Hua Tai Co., Ltd. (Suzhou).“ → location(Lindner Optik
/// GmbH | Jena), location(Hua Tai Co., Ltd. | Suzhou). The parenthesis must hold the town alone (`(Jena)`, `(Frankfurt am
/// Main)`); an acronym, a year or a country (`(China)`, a market rather than a seat) states nothing. Prior 0.75.
struct ParentheticalSeatRule: ExtractionRule {
    var name: String { "parenthetical-seat" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for org in context.mentions where org.kind == .organization && view.isPunct(org.end, "(") {
            guard let town = context.mention(startingAt: org.end + 1), town.kind == .city, view.isPunct(town.end, ")") else { continue }
            output.add(.location, org.entity, town.entity)
        }
    }
}
