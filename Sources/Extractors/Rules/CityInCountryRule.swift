import GraphCore

/// `TOWN in COUNTRY`: a town (or a district named with `Bezirk`) right before `in` and a country (for a town also a
/// region the lexicons know, for a district also a city), closed by a comma, a conjunction or the end of the
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
        let entities = context.document.entities.entities
        for (n, town) in mentions.enumerated() where n + 1 < mentions.count {
            let country = mentions[n + 1]
            guard country.start == town.end + 1, view.isAny(town.end, ["in"]) else { continue }
            // A town, or a district named with its cue (`Bezirk Pelhřimov in Tschechien`).
            guard town.kind == .city || town.kind == .administrativeArea && entities[town.entity].label.hasPrefix("Bezirk ") else { continue }
            // A country, or for a town a region the lexicons know (`St Albans in England`, `Tolmezzo in Friaul-Julisch Venetien`),
            // or for a district the city it belongs to (`Bezirk Xiangcheng in Suzhou`).
            let region = town.kind == .city && country.kind == .administrativeArea
                && context.document.lexicon.places[entities[country.entity].label].map { $0.kind == .administrativeArea && !$0.ambiguous } == true
                || town.kind == .administrativeArea && country.kind == .city
            guard country.kind == .country || region, country.start == town.end + 1, view.isAny(town.end, ["in"]) else { continue }
            let after = country.end
            // … or a final participle closes it: `ist mit Brive in Frankreich verschwistert.`
            let finalVerb = view.isWord(after) && !view.isCap(after) && (after + 1 >= view.count || view.isPunct(after + 1, "."))
            guard after >= view.count || view.isPunct(after, ",") || view.isPunct(after, ".") || view.isPunct(after, ")")
                    || view.isAny(after, ["und", "sowie"]) || finalVerb else { continue }
            // `aus Wuhan in China`, `mit Cabourg in Frankreich`, `Stadt Ningbo in China`: the town is a noun phrase of its own,
            // not the start of a route (`von Köln in Frankreich unterwegs`).
            if view.isAny(town.start - 1, ["von"]) { continue }
            output.add(.containedInPlace, town.entity, country.entity)
        }
    }
}
