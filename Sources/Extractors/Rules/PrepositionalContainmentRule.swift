import GraphCore

/// `CITY in der Provinz P`, `die Stadt X im Bundesland Y`, `X, ein Bezirk der Stadt Y`, `X im Landkreis Y`, `X in der
/// südchinesischen Provinz Y`, `X im Süden der Provinz Y`, `X, Provinz Y`, `X ist eine bezirksfreie Stadt in der Provinz Y`,
/// `X, einer Stadt in der Provinz Y`, `X, ebenfalls in der Provinz Y`, `X im Alb-Donau-Kreis`, `X in der Normandie`.
///
/// Example: „Die Stadt Yangzhou in der Provinz Jiangsu ist seit 2002 Partnerstadt.“ → containedInPlace(Yangzhou |
/// Jiangsu); „Praga-Süd, ein Bezirk der Stadt Warschau“ → containedInPlace(Praga-Süd | Warschau). Prior 0.8.
struct PrepositionalContainmentRule: ExtractionRule {
    var name: String { "prepositional-containment" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    /// Cues of a larger place in apposition (`Zhuhai, Provinz Guangdong`).
    static let appositionCues: Set<String> = ["Provinz", "Präfektur", "Bundesland", "Woiwodschaft", "Kanton", "Bundesstaat", "Freistaat"]

    /// Nouns of a town after a copula (lower-cased endings): `eine bezirksfreie Stadt`, `die Millionenmetropole`.
    static let townNouns = ["stadt", "metropole", "gemeinde", "kommune"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for place in context.mentions where place.kind == .city || place.kind == .administrativeArea {
            let j = place.end
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
            // `X, Provinz Y`: the larger place as an apposition with its cue.
            // Not in a list (`Nürnberg, Rhein-Kreis Neuss, …`): only the cues of a province or state, after a place that no
            // comma precedes.
            if view.isPunct(j, ","), place.kind == .city, !view.isPunct(place.start - 1, ","), Self.appositionCues.contains(view.text(j + 1)),
               let larger = context.mention(startingAt: j + 1), larger.kind == .administrativeArea,
               larger.end == view.count || view.isPunct(larger.end, ".") || view.isPunct(larger.end, ",") {
                output.add(.containedInPlace, place.entity, larger.entity)
                continue
            }
            // `X ist eine bezirksfreie Stadt in der Provinz Y`: the town noun after the copula stands for X.
            if place.kind == .city, view.isAny(j, ["ist", "war"]), view.isAny(j + 1, ["eine", "die"]) {
                var k = j + 2
                while k < j + 5, view.isWord(k), !view.isCap(k) { k += 1 }
                if view.isCap(k), Self.townNouns.contains(where: { view.lower(k).hasSuffix($0) }), let larger = context.cuedArea(after: k + 1) {
                    output.add(.containedInPlace, place.entity, larger.entity)
                    continue
                }
            }
            // `X, ebenfalls in der Provinz Y`: the area after a comma and `ebenfalls`/`auch`.
            if view.isPunct(j, ","), view.isAny(j + 1, ["ebenfalls", "auch"]), let larger = context.cuedArea(after: j + 2) {
                output.add(.containedInPlace, place.entity, larger.entity)
                continue
            }
            // `X, einer Stadt in der Provinz Y`, `X, eine Gemeinde im Landkreis Y`: a town noun in apposition.
            if place.kind == .city, view.isPunct(j, ","), view.isAny(j + 1, ["eine", "einer"]) {
                var k = j + 2
                while k < j + 5, view.isWord(k), !view.isCap(k) { k += 1 }
                if view.isCap(k), Self.townNouns.contains(where: { view.lower(k).hasSuffix($0) }), let larger = context.cuedArea(after: k + 1) {
                    output.add(.containedInPlace, place.entity, larger.entity)
                    continue
                }
            }
            // `X in der Provinz Y`, `X in der südchinesischen Provinz Y`, `X im Süden der Provinz Y`: the larger place needs its cue.
            if let larger = context.cuedArea(after: j) {
                output.add(.containedInPlace, place.entity, larger.entity)
                continue
            }
            // `die Stadt Gütersloh in Nordrhein-Westfalen`: a town named with its town noun, in a German state or a Chinese
            // province named without a cue.
            if place.kind == .city, view.isAny(j, ["in"]), let larger = context.mention(startingAt: j + 1),
               larger.kind == .administrativeArea, larger.entity != place.entity, isTownNoun(view, before: place),
               context.document.lexicon.places[context.document.entities.entities[larger.entity].label]?.kind == .administrativeArea,
               !view.isCap(larger.end) || view.isPunct(larger.end, ",") {
                output.add(.containedInPlace, place.entity, larger.entity)
            }
        }
    }

    /// True when a town noun names the place: `die Stadt Gütersloh`, `die ostwestfälische Kreisstadt Gütersloh`, `die Metropole
    /// Wuhan` (the noun right before the name, or the first token of the mention).
    private func isTownNoun(_ view: TokenView, before place: MentionSpan) -> Bool {
        for k in [place.start - 1, place.start] where k >= 0 && view.isCap(k) {
            let lower = view.lower(k)
            if Self.townNouns.contains(where: { lower.hasSimpleSuffix($0) }) && !lower.hasPrefix("partner") { return true }
        }
        return false
    }
}
