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
            // In the dative too: `im Stadtbezirk Huangdao, einem Bezirk der Hafenstadt Qingdao`.
            if view.isPunct(j, ","), view.isAny(j + 1, ["ein", "eine", "einem", "einer"]),
               ["bezirk", "stadtbezirk", "stadtteil", "ortsteil", "distrikt", "stadtkreis"].contains(view.lower(j + 2)),
               view.isAny(j + 3, ["der", "des", "von", "in"]) {
                var k = j + 4
                if view.isAny(k, ["der", "des"]) { k += 1 }
                // A town noun before the town's name: `der Hafenstadt Qingdao`, `der Metropole Wuhan`.
                if context.mention(startingAt: k) == nil, Self.isTownNounWord(view, k) { k += 1 }
                if let larger = context.mention(startingAt: k), larger.kind.isPlace {
                    output.add(.containedInPlace, place.entity, larger.entity)
                }
                continue
            }
            // `im Stadtbezirk Tiexi von Shenyang`, `der Bezirk Xigong der Stadt Luoyang`: a district named with its cue, then
            // its town.
            if place.kind != .country, view.isAny(place.start, Self.districtCues),
               let town = view.isAny(j, ["von"]) ? context.mention(startingAt: j + 1)
                   : view.isAny(j, ["der"]) && view.isAny(j + 1, ["stadt"]) ? context.mention(startingAt: j + 2) ?? context.mention(startingAt: j + 1) : nil,
               town.kind == .city, town.entity != place.entity {
                output.add(.containedInPlace, place.entity, town.entity)
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
            // `X ist eine bezirksfreie Stadt in der Provinz Y`: the town noun after the copula stands for X; also `X ist ein
            // Stadtbezirk im Norden von Y`, `X ist eine Stadt im Süden Chinas`.
            if view.isAny(j, ["ist", "war"]), view.isAny(j + 1, ["eine", "die", "ein", "der"]) {
                var k = j + 2
                while k < j + 5, view.isWord(k), !view.isCap(k) { k += 1 }
                if view.isCap(k), let larger = larger(context, describedBy: k, of: place) {
                    output.add(.containedInPlace, place.entity, larger.entity)
                    continue
                }
            }
            // `X, ebenfalls in der Provinz Y`, `X, ebenfalls in Shanxi`: the area after a comma and `ebenfalls`/`auch` (without its
            // cue an area the lexicon knows).
            if view.isPunct(j, ","), view.isAny(j + 1, ["ebenfalls", "auch"]) {
                if let larger = context.cuedArea(after: j + 2) ?? knownArea(context, after: j + 2), larger.entity != place.entity {
                    output.add(.containedInPlace, place.entity, larger.entity)
                    continue
                }
            }
            // `X, einer Stadt in der Provinz Y`, `X, eine Gemeinde im Landkreis Y`, `X, der Hafenstadt in der Provinz Y`, `X, die
            // regierungsunmittelbare Stadt im Südwesten Chinas`: a town noun in apposition.
            // The apposition may follow the participle that closes the clause: `eröffnete ein Büro in Ningbo eröffnet, der
            // Hafenstadt in der Provinz Zhejiang`.
            let a = view.isWord(j) && !view.isCap(j) && view.isPunct(j + 1, ",") && view.isAny(j + 2, ["der"])
                && view.isAny(place.start - 1, ["in"]) ? j + 1 : j
            if view.isPunct(a, ","), view.isAny(a + 1, ["eine", "einer", "der", "die", "ein"]) {
                var k = a + 2
                while k < j + 5, view.isWord(k), !view.isCap(k) { k += 1 }
                if view.isCap(k), let larger = larger(context, describedBy: k, of: place) {
                    output.add(.containedInPlace, place.entity, larger.entity)
                    continue
                }
            }
            // `Shuangliu im Süden Chengdus`: a district in a compass part of a town, or a town in one of a country or area.
            if let larger = context.compassPlace(after: j), larger.entity != place.entity,
               place.kind == .administrativeArea || larger.kind != .city {
                output.add(.containedInPlace, place.entity, larger.entity)
                continue
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

    /// Cue words (lower case) that open a district's name: `Stadtbezirk Tiexi`, `Bezirk Xigong`.
    static let districtCues = ["stadtbezirk", "bezirk", "stadtteil", "distrikt", "neubezirk"]

    /// True when token `k` is a capitalised town noun (`Hafenstadt`, `Metropole`), not a partner town's.
    static func isTownNounWord(_ view: TokenView, _ k: Int) -> Bool {
        guard view.isCap(k), view.isWord(k) else { return false }
        let lower = view.lower(k)
        return townNouns.contains { lower.hasSimpleSuffix($0) } && !lower.hasPrefix("partner")
    }

    /// Nouns of a district after a copula or in apposition (lower case): `ein Stadtbezirk im Norden von Y`.
    static let districtNouns = ["bezirk", "stadtbezirk", "stadtteil", "ortsteil", "distrikt", "kreis", "landkreis"]

    /// The larger place of the describing noun at `k` (a town or district noun) of `place`: `Stadt in der Provinz Y`,
    /// `Stadt im Südwesten Chinas`, `Stadtbezirk im Norden von Suzhou`; nil for other nouns (`Partnerstadt`).
    private func larger(_ context: SentenceContext, describedBy k: Int, of place: MentionSpan) -> MentionSpan? {
        let lower = context.view.lower(k)
        guard !lower.hasPrefix("partner") else { return nil }
        let town = place.kind == .city && Self.townNouns.contains { lower.hasSuffix($0) }
        // A district may be known as a town (`Xiangcheng ist ein Stadtbezirk …`).
        let district = Self.districtNouns.contains { lower.hasSuffix($0) }
        guard town || district else { return nil }
        if let cued = context.cuedArea(after: k + 1), cued.entity != place.entity { return cued }
        // `eine Industriestadt mit knapp vier Millionen Einwohnern in der Provinz Hunan`: the town's size before the area.
        if context.view.isAny(k + 1, ["mit"]),
           let inhabitants = (k + 2..<min(context.view.count, k + 8)).first(where: { context.view.isAny($0, ["einwohnern"]) }),
           let cued = context.cuedArea(after: inhabitants + 1), cued.entity != place.entity {
            return cued
        }
        if let compass = context.compassPlace(after: k + 1), compass.entity != place.entity, district || compass.kind != .city {
            return compass
        }
        return nil
    }

    /// An administrative area the lexicon knows, named without its cue after `in` at `i` (`in Shanxi`), or nil.
    private func knownArea(_ context: SentenceContext, after i: Int) -> MentionSpan? {
        guard context.view.isAny(i, ["in"]), let area = context.mention(startingAt: i + 1), area.kind == .administrativeArea,
              context.document.lexicon.places[context.document.entities.entities[area.entity].label]?.kind == .administrativeArea
        else { return nil }
        return area
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
