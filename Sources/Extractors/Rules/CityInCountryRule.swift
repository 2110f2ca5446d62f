import GraphCore

/// `TOWN in COUNTRY`: a town named right before `in` and a country, closed by a comma, a conjunction or the end of the
/// sentence (`Partnerschaften mit Cabourg in Frankreich, Mayrhofen in Österreich und Terracina in Italien`).
///
/// Example: „Die Stadt pflegt Partnerschaften mit Figueres in Spanien und Ronda in Spanien.“ → containedInPlace(Figueres |
/// Spanien). Prior 0.8. Not after a verb of movement or trade (`von Wuhan in die Türkei`, the country needs no article).
struct CityInCountryRule: ExtractionRule {
    var name: String { "city-in-country" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let mentions = context.mentions
        for (n, town) in mentions.enumerated() where town.kind == .city && n + 1 < mentions.count {
            let country = mentions[n + 1]
            guard country.kind == .country, country.start == town.end + 1, view.isAny(town.end, ["in"]) else { continue }
            let after = country.end
            guard after >= view.count || view.isPunct(after, ",") || view.isPunct(after, ".") || view.isPunct(after, ")")
                    || view.isAny(after, ["und", "sowie"]) else { continue }
            // `aus Wuhan in China`, `mit Cabourg in Frankreich`, `Stadt Ningbo in China`: the town is a noun phrase of its own,
            // not the start of a route (`von Köln in Frankreich unterwegs`).
            if view.isAny(town.start - 1, ["von"]) { continue }
            output.add(.containedInPlace, town.entity, country.entity)
        }
    }
}
