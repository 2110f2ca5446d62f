import GraphCore

/// `Die Stadt im Westen der Provinz Y …` and `Die Hafenstadt liegt in der Provinz Y`: a sentence that opens with a town noun
/// refers to the one town the sentence before named, and places it in the area named with its cue.
///
/// Example: „Zu Gast ist ein Chor aus Luoyang. Die Stadt im Westen der Provinz Henan gilt als alte Kaiserstadt.“ →
/// containedInPlace(Luoyang | Henan). Prior 0.75: the sentence before must name exactly one town, and the area must carry
/// its cue (`Provinz`, `Bundesland`, `Landkreis`) or stand after a compass word (`im Süden Chinas`).
struct TownReferenceContainmentRule: ExtractionRule {
    var name: String { "town-reference-containment" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    /// Verbs of lying somewhere between the town noun and the area (lower case).
    static let lyingVerbs = ["liegt", "lag", "befindet"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // Byte-cheap tests first: `Die` and a town noun open the sentence, and no name follows the noun.
        guard context.index > 0, view.count > 4, view.isAny(0, ["die"]), PrepositionalContainmentRule.isTownNounWord(view, 1),
              context.mention(at: 1) == nil, context.mention(startingAt: 2) == nil else { return }
        var k = 2
        if view.isAny(k, Self.lyingVerbs) {
            k += 1
            if view.isAny(k, ["sich"]) { k += 1 }
        }
        guard let larger = context.cuedArea(after: k) ?? context.compassPlace(after: k).flatMap({ $0.kind == .city ? nil : $0 })
        else { return }
        // The one town of the sentence before.
        var town: Int? = nil
        for m in context.document.spans[context.index - 1] where m.kind == .city {
            if let town, town != m.entity { return }
            town = m.entity
        }
        guard let town, town != larger.entity else { return }
        output.add(.containedInPlace, town, larger.entity)
    }
}
