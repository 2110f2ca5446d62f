import GraphCore

/// `X liegt in der Provinz Y`, `X befindet sich im Landkreis Y` – a place located in a larger area named with its cue; the
/// verb may be left out for further places of a list (`…, Z in der Provinz W und V in U`).
///
/// Example: „Kielce liegt in der Woiwodschaft Heiligkreuz.“ → containedInPlace(Kielce | Heiligkreuz). The larger place
/// must be an administrative area introduced by a cue word (`Provinz`, `Woiwodschaft`, `Präfektur`, `Landkreis`,
/// `Bundesland`), so that `liegt in der Nähe von …` and `liegt in Europa` state nothing. Prior 0.8.
struct LocatedInRule: ExtractionRule {
    var name: String { "located-in" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of lying somewhere (lower-cased), looked for in every sentence.
    static let locationVerbs: WordList = ["liegt", "lag", "befindet"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.locationVerbs) else { return }
        // The subject right before the verb (sentence start) or right after it (`Im Süden liegt X in …` is rare).
        guard let place = context.mentions.last(where: { $0.end == verb }), place.kind == .city || place.kind == .administrativeArea
        else { return }
        var j = verb + 1
        if view.isAny(j, ["sich"]) { j += 1 }
        guard let larger = context.cuedArea(after: j), larger.entity != place.entity else { return }
        output.add(.containedInPlace, place.entity, larger.entity)
        // The verb left out in a list: `…, Zibo in Shandong und Liuzhou im Autonomen Gebiet Guangxi`.
        var k = larger.end
        while view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) {
            guard let next = context.mention(startingAt: k + 1), next.kind == .city || next.kind == .administrativeArea,
                  view.isAny(next.end, ["in", "im"]) else { return }
            let area: MentionSpan
            if let cued = context.cuedArea(after: next.end) {
                area = cued
            } else if let bare = context.mentions.first(where: { $0.start > next.end && $0.start <= next.end + 4 && $0.kind == .administrativeArea }),
                      (next.end + 1..<bare.start).allSatisfy({ view.isWord($0) }) {
                // `in Shandong`, `im Autonomen Gebiet Guangxi`.
                area = bare
            } else {
                return
            }
            if area.entity != next.entity { output.add(.containedInPlace, next.entity, area.entity) }
            k = area.end
        }
    }
}
