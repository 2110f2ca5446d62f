import GraphCore

/// `CITY (Provinz P)` and `REGION (A, B und C)` – a place qualified by a larger one in parentheses, or a
/// region followed by the towns it consists of.
///
/// Example: „Partnerstadt ist Jiangmen (Provinz Guangdong).“ → containedInPlace(Jiangmen | Guangdong);
/// „die Region Oberlausitz (Bautzen und Görlitz)“ → containedInPlace(Bautzen | Region Oberlausitz), …; also the town
/// that ends an organisation's name: „das Büro der Stadt Hefei (Provinz Anhui)“ → containedInPlace(Hefei | Anhui).
/// Prior 0.85.
struct ParentheticalContainmentRule: ExtractionRule {
    var name: String { "parenthetical-containment" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for place in context.mentions where place.kind.isPlace || place.kind == .organization {
            let p = place.end
            guard view.isPunct(p, "(") else { continue }
            // `das Verbindungsbüro der Stadt Hefei (Provinz Anhui)`: the town that ends an organisation's name.
            if place.kind == .organization {
                guard view.isAny(p - 2, ["stadt"]), let city = CapitalCityRule.cityEntity(context, named: view.text(p - 1)),
                      let area = context.mention(startingAt: p + 1), area.kind == .administrativeArea, view.isPunct(area.end, ")")
                else { continue }
                output.add(.containedInPlace, city, area.entity)
                continue
            }
            let (items, end) = context.coordinatedMentions(from: p + 1, kinds: [.city, .administrativeArea, .country])
            guard view.isPunct(end, ")"), !items.isEmpty else { continue }
            if items.count == 1, let larger = items.first, place.kind == .city, larger.kind != .city {
                output.add(.containedInPlace, place.entity, larger.entity)
            } else if place.kind == .administrativeArea {
                for item in items where item.kind == .city { output.add(.containedInPlace, item.entity, place.entity) }
            }
        }
    }
}
