import GraphCore

/// `CITY in der Provinz P`, `die Stadt X im Bundesland Y`, `X, ein Bezirk der Stadt Y`, `X im Landkreis Y`.
///
/// Example: „Die Stadt Yangzhou in der Provinz Jiangsu ist seit 2002 Partnerstadt.“ → containedInPlace(Yangzhou |
/// Jiangsu); „Praga-Süd, ein Bezirk der Stadt Warschau“ → containedInPlace(Praga-Süd | Warschau). Prior 0.8.
struct PrepositionalContainmentRule: ExtractionRule {
    var name: String { "prepositional-containment" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for place in context.mentions where place.kind == .city || place.kind == .administrativeArea {
            var j = place.end
            // `X, ein Bezirk der Stadt Y` / `X, ein Stadtteil von Y`
            if view.isPunct(j, ","), view.isAny(j + 1, ["ein", "eine"]),
               ["bezirk", "stadtbezirk", "stadtteil", "ortsteil", "distrikt", "stadtkreis"].contains(view.lower(j + 2)),
               view.isAny(j + 3, ["der", "des", "von", "in"]) {
                var k = j + 4
                if view.isAny(k, ["der", "des"]) { k += 1 }
                if let larger = context.mention(startingAt: k), larger.kind.isPlace {
                    output.add(.containedInPlace, place.entity, larger.entity)
                }
                continue
            }
            // `X in der Provinz Y`, `X im Bundesland Y`, `X im Kreis Y`: the larger place needs its cue.
            guard view.isAny(j, ["in", "im"]) else { continue }
            j += 1
            if view.isAny(j, ["der", "dem"]) { j += 1 }
            guard let cue = context.document.lexicon.placeCues[view.text(j)], cue == .administrativeArea,
                  let larger = context.mention(startingAt: j), larger.kind == .administrativeArea else { continue }
            output.add(.containedInPlace, place.entity, larger.entity)
        }
    }
}
