import GraphCore

/// Towns twinned by a participle instead of a partnership noun: `A ist (seit 1992) mit B verschwistert`, `A ist mit B
/// partnerschaftlich verbunden`, `A ist mit der Stadt B verbunden; diese Partnerschaft besteht seit 1976`, `A und B sind
/// verschwistert`, `Mit B ist die Stadt durch eine Städtefreundschaft verbunden`. A bare `verbunden` counts only with `partnerschaftlich` before it or a partnership noun in the sentence.
///
/// Example: „Die Stadt Lauf ist seit 1990 mit Brive in Frankreich verschwistert.“ → partnerOf(Lauf | Brive). Prior 0.8.
struct TwinningRule: ExtractionRule {
    var name: String { "twinning" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// The participles of the construction (lower case).
    static let participles: WordList = ["verschwistert", "verbunden"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let v = context.find(Self.participles) else { return }
        if view.isAny(v, ["verbunden"]) {
            let adverb = view.isAny(v - 1, ["partnerschaftlich", "städtepartnerschaftlich"])
            let noun = (0..<view.count).contains { view.isWord($0) && view.has($0, WordBit.partnerish)
                && (PartnershipWords.isPartnershipNoun(view.lower($0)) || view.lower($0).hasPrefix("städtefreundschaft")) }
            guard adverb || noun else { return }
        }
        let places: Set<EntityKind> = [.city, .administrativeArea]
        // `Mit Altenburg in Thüringen ist die Stadt seit 1990 durch eine Städtefreundschaft verbunden`: the partner fronted with
        // `Mit`, the subject (a name or `die Stadt`) after the copula.
        if view.isAny(0, ["mit"]), let b = context.mention(startingAt: context.itemStart(after: 1, kinds: places)), places.contains(b.kind),
           let copula = context.find(["ist", "sind", "war", "waren"], from: b.end, before: v), copula <= b.end + 3 {
            let a = context.mention(startingAt: context.itemStart(after: copula + 1, kinds: places)).flatMap { places.contains($0.kind) ? $0.entity : nil }
                ?? context.describedEntity(at: copula + 1).flatMap { places.contains(context.document.kind($0.entity)) ? $0.entity : nil }
            if let a, a != b.entity { output.add(.partnerOf, a, b.entity) }
            return
        }
        guard let copula = context.find(["ist", "sind", "war", "waren"], before: v),
              let a = context.mentions.first(where: { $0.end <= copula && places.contains($0.kind) && !context.inParentheses($0.start) })
        else { return }
        if let with = context.find(["mit"], from: copula + 1, before: v) {
            // `A ist mit B, C und D verschwistert`.
            let start = context.itemStart(after: with + 1, kinds: places)
            let (items, _) = context.coordinatedMentions(from: start, kinds: places)
            for item in items where item.entity != a.entity && item.end <= v { output.add(.partnerOf, a.entity, item.entity) }
            return
        }
        // `A und B sind seit 1990 verschwistert`.
        let (items, end) = context.coordinatedMentions(from: a.start, kinds: places)
        if items.count == 2, end == copula, items[0].entity != items[1].entity { output.add(.partnerOf, items[0].entity, items[1].entity) }
    }
}
