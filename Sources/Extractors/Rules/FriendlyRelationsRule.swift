import GraphCore

/// Formal friendship between towns, regions or institutions stated as `freundschaftliche Beziehungen`: `A und B pflegen
/// seit 1987 freundschaftliche Beziehungen`, `A unterhält freundschaftliche Beziehungen zur Stadt B`, `Zwischen A und B
/// bestehen partnerschaftliche Beziehungen`. Places pair with places and organisations with organisations; countries
/// are left out (diplomatic relations are no partnership).
///
/// Example: „Seit 1994 unterhält Jena freundschaftliche Beziehungen zu Erlangen.“ → partnerOf(Jena | Erlangen). Prior 0.75.
struct FriendlyRelationsRule: ExtractionRule {
    var name: String { "friendly-relations" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// The noun (lower case), looked for in every sentence.
    static let nouns: WordList = ["beziehungen"]
    /// The adjectives before it (lower case).
    static let adjectives = ["freundschaftliche", "freundschaftlichen", "partnerschaftliche", "partnerschaftlichen"]
    /// Verbs that keep the relations (lower case).
    static let verbs = ["pflegen", "pflegt", "pflegte", "pflegten", "unterhalten", "unterhält", "unterhielt", "unterhielten",
                        "bestehen", "bestanden", "verbinden", "verbanden", "gepflegt", "unterhalte", "aufgenommen", "nahmen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let w = context.find(Self.nouns), view.isAny(w - 1, Self.adjectives),
              (0..<view.count).contains(where: { view.isAny($0, Self.verbs) }) else { return }
        let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]
        // `… Beziehungen zur Stadt B` / `… mit B`: the partner after the noun, the subject the first party before it.
        if view.isAny(w + 1, ["zu", "zur", "zum", "mit"]) {
            var k = w + 2
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            k = context.itemStart(after: k, kinds: kinds)
            if view.isAny(k, ["stadt", "Stadt"]), context.mention(startingAt: k) == nil { k += 1 }
            guard let b = context.mention(startingAt: k), kinds.contains(b.kind),
                  let a = context.mentions.first(where: { $0.end <= w && kinds.contains($0.kind) && $0.kind.isPlace == b.kind.isPlace
                                                          && !context.inParentheses($0.start) }),
                  a.entity != b.entity else { return }
            output.add(.partnerOf, a.entity, b.entity)
            return
        }
        // `A und B pflegen … Beziehungen`, `Zwischen A und B bestehen …`, `…, dass A und B seit 1987 … pflegen`.
        for m in context.mentions where m.end <= w && kinds.contains(m.kind) && !context.inParentheses(m.start) {
            let (items, _) = context.coordinatedMentions(from: m.start, kinds: kinds)
            guard items.count == 2, items[0].entity != items[1].entity, items[0].kind.isPlace == items[1].kind.isPlace else { return }
            output.add(.partnerOf, items[0].entity, items[1].entity)
            return
        }
    }
}
